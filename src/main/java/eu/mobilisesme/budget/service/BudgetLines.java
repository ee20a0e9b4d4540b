package eu.mobilisesme.budget.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import eu.mobilisesme.budget.domain.BudgetLine;
import eu.mobilisesme.budget.domain.BudgetLineTerms;
import eu.mobilisesme.budget.domain.LineReconciliation;
import eu.mobilisesme.budget.persistence.BudgetLineRepository;
import eu.mobilisesme.budget.persistence.LedgerRepository;
import eu.mobilisesme.call.service.CallService;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.ConflictException;
import eu.mobilisesme.common.domain.Cursor;
import eu.mobilisesme.common.domain.ExpectedVersion;
import eu.mobilisesme.common.domain.ResourceNotFoundException;
import eu.mobilisesme.common.persistence.UniqueViolations;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Budget lines: administrators open and amend them; approvals reserve grants on them. */
@ApplicationScoped
public class BudgetLines {

    static final String RESOURCE = "Budget line";

    private final BudgetLineRepository lines;
    private final LedgerRepository ledgerEntries;
    private final Ledger ledger;
    private final CallService calls;
    private final Clock clock;

    public BudgetLines(BudgetLineRepository lines, LedgerRepository ledgerEntries, Ledger ledger, CallService calls,
            Clock clock) {
        this.lines = lines;
        this.ledgerEntries = ledgerEntries;
        this.ledger = ledger;
        this.calls = calls;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<BudgetLine> create(Actor actor, UUID callId, String code, BudgetLineTerms terms) {
        return calls.get(callId, null)
                .onFailure(ResourceNotFoundException.class).transform(notFound -> new BusinessRuleException(
                        "UNKNOWN_CALL", "There is no call " + callId + "."))
                .map(call -> new BudgetLine(UUID.randomUUID(), callId, code, terms, actor, clock.instant()))
                .call(lines::persist)
                .call(lines::flush)
                .onFailure(failure -> UniqueViolations.of(failure, "budget_line_code_key")).transform(duplicate ->
                        new ConflictException("DUPLICATE_BUDGET_LINE", "A budget line " + code + " exists."));
    }

    @WithSession
    public Uni<BudgetLine> get(UUID id) {
        return lines.findById(id).onItem().ifNull().failWith(() -> new ResourceNotFoundException(RESOURCE, id));
    }

    @WithSession
    public Uni<List<BudgetLine>> list(Cursor after, int limit) {
        return lines.findPage(after, limit);
    }

    /**
     * New terms for the version the client read; the row is locked, so no reservation slips in meanwhile. A line
     * keeps its call and code: grants and bank files name it.
     */
    @WithTransaction
    public Uni<BudgetLine> amend(Actor actor, UUID id, ExpectedVersion expected, UUID callId, String code,
            BudgetLineTerms terms) {
        return lines.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException(RESOURCE, id))
                .invoke(line -> expected.check(RESOURCE, line.getVersion()))
                .invoke(line -> {
                    if (!line.getCallId().equals(callId) || !line.getCode().equals(code)) {
                        throw new BusinessRuleException("BUDGET_LINE_IDENTITY_FIXED",
                                "A budget line keeps its call and code; open a new line instead.");
                    }
                })
                .invoke(line -> line.amend(terms, actor, clock.instant()))
                .call(lines::flush);
    }

    @WithSession
    public Uni<List<LineReconciliation>> reconcile() {
        return ledgerEntries.reconcile();
    }

    /**
     * Reserves a grant, in the caller's transaction: on the line the approver chose, which must fund companies of
     * {@code sendingCountry} in the call; or, when none was chosen, on the first such line by priority that has room.
     * Answers the line used; 422 {@code BUDGET_EXHAUSTED} when none can take it.
     */
    public Uni<UUID> reserve(Optional<UUID> chosen, UUID callId, String sendingCountry,
            Function<UUID, Movement> reservationOn, Actor actor) {
        if (chosen.isPresent()) {
            UUID lineId = chosen.get();
            return lines.findById(lineId)
                    .invoke(line -> requireFunds(line, lineId, callId, sendingCountry))
                    .call(line -> ledger.record(reservationOn.apply(lineId), actor))
                    .replaceWith(lineId);
        }
        return lines.findByCall(callId)
                .map(all -> all.stream().filter(line -> line.funds(sendingCountry)).map(BudgetLine::getId).toList())
                .flatMap(eligible -> firstWithRoom(eligible, 0, reservationOn, actor));
    }

    private Uni<UUID> firstWithRoom(List<UUID> eligible, int index, Function<UUID, Movement> reservationOn,
            Actor actor) {
        if (index == eligible.size()) {
            return Uni.createFrom().failure(Ledger.exhausted());
        }
        UUID lineId = eligible.get(index);
        return ledger.tryRecord(reservationOn.apply(lineId), actor).flatMap(reserved -> reserved
                ? Uni.createFrom().item(lineId) : firstWithRoom(eligible, index + 1, reservationOn, actor));
    }

    private static void requireFunds(BudgetLine line, UUID lineId, UUID callId, String sendingCountry) {
        if (line == null || !line.getCallId().equals(callId)) {
            throw new BusinessRuleException("BUDGET_LINE_NOT_ELIGIBLE",
                    "Budget line " + lineId + " does not fund this mobility's call.");
        }
        if (!line.funds(sendingCountry)) {
            throw new BusinessRuleException("BUDGET_LINE_NOT_ELIGIBLE",
                    "Budget line " + line.getCode() + " does not fund sending companies in " + sendingCountry + ".");
        }
    }
}
