package eu.mobilisesme.mobility.service;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.call.service.CallPolicyService;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.ConflictException;
import eu.mobilisesme.mobility.domain.ApplicationAction;
import eu.mobilisesme.mobility.domain.LearningProject;
import eu.mobilisesme.mobility.domain.MobilityApplication;
import eu.mobilisesme.mobility.domain.Party;
import eu.mobilisesme.mobility.domain.ProjectRevision;
import eu.mobilisesme.mobility.domain.ProjectSignature;
import eu.mobilisesme.mobility.persistence.MobilityApplicationRepository;
import eu.mobilisesme.mobility.persistence.ProjectRevisionRepository;
import eu.mobilisesme.mobility.persistence.ProjectSignatureRepository;
import eu.mobilisesme.mobility.persistence.TransitionRepository;
import eu.mobilisesme.mobility.service.ApplicationAccess.Loaded;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The learning project: revised by the sending company, signed revision by revision by the sending company, the
 * host and the sending facilitator. When all three signed the same revision the agreement stands.
 */
@ApplicationScoped
public class LearningProjectService {

    private final MobilityApplicationRepository applications;
    private final ProjectRevisionRepository revisions;
    private final ProjectSignatureRepository signatures;
    private final TransitionRepository transitions;
    private final ApplicationAccess access;
    private final CallPolicyService callPolicies;
    private final Clock clock;

    public LearningProjectService(MobilityApplicationRepository applications, ProjectRevisionRepository revisions,
            ProjectSignatureRepository signatures, TransitionRepository transitions, ApplicationAccess access,
            CallPolicyService callPolicies, Clock clock) {
        this.applications = applications;
        this.revisions = revisions;
        this.signatures = signatures;
        this.transitions = transitions;
        this.access = access;
        this.callPolicies = callPolicies;
        this.clock = clock;
    }

    /** A new revision; the stay must still fit the policy the application is judged under. */
    @WithTransaction
    public Uni<ProjectRevision> revise(Actor actor, UUID id, LearningProject project) {
        return access.locked(actor, id)
                .invoke(loaded -> loaded.application().require(ApplicationAction.REVISE_PROJECT, loaded.parties()))
                .call(loaded -> callPolicies.version(loaded.application().getCallId(),
                        loaded.application().getPolicyVersion())
                        .invoke(policy -> project.plannedStay().requireWithin(policy.rules())))
                .map(loaded -> loaded.application().revise(project, loaded.parties(), actor, clock.instant()))
                .call(revisions::persist)
                .call(revision -> applications.flush());
    }

    @WithSession
    public Uni<List<ProjectRevision>> revisions(Actor actor, UUID id) {
        return access.visible(actor, id).flatMap(loaded -> revisions.findByApplication(id));
    }

    @WithSession
    public Uni<List<ProjectSignature>> signatures(Actor actor, UUID id) {
        return access.visible(actor, id).flatMap(loaded -> signatures.findByApplication(id));
    }

    /**
     * Signs {@code revision} as {@code party}. Signing an outdated revision is a 409; the last signature of the
     * current revision makes the agreement.
     */
    @WithTransaction
    public Uni<MobilityApplication> sign(Actor actor, UUID id, int revision, Party party) {
        return access.locked(actor, id).call(loaded -> {
            ProjectSignature signature = loaded.application().sign(revision, party, loaded.parties(), actor,
                    clock.instant());
            return signatures.findByRevision(id, revision).invoke(signed -> {
                if (signed.stream().anyMatch(existing -> existing.getParty() == party)) {
                    throw new ConflictException("ALREADY_SIGNED", party + " already signed revision " + revision
                            + ".");
                }
            }).call(unsigned -> signatures.persist(signature));
        }).call(loaded -> completeIfAllSigned(loaded, actor)).map(Loaded::application);
    }

    private Uni<Void> completeIfAllSigned(Loaded loaded, Actor actor) {
        MobilityApplication application = loaded.application();
        return signatures.findByRevision(application.getId(), application.getProjectRevision())
                .flatMap(signed -> {
                    Set<Party> parties = signed.stream().map(ProjectSignature::getParty).collect(Collectors.toSet());
                    if (!parties.containsAll(ProjectSignature.SIGNATORIES)) {
                        return applications.flush();
                    }
                    return transitions.persist(application.agreementSigned(actor, clock.instant()))
                            .call(applications::flush).replaceWithVoid();
                });
    }
}
