package eu.mobilisesme.common.config;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

/**
 * The settings that have no default in production. Mapping them makes the service refuse to start without one,
 * before anything else runs, with a message naming the environment variable to set ({@code SRCFG00011: Could not
 * expand value DB_PASSWORD ...}); read only through the framework, they would fail later or without naming it.
 * The cursor signing key is mapped by {@code CursorConfig}.
 */
@Startup
@ApplicationScoped
public class RequiredSettings {

    /** {@code DB_PASSWORD}. */
    @ConfigMapping(prefix = "quarkus.datasource")
    public interface Database {
        String password();
    }

    /**
     * {@code JWT_VERIFY_KEY_LOCATION}: a PEM file or the identity provider's JWKS URL. The other keys of the namespace
     * (an inline key, the algorithm) are mapped too, as a mapping must cover its whole namespace.
     */
    @ConfigMapping(prefix = "mp.jwt.verify.publickey")
    public interface TokenVerification {
        String location();

        @WithParentName
        Optional<String> inlineKey();

        Optional<String> algorithm();
    }

    RequiredSettings(Database database, TokenVerification tokenVerification) {
        // Nothing to do: injecting the mappings is what makes the start fail without them.
    }
}
