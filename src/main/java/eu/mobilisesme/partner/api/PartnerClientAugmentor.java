package eu.mobilisesme.partner.api;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.common.security.CurrentActor;
import eu.mobilisesme.common.security.PartnerClientAccess;
import eu.mobilisesme.partner.service.PartnerClients;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Looks up, once per request, the registered client a partner token names, and keeps what the registry grants it on
 * the identity ({@link PartnerClientAccess#ATTRIBUTE}). An unknown or deactivated client still authenticates here, so
 * that it is refused with a 403 that says why, by PartnerScopeFilter, rather than with a bare 401.
 */
@ApplicationScoped
public class PartnerClientAugmentor implements SecurityIdentityAugmentor {

    private final PartnerClients clients;

    PartnerClientAugmentor(PartnerClients clients) {
        this.clients = clients;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !identity.hasRole(Roles.PARTNER)
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return clients.access(token.getSubject(), CurrentActor.claimedScopes(token))
                .map(access -> QuarkusSecurityIdentity.builder(identity)
                        .addAttribute(PartnerClientAccess.ATTRIBUTE, access).build());
    }
}
