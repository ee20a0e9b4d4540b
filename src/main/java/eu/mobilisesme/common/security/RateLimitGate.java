package eu.mobilisesme.common.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import eu.mobilisesme.common.security.RateLimiter.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Whose budget a request spends, and in which order it is checked, so that a caller cannot buy budget with made-up
 * tokens nor make the service verify them without end:
 * <ol>
 * <li>A source address that has spent its budget for requests without a valid token is refused at once, before the
 * request's token is verified, unless that very token was verified before ({@link VerifiedTokenCache}): the person
 * behind the same address as a flood of junk tokens keeps working, a junk token costs no signature check.</li>
 * <li>Otherwise the token is verified. A partner client spends its client's budget, at its registered tier; a person
 * spends its subject's budget, whatever token of that subject it sends.</li>
 * <li>An anonymous request, or one whose token fails verification, spends its source address's budget.</li>
 * </ol>
 */
@ApplicationScoped
public class RateLimitGate {

    private static final Logger LOG = Logger.getLogger(RateLimitGate.class);
    private static final String BEARER = "Bearer ";

    private final RateLimiter limiter;
    private final VerifiedTokenCache verifiedTokens;
    private final int personPerMinute;
    private final int addressPerMinute;
    private final Map<String, Integer> tierPerMinute = new HashMap<>();
    private final int defaultTierPerMinute;
    /** Tier names met without a limit, each logged once; they come from the client registry, a short list. */
    private final Set<String> unknownTiers = ConcurrentHashMap.newKeySet();

    RateLimitGate(RateLimitConfig config, RateLimiter limiter, VerifiedTokenCache verifiedTokens) {
        this.limiter = limiter;
        this.verifiedTokens = verifiedTokens;
        int instances = config.instances();
        this.personPerMinute = perInstance(config.requestsPerMinute(), instances);
        this.addressPerMinute = perInstance(config.unauthenticatedPerMinute(), instances);
        config.tiers().forEach((tier, perMinute) -> tierPerMinute.put(tier, perInstance(perMinute, instances)));
        // RequiredSettings refuses to start without it.
        this.defaultTierPerMinute = tierPerMinute.get(RateLimitConfig.DEFAULT_TIER);
    }

    /**
     * Counts a request against the budget it spends.
     *
     * @param address       its source address (see {@link SourceAddress}), or null when it has none
     * @param authorization its {@code Authorization} header, or null
     * @param identity      its identity, verified only when subscribed to
     */
    public Uni<Budget> admit(String address, String authorization, Uni<SecurityIdentity> identity) {
        Caller source = new Caller("address:" + SourceAddress.key(address), addressPerMinute);
        Budget sourceBudget = limiter.peek(source);
        if (!sourceBudget.allowed() && !verifiedBefore(authorization)) {
            return Uni.createFrom().item(sourceBudget);
        }
        // Any failure to authenticate counts against the address; the request is answered 401 later, by the role
        // checks, which read the same (remembered) outcome.
        return identity.map(verified -> verified.isAnonymous() ? source : caller(verified))
                .onFailure().recoverWithItem(source)
                .map(limiter::take);
    }

    private boolean verifiedBefore(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && verifiedTokens.find(authorization.substring(BEARER.length()).trim()) != null;
    }

    private Caller caller(SecurityIdentity identity) {
        PartnerClientAccess client = identity.getAttribute(PartnerClientAccess.ATTRIBUTE);
        if (client == null) {
            return new Caller("subject:" + identity.getPrincipal().getName(), personPerMinute);
        }
        return new Caller("client:" + client.clientId(), tierPerMinute(client));
    }

    /**
     * A tier without a limit gets the default tier's rather than the smallest: a client an administrator put in a
     * tier the configuration lost keeps an ordinary budget, and the warning says what to fix. An unregistered client
     * has no tier; it is refused anyway, by {@link PartnerScopeFilter}.
     */
    private int tierPerMinute(PartnerClientAccess client) {
        String tier = client.rateLimitTier();
        Integer perMinute = tier == null ? null : tierPerMinute.get(tier);
        if (perMinute != null) {
            return perMinute;
        }
        if (tier != null && unknownTiers.add(tier)) {
            LOG.warnf("Partner client %s is in rate-limit tier %s, which has no limit (mobilisesme.rate-limit.tiers); "
                    + "it gets the %s tier's", client.clientId(), tier, RateLimitConfig.DEFAULT_TIER);
        }
        return defaultTierPerMinute;
    }

    /** Each instance's share of a limit, at least one request a minute. */
    private static int perInstance(int perMinute, int instances) {
        return Math.max(1, perMinute / instances);
    }
}
