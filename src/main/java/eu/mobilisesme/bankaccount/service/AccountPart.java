package eu.mobilisesme.bankaccount.service;

/** The part an actor plays for an owner's bank accounts. */
enum AccountPart {
    /**
     * The owner's own side: a company's users for the company and for its participants (who are not users of the
     * service), a facilitator's users for their organisation.
     */
    HOLDER,
    /** The facilitator now in charge of the company (of the participant's company). */
    FACILITATOR_IN_CHARGE,
    ADMIN
}
