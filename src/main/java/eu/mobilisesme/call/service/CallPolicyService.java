package eu.mobilisesme.call.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.call.persistence.CallPolicyRepository;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.ProgrammeCalendar;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The rules of the call in force, for other features: they ask here instead of keeping rules as constants, and get
 * {@link CallRules}, never the policy entity.
 */
@ApplicationScoped
public class CallPolicyService {

    private final CallPolicyRepository repository;
    private final Clock clock;

    public CallPolicyService(CallPolicyRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The version an application was judged under. */
    @WithSession
    public Uni<CallRules> version(UUID callId, int policyVersion) {
        return repository.findVersion(callId, policyVersion)
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "Policy version " + policyVersion + " of call " + callId + " is missing"))
                .map(CallRules::of);
    }

    /** The policy in force today; a 422 {@code NO_OPEN_CALL} when no call is open. */
    @WithSession
    public Uni<CallRules> current() {
        LocalDate today = ProgrammeCalendar.today(clock);
        return repository.findInForce(today).onItem().ifNull().failWith(() -> new BusinessRuleException(
                "NO_OPEN_CALL", "No call of the programme is open on " + today + "."))
                .map(CallRules::of);
    }
}
