package eu.mobilisesme.mobility.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.mobilisesme.common.domain.CollaborationType;
import eu.mobilisesme.mobility.domain.ApplicationAction;
import eu.mobilisesme.mobility.domain.ApplicationStatus;
import eu.mobilisesme.mobility.domain.ApplicationStep;
import eu.mobilisesme.mobility.domain.FinalReport;
import eu.mobilisesme.mobility.domain.HostSuggestion;
import eu.mobilisesme.mobility.domain.LearningProject;
import eu.mobilisesme.mobility.domain.MatchProposal;
import eu.mobilisesme.mobility.domain.MobilityApplication;
import eu.mobilisesme.mobility.domain.ObjectivesMet;
import eu.mobilisesme.mobility.domain.Party;
import eu.mobilisesme.mobility.domain.ProjectRevision;
import eu.mobilisesme.mobility.domain.ProjectSignature;
import eu.mobilisesme.mobility.domain.ProposalStatus;
import eu.mobilisesme.mobility.domain.ReportParty;
import eu.mobilisesme.mobility.domain.SeenApplication;

/** What the application's endpoints answer. The participant appears by id only: no personal data here. */
final class ApplicationResponses {

    private ApplicationResponses() {
    }

    @Schema(name = "MobilityApplication", description = "An application as the reader may see it. A company with an "
            + "open proposal gets the PROPOSAL view: what it needs to answer, without the fields marked 'full view "
            + "only'.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Application(UUID id, View view, UUID callId, int policyVersion, ApplicationStatus status,
            @Schema(description = "What the reader may do now, as far as the application's own state tells; rules "
                    + "that depend on other records are checked when the action is taken.")
            List<ApplicationAction> allowedActions,
            UUID sendingSmeId, @Schema(description = "Full view only.") UUID participantId, UUID hostSmeId,
            CollaborationType collaborationType, @Schema(description = "Full view only.") UUID sendingFacilitatorId,
            @Schema(description = "Full view only.") UUID hostFacilitatorId,
            @Schema(description = "When the current step is due: the review, or the final reports. Full view only.")
            LocalDate dueOn,
            Project learningProject, @Schema(description = "Full view only.") Instant insuranceConfirmedAt,
            @Schema(description = "Full view only.") LocalDate actualStart,
            @Schema(description = "Full view only.") LocalDate actualEnd,
            @Schema(description = "Optimistic-lock version, as in the ETag.") long version, Instant createdAt,
            Instant updatedAt) {

        enum View { FULL, PROPOSAL }

        static Application from(SeenApplication seen) {
            MobilityApplication application = seen.application();
            boolean full = seen.readsDetails();
            return new Application(application.getId(), full ? View.FULL : View.PROPOSAL, application.getCallId(),
                    application.getPolicyVersion(), application.getStatus(), seen.allowedActions(),
                    application.getSendingSmeId(), full ? application.getParticipantId() : null,
                    application.getHostSmeId(), application.getCollaborationType(),
                    full ? application.getSendingFacilitatorId() : null,
                    full ? application.getHostFacilitatorId() : null, full ? application.getDueOn() : null,
                    Project.from(application.getProjectRevision(), application.project()),
                    full ? application.getInsuranceConfirmedAt() : null, full ? application.getActualStart() : null,
                    full ? application.getActualEnd() : null, application.getVersion(), application.getCreatedAt(),
                    application.getUpdatedAt());
        }
    }

    @Schema(name = "LearningProjectRevision")
    record Project(int revision, List<String> objectivesForSender, List<String> objectivesForHost,
            String expectedOutcomes, String activityPlan, List<LearningProjectRequest.StayPartDto> stay) {

        static Project from(int revision, LearningProject project) {
            return new Project(revision, project.objectivesForSender(), project.objectivesForHost(),
                    project.expectedOutcomes(), project.activityPlan(), project.plannedStay().parts().stream()
                            .map(LearningProjectRequest.StayPartDto::from).toList());
        }

        static Project from(ProjectRevision revision) {
            return from(revision.getRevision(), revision.project());
        }
    }

    @Schema(name = "MobilityApplicationStep", description = "One step of the history: who, in which role, when, "
            + "what, from which status to which, why, and what it concerns.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Step(Instant occurredAt,
            @Schema(description = "Who: absent for partner portals, which see the role only.") String actor,
            String actorRole,
            @Schema(description = "Absent for the creation of the draft.") ApplicationAction action,
            ApplicationStatus fromStatus, ApplicationStatus toStatus, String reason,
            @Schema(description = "The learning project revision a revision or signature concerns.") Integer revision,
            @Schema(description = "The signing party, or whose final report was filed.") String party,
            @Schema(description = "The host a proposal, acceptance or refusal concerns.") UUID hostSmeId) {

        static Step from(ApplicationStep step, boolean identifyPeople) {
            return new Step(step.getOccurredAt(), identifyPeople ? step.getActor() : null, step.getActorRole(),
                    step.getAction(),
                    step.getFromStatus(), step.getToStatus(), step.getReason(), step.getRevision(), step.getParty(),
                    step.getHostSmeId());
        }
    }

    @Schema(name = "ProjectSignature")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Signature(int revision, Party party,
            @Schema(description = "Who: absent for partner portals, which see the party only.") String signedBy,
            Instant signedAt) {

        static Signature from(ProjectSignature signature, boolean identifyPeople) {
            return new Signature(signature.getRevision(), signature.getParty(),
                    identifyPeople ? signature.getSignedBy() : null, signature.getSignedAt());
        }
    }

    @Schema(name = "MatchProposal")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Proposal(UUID id, UUID applicationId, UUID hostSmeId, ProposalStatus status, String message,
            String answer, Instant proposedAt, Instant answeredAt) {

        static Proposal from(MatchProposal proposal) {
            return new Proposal(proposal.getId(), proposal.getApplicationId(), proposal.getHostSmeId(),
                    proposal.getStatus(), proposal.getMessage(), proposal.getAnswer(), proposal.getProposedAt(),
                    proposal.getAnsweredAt());
        }
    }

    @Schema(name = "HostSuggestion", description = "A possible host, its score and the reasons for each point.")
    record Suggestion(UUID hostSmeId, int score, List<String> reasons) {

        static Suggestion from(HostSuggestion suggestion) {
            return new Suggestion(suggestion.hostSmeId(), suggestion.score(), suggestion.reasons());
        }
    }

    @Schema(name = "FinalReport")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Report(ReportParty party, ObjectivesMet objectivesMet, int newContacts, String expectedBusinessOutcomes,
            int satisfaction, Instant submittedAt,
            @Schema(description = "Who: absent for partner portals, which see the party only.") String submittedBy) {

        static Report from(FinalReport report, boolean identifyPeople) {
            return new Report(report.getParty(), report.getObjectivesMet(), report.getNewContacts(),
                    report.getExpectedBusinessOutcomes(), report.getSatisfaction(), report.getSubmittedAt(),
                    identifyPeople ? report.getSubmittedBy() : null);
        }
    }
}
