package eu.mobilisesme.mobility.domain;

import java.util.List;
import java.util.Set;

/** An application as one actor sees it: every part the actor plays in it, and so what it may see and do now. */
public record SeenApplication(MobilityApplication application, Set<Party> parties) {

    public SeenApplication {
        parties = Set.copyOf(parties);
    }

    public List<ApplicationAction> allowedActions() {
        return application.allowedActions(parties);
    }

    /** Whether the actor sees all of it, or only what a proposed host needs to answer its proposal. */
    public boolean readsDetails() {
        return parties.stream().anyMatch(Party.DETAIL_READERS::contains);
    }
}
