package eu.mobilisesme.budget.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.AuditedEntity;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.Euros;

/**
 * Money a funder gives a call, e.g. the EU call budget or Forum AIC's line for sending companies of Italy and the
 * Adriatic-Ionian countries (DOMAIN rule 10). Committed and paid move only in the database, by conditional updates
 * that never take a line beyond its amount: this entity never writes them, so a change of name or amount cannot
 * overwrite a reservation made meanwhile.
 */
@Entity
@Table(name = "budget_line")
public class BudgetLine extends AuditedEntity {

    @Column(name = "call_id")
    private UUID callId;
    private String code;
    private String name;
    private String funder;
    private String currency;
    private BigDecimal amount;
    @Column(updatable = false)
    private BigDecimal committed;
    @Column(updatable = false)
    private BigDecimal paid;
    private int priority;
    /** Countries of the sending company the line may fund; none: every country of the call. */
    @Column(name = "eligible_countries")
    private String[] eligibleCountries;

    protected BudgetLine() {
    }

    public BudgetLine(UUID id, UUID callId, String code, BudgetLineTerms terms, Actor actor, Instant at) {
        super(id, actor.subject(), at);
        this.callId = callId;
        this.code = code;
        this.currency = Euros.CURRENCY;
        this.committed = Euros.ZERO;
        this.paid = Euros.ZERO;
        apply(terms);
    }

    /** New terms; the amount cannot fall below what is already committed and paid. */
    public void amend(BudgetLineTerms terms, Actor actor, Instant at) {
        if (terms.amount().compareTo(committed.add(paid)) < 0) {
            throw new BusinessRuleException("BUDGET_BELOW_USE", "The line has EUR " + Euros.format(committed.add(paid))
                    + " committed or paid; its amount cannot be lower.");
        }
        apply(terms);
        touch(actor.subject(), at);
    }

    private void apply(BudgetLineTerms terms) {
        this.name = terms.name();
        this.funder = terms.funder();
        this.amount = Euros.rounded(terms.amount());
        this.priority = terms.priority();
        this.eligibleCountries = terms.eligibleCountries().toArray(String[]::new);
    }

    public UUID getCallId() {
        return callId;
    }

    public String getCode() {
        return code;
    }

    public String getCurrency() {
        return currency;
    }

    public BudgetLineTerms terms() {
        return new BudgetLineTerms(name, funder, amount, priority, List.of(eligibleCountries));
    }

    public BigDecimal getCommitted() {
        return committed;
    }

    public BigDecimal getPaid() {
        return paid;
    }

    public BigDecimal available() {
        return amount.subtract(committed).subtract(paid);
    }

    public boolean funds(String sendingCountry) {
        return eligibleCountries.length == 0 || Arrays.asList(eligibleCountries).contains(sendingCountry);
    }
}
