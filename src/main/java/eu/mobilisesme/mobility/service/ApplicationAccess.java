package eu.mobilisesme.mobility.service;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.ExpectedVersion;
import eu.mobilisesme.common.domain.ResourceNotFoundException;
import eu.mobilisesme.mobility.domain.ApplicationAction;
import eu.mobilisesme.mobility.domain.MobilityApplication;
import eu.mobilisesme.mobility.domain.Party;
import eu.mobilisesme.mobility.domain.SeenApplication;
import eu.mobilisesme.mobility.persistence.MobilityApplicationRepository;
import io.smallrye.mutiny.Uni;

/**
 * Loads an application with the parts the actor plays in it. What the actor may not read does not exist for it
 * (404): an application in which it plays no part, and the parts of an application that are not for it. What it may
 * read but not do is refused later, by the application's own rules (403).
 */
@ApplicationScoped
class ApplicationAccess {

    static final String RESOURCE = "Mobility application";

    /** Every party reads the application; a proposed host sees the part it needs to answer. */
    static final Set<Party> ANY_PARTY = EnumSet.allOf(Party.class);
    /** Host suggestions are for those who look for a host. */
    static final Set<Party> SENDING_SIDE = EnumSet.of(Party.SENDING_SME, Party.SENDING_FACILITATOR, Party.ADMIN);

    private final MobilityApplicationRepository applications;

    ApplicationAccess(MobilityApplicationRepository applications) {
        this.applications = applications;
    }

    /** The application, if the actor plays one of {@code readers} in it. */
    Uni<SeenApplication> readable(Actor actor, UUID id, Set<Party> readers) {
        return applications.findSeen(id, actor).invoke(seen -> {
            if (seen == null || seen.parties().stream().noneMatch(readers::contains)) {
                throw new ResourceNotFoundException(RESOURCE, id);
            }
        });
    }

    /**
     * As {@link #readable}, locked until the transaction ends, so two steps on one application queue up: the parts
     * are read under the lock. A party that may never take {@code action} is refused (403); one that may must base
     * its write on {@code expected} (412, or 428 when a version is required and none is given). Whether the status
     * allows the action is the application's to say.
     */
    Uni<SeenApplication> lockedForChange(Actor actor, UUID id, Set<Party> readers, ApplicationAction action,
            ExpectedVersion expected) {
        return applications.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .flatMap(application -> partiesIn(actor, id, readers)
                        .map(parties -> new SeenApplication(application, parties)))
                .invoke(seen -> {
                    MobilityApplication.requirePart(action, seen.parties());
                    expected.check(RESOURCE, seen.application().getVersion());
                });
    }

    private Uni<Set<Party>> partiesIn(Actor actor, UUID id, Set<Party> readers) {
        return applications.partiesOf(id, actor).invoke(parties -> {
            if (parties.stream().noneMatch(readers::contains)) {
                throw new ResourceNotFoundException(RESOURCE, id);
            }
        });
    }
}
