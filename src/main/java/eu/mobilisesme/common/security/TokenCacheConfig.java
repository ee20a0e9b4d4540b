package eu.mobilisesme.common.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How many verified tokens {@link VerifiedTokenCache} keeps, and for how long at most. */
@ConfigMapping(prefix = "mobilisesme.jwt.cache")
public interface TokenCacheConfig {

    /** Off: every request verifies its token's signature again. */
    @WithDefault("true")
    boolean enabled();

    /** Tokens kept at once; a few kilobytes each. The oldest one leaves first when the cache is full. */
    @WithDefault("2000")
    int maxSize();

    /**
     * How long a token counts as verified before it is verified again, however far off its {@code exp} is. This
     * bounds how long a key that left the identity provider's key set can still let its tokens in.
     */
    @WithDefault("PT5M")
    Duration maxEntryAge();
}
