package eu.mobilisesme.call.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One version of a call's rules. Versions are never changed: a new rule is a new version with a later
 * {@code validFrom}, so whatever was judged under an older version can still say which rules applied.
 */
@Entity
@Table(name = "call_policy")
public class CallPolicy {

    @Id
    private UUID id;
    @Column(name = "call_id")
    private UUID callId;
    @Column(name = "policy_version")
    private int policyVersion;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "eligible_countries")
    private String[] eligibleCountries;
    @Column(name = "review_working_days")
    private int reviewWorkingDays;
    @Column(name = "max_participants_per_sme")
    private int maxParticipantsPerSme;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected CallPolicy() {
    }

    public boolean isEligible(String country) {
        return Set.of(eligibleCountries).contains(country);
    }

    public int getPolicyVersion() {
        return policyVersion;
    }

    public Set<String> getEligibleCountries() {
        return Set.of(eligibleCountries);
    }

    /** Working days a facilitator has to answer a registration or an application. */
    public int getReviewWorkingDays() {
        return reviewWorkingDays;
    }

    public int getMaxParticipantsPerSme() {
        return maxParticipantsPerSme;
    }
}
