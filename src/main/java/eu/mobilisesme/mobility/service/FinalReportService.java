package eu.mobilisesme.mobility.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.ExpectedVersion;
import eu.mobilisesme.mobility.domain.ApplicationAction;
import eu.mobilisesme.mobility.domain.ApplicationStatus;
import eu.mobilisesme.mobility.domain.ApplicationStep;
import eu.mobilisesme.mobility.domain.FinalReport;
import eu.mobilisesme.mobility.domain.ObjectivesMet;
import eu.mobilisesme.mobility.domain.Party;
import eu.mobilisesme.mobility.domain.ReportParty;
import eu.mobilisesme.mobility.persistence.FinalReportRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The three final reports after a stay; the last one makes the application REPORTED and the balance due. */
@ApplicationScoped
public class FinalReportService {

    private final FinalReportRepository reports;
    private final ApplicationHistory history;
    private final ApplicationAccess access;
    private final ApplicationGrants grants;
    private final Clock clock;

    public FinalReportService(FinalReportRepository reports, ApplicationHistory history, ApplicationAccess access,
            ApplicationGrants grants, Clock clock) {
        this.reports = reports;
        this.history = history;
        this.access = access;
        this.grants = grants;
        this.clock = clock;
    }

    /** What a report says. */
    public record Answers(ObjectivesMet objectivesMet, int newContacts, String expectedBusinessOutcomes,
            int satisfaction) {
    }

    @WithTransaction
    public Uni<FinalReport> file(Actor actor, UUID id, ReportParty party, Answers answers,
            ExpectedVersion expected) {
        return access.lockedForChange(actor, id, Party.DETAIL_READERS, ApplicationAction.REPORT, expected)
                .flatMap(seen -> {
                    ApplicationStep step = seen.application().fileReport(party, seen.parties(), actor,
                            clock.instant());
                    FinalReport report = new FinalReport(id, party, answers.objectivesMet(), answers.newContacts(),
                            answers.expectedBusinessOutcomes(), answers.satisfaction(), actor.subject(),
                            clock.instant());
                    return reports.persist(report).call(filed -> history.record(seen.application(), step))
                            .call(filed -> seen.application().getStatus() == ApplicationStatus.REPORTED
                                    ? grants.reportsIn(seen.application(), actor) : Uni.createFrom().voidItem());
                });
    }

    @WithSession
    public Uni<List<FinalReport>> reports(Actor actor, UUID id) {
        return access.readable(actor, id, Party.DETAIL_READERS)
                .flatMap(seen -> reports.findByApplication(id));
    }
}
