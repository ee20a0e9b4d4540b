package eu.mobilisesme.mobility.service;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.common.domain.AccessDeniedException;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.ConflictException;
import eu.mobilisesme.mobility.domain.ApplicationAction;
import eu.mobilisesme.mobility.domain.FinalReport;
import eu.mobilisesme.mobility.domain.ObjectivesMet;
import eu.mobilisesme.mobility.domain.ReportParty;
import eu.mobilisesme.mobility.persistence.FinalReportRepository;
import eu.mobilisesme.mobility.persistence.MobilityApplicationRepository;
import eu.mobilisesme.mobility.persistence.TransitionRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The three final reports after a stay; the last one makes the application REPORTED. */
@ApplicationScoped
public class FinalReportService {

    private final MobilityApplicationRepository applications;
    private final FinalReportRepository reports;
    private final TransitionRepository transitions;
    private final ApplicationAccess access;
    private final Clock clock;

    public FinalReportService(MobilityApplicationRepository applications, FinalReportRepository reports,
            TransitionRepository transitions, ApplicationAccess access, Clock clock) {
        this.applications = applications;
        this.reports = reports;
        this.transitions = transitions;
        this.access = access;
        this.clock = clock;
    }

    /** What a report says. */
    public record Answers(ObjectivesMet objectivesMet, int newContacts, String expectedBusinessOutcomes,
            int satisfaction) {
    }

    @WithTransaction
    public Uni<FinalReport> file(Actor actor, UUID id, ReportParty party, Answers answers) {
        return access.locked(actor, id).flatMap(loaded -> {
            loaded.application().require(ApplicationAction.REPORT, loaded.parties());
            if (!loaded.parties().contains(party.filer())) {
                throw new AccessDeniedException("The " + party + " report is filed by the " + party.filer() + ".");
            }
            FinalReport report = new FinalReport(id, party, answers.objectivesMet(), answers.newContacts(),
                    answers.expectedBusinessOutcomes(), answers.satisfaction(), actor.subject(), clock.instant());
            return reports.findByApplication(id).flatMap(filed -> {
                if (filed.stream().anyMatch(existing -> existing.getParty() == party)) {
                    throw new ConflictException("REPORT_ALREADY_FILED", "The " + party + " report is in.");
                }
                boolean last = filed.stream().map(FinalReport::getParty).collect(Collectors.toSet()).size()
                        == EnumSet.allOf(ReportParty.class).size() - 1;
                Uni<Void> complete = last
                        ? transitions.persist(loaded.application().reportsComplete(actor, clock.instant()))
                                .replaceWithVoid()
                        : Uni.createFrom().voidItem();
                return reports.persist(report).call(persisted -> complete).call(persisted -> applications.flush());
            });
        });
    }

    @WithSession
    public Uni<List<FinalReport>> reports(Actor actor, UUID id) {
        return access.visible(actor, id).flatMap(loaded -> reports.findByApplication(id));
    }
}
