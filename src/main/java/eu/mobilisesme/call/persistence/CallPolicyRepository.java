package eu.mobilisesme.call.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.call.domain.CallPolicy;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class CallPolicyRepository implements PanacheRepositoryBase<CallPolicy, UUID> {

    /** The policy in force on {@code day} of the call open on that day (the latest opened one if calls overlap). */
    public Uni<CallPolicy> findInForce(LocalDate day) {
        return find("""
                select p from CallPolicy p, ProgrammeCall c
                where p.callId = c.id and c.opensOn <= :day and c.closesOn >= :day and p.validFrom <= :day
                order by c.opensOn desc, p.validFrom desc""", Parameters.with("day", day)).firstResult();
    }

    /** The version of one call's policy in force on {@code day}; null before its first version starts. */
    public Uni<CallPolicy> findInForce(UUID callId, LocalDate day) {
        return find("callId = ?1 and validFrom <= ?2 order by validFrom desc", callId, day).firstResult();
    }

    /** Every version of a call's policy, oldest first. */
    public Uni<List<CallPolicy>> findVersions(UUID callId) {
        return list("callId = ?1 order by policyVersion", callId);
    }

    public Uni<CallPolicy> findVersion(UUID callId, int policyVersion) {
        return find("callId = ?1 and policyVersion = ?2", callId, policyVersion).firstResult();
    }

    public Uni<CallPolicy> findLatest(UUID callId) {
        return find("callId = ?1 order by policyVersion desc", callId).firstResult();
    }
}
