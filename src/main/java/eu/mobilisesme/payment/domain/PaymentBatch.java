package eu.mobilisesme.payment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A bank file of one paying facilitator: its approved payments, marked exported when the batch was made. Written
 * once, in the same statement that marks the payments, and never changed, so its file can be produced again.
 */
@Entity
@Immutable
@Table(name = "payment_batch")
public class PaymentBatch {

    @Id
    private UUID id;
    @Column(name = "payer_facilitator_id")
    private UUID payerFacilitatorId;
    @Column(name = "message_id")
    private String messageId;
    @Column(name = "payment_count")
    private int paymentCount;
    @Column(name = "control_sum")
    private BigDecimal controlSum;
    @Column(name = "requested_execution_date")
    private LocalDate requestedExecutionDate;
    @Column(name = "debtor_name")
    private String debtorName;
    @Column(name = "debtor_iban")
    private String debtorIban;
    @Column(name = "debtor_bic")
    private String debtorBic;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected PaymentBatch() {
    }

    public UUID getId() {
        return id;
    }

    public UUID getPayerFacilitatorId() {
        return payerFacilitatorId;
    }

    public String getMessageId() {
        return messageId;
    }

    public int getPaymentCount() {
        return paymentCount;
    }

    public BigDecimal getControlSum() {
        return controlSum;
    }

    public LocalDate getRequestedExecutionDate() {
        return requestedExecutionDate;
    }

    public AccountCopy debtor() {
        return new AccountCopy(debtorName, debtorIban, debtorBic);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
