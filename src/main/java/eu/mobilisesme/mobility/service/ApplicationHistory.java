package eu.mobilisesme.mobility.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.event.service.DomainEvent;
import eu.mobilisesme.event.service.DomainEvents;
import eu.mobilisesme.event.service.EventType;
import eu.mobilisesme.mobility.domain.ApplicationAction;
import eu.mobilisesme.mobility.domain.ApplicationStep;
import eu.mobilisesme.mobility.domain.MobilityApplication;
import eu.mobilisesme.mobility.persistence.MobilityApplicationRepository;
import eu.mobilisesme.mobility.persistence.StepRepository;
import io.smallrye.mutiny.Uni;

/**
 * Writes a step of an application into its history, with the change it made, and then, in the same transaction, the
 * events partners hear of it:
 * <ul>
 * <li>a submission: {@code application.submitted} (the most specific type; no state change besides);</li>
 * <li>a signature: {@code application.learning-project-signed}, naming the signing role; the last one, which makes
 * the agreement, also gives {@code application.state-changed}, since readers of either must not miss it;</li>
 * <li>any other step that moves the state: {@code application.state-changed};</li>
 * <li>steps that keep the state (a draft, a revision, a proposal, a declined proposal, insurance, a report that is not
 * the last): none.</li>
 * </ul>
 * They are for the partner clients that may read the application after the step: the ones that registered its
 * sending or host company.
 */
@ApplicationScoped
class ApplicationHistory {

    private final StepRepository steps;
    private final MobilityApplicationRepository applications;
    private final DomainEvents events;

    ApplicationHistory(StepRepository steps, MobilityApplicationRepository applications, DomainEvents events) {
        this.steps = steps;
        this.applications = applications;
        this.events = events;
    }

    Uni<ApplicationStep> record(MobilityApplication application, ApplicationStep step) {
        return steps.persist(step).call(applications::flush)
                .call(() -> events.recordAll(eventsOf(application, step)));
    }

    private static List<DomainEvent> eventsOf(MobilityApplication application, ApplicationStep step) {
        List<DomainEvent> recorded = new ArrayList<>();
        boolean moved = step.getAction() != null && step.getFromStatus() != step.getToStatus();
        if (step.getAction() == ApplicationAction.SUBMIT) {
            recorded.add(event(EventType.APPLICATION_SUBMITTED, application, stateChange(application, step)));
            return recorded;
        }
        if (step.getAction() == ApplicationAction.SIGN) {
            Map<String, String> signature = ids(application);
            signature.put("party", step.getParty());
            signature.put("revision", String.valueOf(step.getRevision()));
            signature.put("state", step.getToStatus().name());
            recorded.add(event(EventType.LEARNING_PROJECT_SIGNED, application, signature));
        }
        if (moved) {
            recorded.add(event(EventType.APPLICATION_STATE_CHANGED, application, stateChange(application, step)));
        }
        return recorded;
    }

    private static Map<String, String> stateChange(MobilityApplication application, ApplicationStep step) {
        Map<String, String> payload = ids(application);
        payload.put("state", step.getToStatus().name());
        payload.put("previousState", step.getFromStatus().name());
        return payload;
    }

    private static Map<String, String> ids(MobilityApplication application) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("applicationId", application.getId().toString());
        return payload;
    }

    private static DomainEvent event(EventType type, MobilityApplication application, Map<String, String> payload) {
        return DomainEvent.forClients(type, application.getId(), payload, application.partnerReaders());
    }
}
