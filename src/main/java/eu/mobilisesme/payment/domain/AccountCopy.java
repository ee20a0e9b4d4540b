package eu.mobilisesme.payment.domain;

/** A bank account as a payment (its creditor, copied at approval) or a batch (its debtor) keeps it. */
public record AccountCopy(String name, String iban, String bic) {
}
