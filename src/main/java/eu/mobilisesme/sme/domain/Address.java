package eu.mobilisesme.sme.domain;

/** Where a company is established; the country is the company's own. */
public record Address(String street, String postalCode, String city) {
}
