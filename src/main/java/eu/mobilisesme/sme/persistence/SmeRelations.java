package eu.mobilisesme.sme.persistence;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.persistence.RelationConditions;
import eu.mobilisesme.sme.domain.SmeRelation;

/** Who has which relation to a company, written once, as SQL on the company row {@code s}. */
final class SmeRelations {

    /** Verified companies that agreed to be listed: what everyone may see. */
    static final String IN_PUBLIC_CATALOGUE = "(s.status = 'VERIFIED' and s.catalogue_consent)";

    private SmeRelations() {
    }

    static RelationConditions<SmeRelation> of(Actor actor) {
        RelationConditions<SmeRelation> relations = new RelationConditions<>(SmeRelation.class)
                .with(SmeRelation.CATALOGUE_READER, IN_PUBLIC_CATALOGUE);
        if (actor.isAdmin()) {
            relations.with(SmeRelation.ADMIN, "true");
        }
        actor.smeId().filter(actor::actsForSme).ifPresent(sme -> relations.bind("ownSme", sme)
                .with(SmeRelation.OWN_COMPANY, "s.id = :ownSme"));
        actor.facilitatorId().filter(actor::actsForFacilitator).ifPresent(facilitator -> relations
                .bind("ownFacilitator", facilitator)
                .with(SmeRelation.ASSIGNED_FACILITATOR, "s.facilitator_id = :ownFacilitator"));
        if (actor.isPartner()) {
            relations.bind("client", actor.subject())
                    .with(SmeRelation.IMPORTING_PARTNER, "s.external_client = :client");
        }
        return relations;
    }
}
