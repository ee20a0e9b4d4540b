package eu.mobilisesme.common.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ActorTest {

    private static final UUID OWN = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();

    @Test
    void anSmeUserActsOnlyForItsOwnCompany() {
        Actor actor = new Actor("u", Set.of(Roles.SME), Optional.of(OWN), Optional.empty(), Set.of());
        assertThat(actor.actsForSme(OWN)).isTrue();
        assertThat(actor.actsForSme(OTHER)).isFalse();
        assertThat(actor.actsForFacilitator(OWN)).isFalse();
        assertThat(actor.isAdmin()).isFalse();
    }

    @Test
    void anOrganisationClaimWithoutTheRoleGrantsNothing() {
        Actor actor = new Actor("u", Set.of(Roles.PARTNER), Optional.of(OWN), Optional.of(OWN),
                Set.of("smes:write"));
        assertThat(actor.actsForSme(OWN)).isFalse();
        assertThat(actor.actsForFacilitator(OWN)).isFalse();
        assertThat(actor.isPartner()).isTrue();
        assertThat(actor.hasScope("smes:write")).isTrue();
        assertThat(actor.hasScope("payments:write")).isFalse();
    }
}
