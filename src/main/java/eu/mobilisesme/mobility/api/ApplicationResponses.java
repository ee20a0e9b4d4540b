package eu.mobilisesme.mobility.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.mobilisesme.mobility.domain.ApplicationAction;
import eu.mobilisesme.mobility.domain.ApplicationStatus;
import eu.mobilisesme.mobility.domain.ApplicationTransition;
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
import eu.mobilisesme.sme.domain.CollaborationType;

/** What the application's endpoints answer. The participant appears by id only: no personal data here. */
final class ApplicationResponses {

    private ApplicationResponses() {
    }

    @Schema(name = "MobilityApplication")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Application(UUID id, UUID callId, int policyVersion, ApplicationStatus status,
            @Schema(description = "What the reader may do now; absent in lists.") List<ApplicationAction> allowedActions,
            UUID sendingSmeId, UUID participantId, UUID hostSmeId, CollaborationType collaborationType,
            UUID sendingFacilitatorId, UUID hostFacilitatorId,
            @Schema(description = "When the current step is due: the review, or the final reports.") LocalDate dueOn,
            Project learningProject, Instant insuranceConfirmedAt, LocalDate actualStart, LocalDate actualEnd,
            long version, Instant createdAt, Instant updatedAt) {

        static Application from(MobilityApplication application, List<ApplicationAction> allowedActions) {
            return new Application(application.getId(), application.getCallId(), application.getPolicyVersion(),
                    application.getStatus(), allowedActions, application.getSendingSmeId(),
                    application.getParticipantId(), application.getHostSmeId(), application.getCollaborationType(),
                    application.getSendingFacilitatorId(), application.getHostFacilitatorId(), application.getDueOn(),
                    Project.from(application.getProjectRevision(), application.project()),
                    application.getInsuranceConfirmedAt(), application.getActualStart(), application.getActualEnd(),
                    application.getVersion(), application.getCreatedAt(), application.getUpdatedAt());
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

    @Schema(name = "MobilityTransition", description = "One step of the history.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Transition(Instant occurredAt, String actor, String actorRole, ApplicationAction action,
            ApplicationStatus fromStatus, ApplicationStatus toStatus, String reason) {

        static Transition from(ApplicationTransition transition) {
            return new Transition(transition.getOccurredAt(), transition.getActor(), transition.getActorRole(),
                    transition.getAction(), transition.getFromStatus(), transition.getToStatus(),
                    transition.getReason());
        }
    }

    @Schema(name = "ProjectSignature")
    record Signature(int revision, Party party, String signedBy, Instant signedAt) {

        static Signature from(ProjectSignature signature) {
            return new Signature(signature.getRevision(), signature.getParty(), signature.getSignedBy(),
                    signature.getSignedAt());
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
    record Report(ReportParty party, ObjectivesMet objectivesMet, int newContacts, String expectedBusinessOutcomes,
            int satisfaction, Instant submittedAt, String submittedBy) {

        static Report from(FinalReport report) {
            return new Report(report.getParty(), report.getObjectivesMet(), report.getNewContacts(),
                    report.getExpectedBusinessOutcomes(), report.getSatisfaction(), report.getSubmittedAt(),
                    report.getSubmittedBy());
        }
    }
}
