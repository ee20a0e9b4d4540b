package eu.mobilisesme.mobility.persistence;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.persistence.RelationConditions;
import eu.mobilisesme.mobility.domain.Party;

/**
 * Who is which party of an application, written once, as SQL on the application row {@code a}:
 * <ul>
 * <li>the sending company, and the host: the company whose proposal was accepted;</li>
 * <li>a proposed host: a company with an <em>open</em> proposal; a declined or closed one makes it nothing;</li>
 * <li>the facilitators recorded on the application for either side;</li>
 * <li>programme administrators, everywhere;</li>
 * <li>a partner client that registered the sending or the host company.</li>
 * </ul>
 */
final class ApplicationParties {

    private ApplicationParties() {
    }

    static RelationConditions<Party> of(Actor actor) {
        RelationConditions<Party> parties = new RelationConditions<>(Party.class);
        if (actor.isAdmin()) {
            parties.with(Party.ADMIN, "true");
        }
        actor.smeId().filter(actor::actsForSme).ifPresent(sme -> parties.bind("sme", sme)
                .with(Party.SENDING_SME, "a.sending_sme_id = :sme")
                .with(Party.HOST_SME, "a.host_sme_id = :sme")
                .with(Party.PROPOSED_HOST, "exists (select 1 from match_proposal p "
                        + "where p.application_id = a.id and p.host_sme_id = :sme and p.status = 'OPEN')"));
        actor.facilitatorId().filter(actor::actsForFacilitator).ifPresent(facilitator -> parties
                .bind("facilitator", facilitator)
                .with(Party.SENDING_FACILITATOR, "a.sending_facilitator_id = :facilitator")
                .with(Party.HOST_FACILITATOR, "a.host_facilitator_id = :facilitator"));
        if (actor.isPartner()) {
            parties.bind("client", actor.subject())
                    .with(Party.PARTNER_READER, "(a.sending_sme_client = :client or a.host_sme_client = :client)");
        }
        return parties;
    }
}
