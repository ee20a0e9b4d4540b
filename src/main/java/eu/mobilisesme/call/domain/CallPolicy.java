package eu.mobilisesme.call.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import eu.mobilisesme.common.domain.GrantPayee;
import eu.mobilisesme.common.domain.Actor;

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
    @Column(name = "min_duration_months")
    private int minDurationMonths;
    @Column(name = "max_duration_months")
    private int maxDurationMonths;
    @Column(name = "split_allowed")
    private boolean splitAllowed;
    @Column(name = "min_part_days")
    private int minPartDays;
    @Column(name = "parts_window_months")
    private int partsWindowMonths;
    @Column(name = "max_open_proposals")
    private int maxOpenProposals;
    @Column(name = "report_due_days")
    private int reportDueDays;
    @Column(name = "stay_dates_tolerance_days")
    private int stayDatesToleranceDays;
    @Enumerated(EnumType.STRING)
    @Column(name = "grant_payee")
    private GrantPayee grantPayee;
    @Column(name = "prefinancing_percent")
    private int prefinancingPercent;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected CallPolicy() {
    }

    public CallPolicy(UUID callId, int policyVersion, LocalDate validFrom, PolicyRules rules, Actor actor,
            Instant at) {
        this.id = UUID.randomUUID();
        this.callId = callId;
        this.policyVersion = policyVersion;
        this.validFrom = validFrom;
        this.eligibleCountries = rules.eligibleCountries().toArray(String[]::new);
        this.reviewWorkingDays = rules.reviewWorkingDays();
        this.maxParticipantsPerSme = rules.maxParticipantsPerSme();
        this.minDurationMonths = rules.minDurationMonths();
        this.maxDurationMonths = rules.maxDurationMonths();
        this.splitAllowed = rules.splitAllowed();
        this.minPartDays = rules.minPartDays();
        this.partsWindowMonths = rules.partsWindowMonths();
        this.maxOpenProposals = rules.maxOpenProposals();
        this.reportDueDays = rules.reportDueDays();
        this.stayDatesToleranceDays = rules.stayDatesToleranceDays();
        this.grantPayee = rules.grantPayee();
        this.prefinancingPercent = rules.prefinancingPercent();
        this.createdBy = actor.subject();
        this.createdAt = at;
    }

    public boolean isEligible(String country) {
        return Set.of(eligibleCountries).contains(country);
    }

    public PolicyRules rules() {
        return new PolicyRules(List.of(eligibleCountries), reviewWorkingDays, maxParticipantsPerSme,
                minDurationMonths, maxDurationMonths, splitAllowed, minPartDays, partsWindowMonths, maxOpenProposals,
                reportDueDays, stayDatesToleranceDays, grantPayee, prefinancingPercent);
    }

    public UUID getCallId() {
        return callId;
    }

    public int getPolicyVersion() {
        return policyVersion;
    }

    public LocalDate getValidFrom() {
        return validFrom;
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

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
