package eu.mobilisesme.common.security;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;
import java.util.Optional;

/**
 * Refuses to start without a JWT verification key: a service that cannot verify tokens must not pretend to run.
 * There is deliberately no default key in any profile that ships.
 */
public class VerificationKeyCheck {

    void check(@Observes StartupEvent event,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation,
            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> key) {
        if (keyLocation.filter(s -> !s.isBlank()).isEmpty() && key.filter(s -> !s.isBlank()).isEmpty()) {
            throw new IllegalStateException("No JWT verification key configured: set JWT_VERIFY_KEY_LOCATION to a PEM "
                    + "public key file or to the identity provider's JWKS URL.");
        }
    }
}
