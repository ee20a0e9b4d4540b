package eu.mobilisesme.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;

/** The cache alone, on a clock the test moves: how long a verified token is trusted, and how many are kept. */
class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2030-05-06T10:00:00Z");

    private final MovableClock clock = new MovableClock();

    @Test
    void aTokenIsTrustedUntilItsExpiryAndNotAMillisecondLonger() {
        VerifiedTokenCache cache = cache(10, Duration.ofHours(1), null);
        JsonWebToken verified = principal("alice", NOW.getEpochSecond() - 60, NOW.getEpochSecond() + 120);
        cache.store("token-a", verified);

        assertThat(cache.find("token-a")).isSameAs(verified);
        clock.now = NOW.plusSeconds(120).minusMillis(1);
        assertThat(cache.find("token-a")).isSameAs(verified);
        clock.now = NOW.plusSeconds(120);
        assertThat(cache.find("token-a")).isNull();
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheMaximumEntryAge() {
        VerifiedTokenCache cache = cache(10, Duration.ofMinutes(5), null);
        cache.store("token-a", principal("alice", NOW.getEpochSecond(), NOW.getEpochSecond() + 3600));

        clock.now = NOW.plus(Duration.ofMinutes(5)).minusMillis(1);
        assertThat(cache.find("token-a")).isNotNull();
        clock.now = NOW.plus(Duration.ofMinutes(5));
        assertThat(cache.find("token-a")).isNull();
    }

    @Test
    void aConfiguredMaximumTokenAgeEndsTrustEarlierThanExpiry() {
        VerifiedTokenCache cache = cache(10, Duration.ofHours(1), 90L);
        cache.store("token-a", principal("alice", NOW.getEpochSecond() - 60, NOW.getEpochSecond() + 600));

        clock.now = NOW.plusSeconds(29);
        assertThat(cache.find("token-a")).isNotNull();
        clock.now = NOW.plusSeconds(30);
        assertThat(cache.find("token-a")).isNull();
    }

    @Test
    void tokensWithoutExpiryOrAlreadyExpiredAreNotStored() {
        VerifiedTokenCache cache = cache(10, Duration.ofHours(1), null);
        cache.store("no-exp", principal("alice", NOW.getEpochSecond(), null));
        cache.store("expired", principal("bob", NOW.getEpochSecond() - 60, NOW.getEpochSecond()));

        assertThat(cache.find("no-exp")).isNull();
        assertThat(cache.find("expired")).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void onlyTheVeryTokenThatWasVerifiedIsFound() {
        VerifiedTokenCache cache = cache(10, Duration.ofHours(1), null);
        cache.store("header.payload.signature", principal("alice", NOW.getEpochSecond(), NOW.getEpochSecond() + 60));

        assertThat(cache.find("header.payload.signaturf")).isNull();
        assertThat(cache.find("header.payload.signature ")).isNull();
        assertThat(cache.find("header.payload.signature")).isNotNull();
    }

    @Test
    void theOldestStoredTokensLeaveWhenTheCacheIsFull() {
        VerifiedTokenCache cache = cache(3, Duration.ofHours(1), null);
        List<String> tokens = IntStream.range(0, 5).mapToObj(i -> "token-" + i).toList();
        tokens.forEach(token -> cache.store(token, principal(token, NOW.getEpochSecond(), NOW.getEpochSecond() + 60)));

        assertThat(cache.size()).isEqualTo(3);
        assertThat(tokens.stream().filter(token -> cache.find(token) != null)).containsExactly("token-2", "token-3",
                "token-4");
    }

    @Test
    void storingATokenAgainRenewsItWithoutTakingASecondPlace() {
        VerifiedTokenCache cache = cache(2, Duration.ofMinutes(5), null);
        cache.store("token-a", principal("alice", NOW.getEpochSecond(), NOW.getEpochSecond() + 3600));
        clock.now = NOW.plus(Duration.ofMinutes(6));
        assertThat(cache.find("token-a")).isNull();

        cache.store("token-a", principal("alice", NOW.getEpochSecond(), NOW.getEpochSecond() + 3600));
        cache.store("token-b", principal("bob", NOW.getEpochSecond(), NOW.getEpochSecond() + 3600));

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.find("token-a")).isNotNull();
        assertThat(cache.find("token-b")).isNotNull();
    }

    @Test
    void manyThreadsStoringAtOnceKeepTheBoundAndAnExactCount() throws InterruptedException {
        VerifiedTokenCache cache = cache(50, Duration.ofHours(1), null);
        List<String> tokens = IntStream.range(0, 8_000).mapToObj(i -> "token-" + i).toList();
        List<Thread> threads = IntStream.range(0, 4).mapToObj(t -> new Thread(() -> {
            for (int i = t; i < tokens.size(); i += 4) {
                cache.store(tokens.get(i), principal(tokens.get(i), NOW.getEpochSecond(), NOW.getEpochSecond() + 60));
            }
        })).toList();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        // Evictions running at the same time may leave a little less than the bound, never more.
        assertThat(cache.size()).isBetween(1, 50);
        assertThat(tokens.stream().filter(token -> cache.find(token) != null).count()).isEqualTo(cache.size());
    }

    private VerifiedTokenCache cache(int maxSize, Duration maxEntryAge, Long maxTokenAgeSeconds) {
        return new VerifiedTokenCache(clock, maxSize, maxEntryAge, maxTokenAgeSeconds);
    }

    private static JsonWebToken principal(String subject, long issuedAt, Long expiresAt) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject(subject);
        claims.setClaim("iat", issuedAt);
        if (expiresAt != null) {
            claims.setClaim("exp", expiresAt);
        }
        return new DefaultJWTCallerPrincipal(claims);
    }

    private static final class MovableClock extends Clock {

        private Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
