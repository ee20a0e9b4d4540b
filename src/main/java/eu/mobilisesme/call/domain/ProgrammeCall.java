package eu.mobilisesme.call.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.AuditedEntity;
import eu.mobilisesme.common.domain.BusinessRuleException;

/** A call of the programme, e.g. "MobiliseSME 2026": the period in which companies register and apply. */
@Entity
@Table(name = "programme_call")
public class ProgrammeCall extends AuditedEntity {

    private String code;
    private String title;
    @Column(name = "opens_on")
    private LocalDate opensOn;
    @Column(name = "closes_on")
    private LocalDate closesOn;
    @Column(name = "target_registered_smes")
    private int targetRegisteredSmes;
    @Column(name = "target_participants_sent")
    private int targetParticipantsSent;
    @Column(name = "reports_gender")
    private boolean reportsGender;
    @Column(name = "reports_disability")
    private boolean reportsDisability;
    @Column(name = "minimum_group_size")
    private int minimumGroupSize;

    protected ProgrammeCall() {
    }

    public ProgrammeCall(UUID id, String code, String title, LocalDate opensOn, LocalDate closesOn, CallTargets targets,
            ReportingRules reporting, Actor actor, Instant at) {
        super(id, actor.subject(), at);
        if (closesOn.isBefore(opensOn)) {
            throw new BusinessRuleException("CALL_CLOSES_BEFORE_IT_OPENS", "A call cannot close before it opens.");
        }
        this.code = code;
        this.title = title;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.targetRegisteredSmes = targets.registeredSmes();
        this.targetParticipantsSent = targets.participantsSent();
        this.reportsGender = reporting.byGender();
        this.reportsDisability = reporting.byDisability();
        this.minimumGroupSize = reporting.minimumGroupSize();
    }

    /** The first version of the rules, in force from the day the call opens. */
    public CallPolicy firstPolicy(PolicyRules rules, Actor actor, Instant at) {
        return new CallPolicy(getId(), 1, opensOn, rules, actor, at);
    }

    /**
     * A new version of the rules from {@code validFrom} on. The past cannot be rewritten: a version starts today at the
     * earliest, and after the latest one, so every application keeps the rules it was judged under.
     */
    public CallPolicy nextPolicy(CallPolicy latest, LocalDate validFrom, PolicyRules rules, LocalDate today,
            Actor actor, Instant at) {
        if (validFrom.isBefore(today) || !validFrom.isAfter(latest.getValidFrom())) {
            throw new BusinessRuleException("POLICY_START_NOT_ALLOWED", "A new policy version must start today or "
                    + "later and after " + latest.getValidFrom() + ", when the latest version starts.");
        }
        if (validFrom.isAfter(closesOn)) {
            throw new BusinessRuleException("POLICY_START_NOT_ALLOWED", "The call closes on " + closesOn + ".");
        }
        touch(actor.subject(), at);
        return new CallPolicy(getId(), latest.getPolicyVersion() + 1, validFrom, rules, actor, at);
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public CallTargets targets() {
        return new CallTargets(targetRegisteredSmes, targetParticipantsSent);
    }

    public ReportingRules reporting() {
        return new ReportingRules(reportsGender, reportsDisability, minimumGroupSize);
    }
}
