package eu.mobilisesme.call.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import eu.mobilisesme.call.domain.CallPolicy;
import eu.mobilisesme.call.domain.CallTargets;
import eu.mobilisesme.call.domain.ReportingRules;
import eu.mobilisesme.call.domain.PolicyRules;
import eu.mobilisesme.call.domain.ProgrammeCall;
import eu.mobilisesme.call.persistence.CallPolicyRepository;
import eu.mobilisesme.call.persistence.ProgrammeCallRepository;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.ConflictException;
import eu.mobilisesme.common.domain.ProgrammeCalendar;
import eu.mobilisesme.common.domain.ResourceNotFoundException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Programme administrators run calls: their period and the versions of their rules. Everyone may read them. */
@ApplicationScoped
public class CallService {

    static final String RESOURCE = "Call";

    private final ProgrammeCallRepository calls;
    private final CallPolicyRepository policies;
    private final Clock clock;

    public CallService(ProgrammeCallRepository calls, CallPolicyRepository policies, Clock clock) {
        this.calls = calls;
        this.policies = policies;
        this.clock = clock;
    }

    /** A call and the version of its rules in force on the day asked about (null before its first version). */
    public record CallWithPolicy(ProgrammeCall call, CallPolicy policy) {
    }

    @WithTransaction
    public Uni<CallWithPolicy> create(Actor actor, String code, String title, LocalDate opensOn, LocalDate closesOn,
            CallTargets targets, ReportingRules reporting, PolicyRules rules) {
        ProgrammeCall call = new ProgrammeCall(UUID.randomUUID(), code, title, opensOn, closesOn, targets, reporting,
                actor, clock.instant());
        CallPolicy first = call.firstPolicy(rules, actor, clock.instant());
        return calls.existsWithCode(code)
                .invoke(exists -> {
                    if (exists) {
                        throw new ConflictException("DUPLICATE_CALL", "A call with code " + code + " exists.");
                    }
                })
                .call(unique -> calls.persist(call))
                .call(persisted -> policies.persist(first))
                .map(persisted -> new CallWithPolicy(call, first));
    }

    /** Every call with the rules in force today. */
    @WithSession
    public Uni<List<CallWithPolicy>> list() {
        LocalDate today = ProgrammeCalendar.today(clock);
        return calls.findAllByOpening().flatMap(all -> Multi.createFrom().iterable(all)
                .onItem().transformToUniAndConcatenate(call -> policies.findInForce(call.getId(), today)
                        .map(policy -> new CallWithPolicy(call, policy)))
                .collect().asList());
    }

    /** The call with the rules in force on {@code day} (today when null). */
    @WithSession
    public Uni<CallWithPolicy> get(UUID id, LocalDate day) {
        LocalDate on = day == null ? ProgrammeCalendar.today(clock) : day;
        return find(id).flatMap(call -> policies.findInForce(id, on).map(policy -> new CallWithPolicy(call, policy)));
    }

    /** Every version of the call's rules, oldest first. */
    @WithSession
    public Uni<List<CallPolicy>> policies(UUID id) {
        return find(id).flatMap(call -> policies.findVersions(id));
    }

    /** Adds a version of the rules from {@code validFrom} on; versions of one call are numbered one at a time. */
    @WithTransaction
    public Uni<CallPolicy> addPolicy(Actor actor, UUID id, LocalDate validFrom, PolicyRules rules) {
        return calls.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException(RESOURCE, id))
                .flatMap(call -> policies.findLatest(id).map(latest -> call.nextPolicy(latest, validFrom, rules,
                        ProgrammeCalendar.today(clock), actor, clock.instant())))
                .call(policies::persist);
    }

    /** The KPI terms of a call; 404 for an unknown one. */
    @WithSession
    public Uni<CallKpiTerms> kpiTerms(UUID id) {
        return find(id).map(CallKpiTerms::of);
    }

    /**
     * The KPI terms of the call that opened last, today or before: the call open today or, between calls, the one
     * that ended last. 422 {@code NO_OPEN_CALL} before the first call opens.
     */
    @WithSession
    public Uni<CallKpiTerms> kpiTermsOfLatestCall() {
        LocalDate today = ProgrammeCalendar.today(clock);
        return calls.findLatestOpenedBy(today).onItem().ifNull().failWith(() -> new BusinessRuleException(
                "NO_OPEN_CALL", "No call of the programme has opened by " + today + ".")).map(CallKpiTerms::of);
    }

    /** The KPI terms of every call that has opened, today or before. */
    @WithSession
    public Uni<List<CallKpiTerms>> kpiTermsOfOpenedCalls() {
        return calls.findOpenedBy(ProgrammeCalendar.today(clock))
                .map(opened -> opened.stream().map(CallKpiTerms::of).toList());
    }

    private Uni<ProgrammeCall> find(UUID id) {
        return calls.findById(id).onItem().ifNull().failWith(() -> new ResourceNotFoundException(RESOURCE, id));
    }
}
