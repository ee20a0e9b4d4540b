package eu.mobilisesme.bankaccount.service;

/**
 * An account as a payment or a bank file uses it.
 *
 * @param holderName the account holder's name, at most 70 characters (SEPA {@code Nm})
 * @param iban       the IBAN in electronic form (ISO 13616: upper case, no spaces), checked
 * @param bic        the bank's BIC (ISO 9362), upper case; null when the owner gave none (SEPA does not need it)
 */
public record AccountDetails(String holderName, String iban, String bic) {
}
