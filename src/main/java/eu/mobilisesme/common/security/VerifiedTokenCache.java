package eu.mobilisesme.common.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;

/**
 * Tokens whose signature and claims were verified, so that a client sending the same token again is not verified
 * again (RS256 verification was the largest cost of a cheap request). A token counts as verified only while it was
 * when verified, so the cache never lets in a token the verifier would refuse now:
 * <ul>
 * <li>until its {@code exp}, without the clock skew the verifier allows after it;</li>
 * <li>until {@code iat} plus the maximum token age, when one is configured;</li>
 * <li>and for {@code max-entry-age} at most, so a key removed from the identity provider's key set stops letting its
 * tokens in soon after the verifier itself drops it.</li>
 * </ul>
 * Times are read from the system clock, the verifier's own, not from the service's business clock. Only tokens that
 * passed verification are stored; the key is the token's SHA-256, the raw token stays inside the verified principal,
 * as the verifier keeps it. Lookups and inserts take no lock (they run on event-loop threads); when more than
 * {@code max-size} tokens are stored, the oldest stored ones leave first.
 */
@ApplicationScoped
public class VerifiedTokenCache {

    private record Entry(JsonWebToken token, long validUntilMillis) {
    }

    /** A SHA-256 digest with value equality, as a map key. */
    private record Digest(long a, long b, long c, long d) {
    }

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(VerifiedTokenCache::sha256);

    private final Map<Digest, Entry> entries = new ConcurrentHashMap<>();
    /** Every stored key once, oldest first: each key enters when it is first stored and leaves when evicted. */
    private final Queue<Digest> insertionOrder = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final Clock clock;
    private final int maxSize;
    private final long maxEntryAgeMillis;
    private final Long maxTokenAgeSeconds;

    @Inject
    public VerifiedTokenCache(TokenCacheConfig config, JWTAuthContextInfo verifierSettings) {
        this(Clock.systemUTC(), config.maxSize(), config.maxEntryAge(), verifierSettings.getTokenAge());
    }

    VerifiedTokenCache(Clock clock, int maxSize, Duration maxEntryAge, Long maxTokenAgeSeconds) {
        this.clock = clock;
        this.maxSize = maxSize;
        this.maxEntryAgeMillis = maxEntryAge.toMillis();
        this.maxTokenAgeSeconds = maxTokenAgeSeconds;
    }

    /** The principal verified from exactly this token, if it is stored and still valid; otherwise null. */
    public JsonWebToken find(String token) {
        Entry entry = entries.get(digest(token));
        return entry != null && clock.millis() < entry.validUntilMillis() ? entry.token() : null;
    }

    /** Stores the principal the verifier has just accepted {@code token} as. */
    public void store(String token, JsonWebToken verified) {
        long validUntil = validUntil(verified);
        if (validUntil <= clock.millis()) {
            return;
        }
        Digest key = digest(token);
        if (entries.put(key, new Entry(verified, validUntil)) == null) {
            insertionOrder.add(key);
            if (size.incrementAndGet() > maxSize) {
                evictOldest();
            }
        }
    }

    int size() {
        return size.get();
    }

    private long validUntil(JsonWebToken verified) {
        long expiry = verified.getExpirationTime();
        if (expiry <= 0) {
            return 0;
        }
        long until = Math.min(secondsToMillis(expiry), clock.millis() + maxEntryAgeMillis);
        if (maxTokenAgeSeconds != null) {
            until = Math.min(until, secondsToMillis(verified.getIssuedAtTime() + maxTokenAgeSeconds));
        }
        return until;
    }

    private static long secondsToMillis(long seconds) {
        return Math.multiplyExact(seconds, 1000L);
    }

    /** Several threads may evict at once; each removes keys until the count is back within the bound. */
    private void evictOldest() {
        while (size.get() > maxSize) {
            Digest oldest = insertionOrder.poll();
            if (oldest == null) {
                return;
            }
            if (entries.remove(oldest) != null) {
                size.decrementAndGet();
            }
        }
    }

    private static Digest digest(String token) {
        MessageDigest sha256 = SHA_256.get();
        ByteBuffer hash = ByteBuffer.wrap(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        return new Digest(hash.getLong(), hash.getLong(), hash.getLong(), hash.getLong());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
