package eu.mobilisesme.mobility.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.call.service.CallPolicyService;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.ExpectedVersion;
import eu.mobilisesme.common.domain.ProgrammeCalendar;
import eu.mobilisesme.mobility.domain.ApplicationAction;
import eu.mobilisesme.mobility.domain.ApplicationStatus;
import eu.mobilisesme.mobility.domain.LearningProject;
import eu.mobilisesme.mobility.domain.MobilityApplication;
import eu.mobilisesme.mobility.domain.Party;
import eu.mobilisesme.mobility.domain.ProjectRevision;
import eu.mobilisesme.mobility.domain.ProjectSignature;
import eu.mobilisesme.mobility.domain.SeenApplication;
import eu.mobilisesme.mobility.persistence.ProjectRevisionRepository;
import eu.mobilisesme.mobility.persistence.ProjectSignatureRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The learning project: revised by the sending company, signed revision by revision by the sending company, the
 * host and the sending facilitator. When all three signed the same revision the agreement stands.
 */
@ApplicationScoped
public class LearningProjectService {

    private final ProjectRevisionRepository revisions;
    private final ProjectSignatureRepository signatures;
    private final ApplicationHistory history;
    private final ApplicationAccess access;
    private final PlacementRules rules;
    private final CallPolicyService callPolicies;
    private final Clock clock;

    public LearningProjectService(ProjectRevisionRepository revisions, ProjectSignatureRepository signatures,
            ApplicationHistory history, ApplicationAccess access, PlacementRules rules, CallPolicyService callPolicies,
            Clock clock) {
        this.revisions = revisions;
        this.signatures = signatures;
        this.history = history;
        this.access = access;
        this.rules = rules;
        this.callPolicies = callPolicies;
        this.clock = clock;
    }

    /**
     * A new revision, based on the version the client read: the stay must still fit the policy the application is
     * judged under and, once a host accepted, the host's room.
     */
    @WithTransaction
    public Uni<SeenApplication> revise(Actor actor, UUID id, LearningProject project, ExpectedVersion expected) {
        return access.lockedForChange(actor, id, ApplicationAccess.ANY_PARTY, ApplicationAction.REVISE_PROJECT,
                expected).call(seen -> {
            MobilityApplication application = seen.application();
            MobilityApplication.Revised revised = application.revise(project, seen.parties(), actor,
                    clock.instant());
            return callPolicies.version(application.getCallId(), application.getPolicyVersion())
                    .invoke(policy -> Policies.requirePlannable(project.plannedStay(), policy,
                            ProgrammeCalendar.today(clock)))
                    .call(policy -> application.getStatus() == ApplicationStatus.MATCHED
                            ? rules.requireHostRoom(application.getHostSmeId(), application)
                            : Uni.createFrom().voidItem())
                    .call(policy -> revisions.persist(revised.revision()))
                    .call(policy -> history.record(application, revised.step()));
        });
    }

    @WithSession
    public Uni<List<ProjectRevision>> revisions(Actor actor, UUID id) {
        return access.readable(actor, id, Party.DETAIL_READERS)
                .flatMap(seen -> revisions.findByApplication(id));
    }

    @WithSession
    public Uni<List<ProjectSignature>> signatures(Actor actor, UUID id) {
        return access.readable(actor, id, Party.DETAIL_READERS)
                .flatMap(seen -> signatures.findByApplication(id));
    }

    /**
     * Signs {@code revision} as {@code party}. Signing an outdated revision is a 409; the last signature of the
     * current revision makes the agreement.
     */
    @WithTransaction
    public Uni<SeenApplication> sign(Actor actor, UUID id, int revision, Party party, ExpectedVersion expected) {
        return access.lockedForChange(actor, id, Party.DETAIL_READERS, ApplicationAction.SIGN, expected).call(seen -> {
            MobilityApplication.Signed signed = seen.application().sign(revision, party, seen.parties(), actor,
                    clock.instant());
            return signatures.persist(signed.signature())
                    .call(signature -> history.record(seen.application(), signed.step()));
        });
    }
}
