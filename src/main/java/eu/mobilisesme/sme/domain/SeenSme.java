package eu.mobilisesme.sme.domain;

import java.util.Set;

/** A company as one actor sees it: its relations to the company, and so what it may see and do. */
public record SeenSme(SmeSnapshot sme, Set<SmeRelation> relations) {

    public SeenSme {
        relations = Set.copyOf(relations);
    }

    public boolean hasAnyOf(Set<SmeRelation> wanted) {
        return relations.stream().anyMatch(wanted::contains);
    }

    /** Whether the actor sees everything about the company, or only its public catalogue entry. */
    public boolean isFullView() {
        return hasAnyOf(SmeRelation.FULL_VIEW);
    }
}
