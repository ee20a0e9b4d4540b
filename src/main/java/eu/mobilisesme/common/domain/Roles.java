package eu.mobilisesme.common.domain;

/** The roles a token may carry in its {@code groups} claim. */
public final class Roles {

    /** A person acting for one SME (the SME's id is in the token's {@code sme_id} claim). */
    public static final String SME = "sme";
    /** A person acting for one facilitator organisation ({@code facilitator_id} claim). */
    public static final String FACILITATOR = "facilitator";
    /** Runs the call: policies, rate tables, budgets, facilitators. */
    public static final String PROGRAMME_ADMIN = "programme-admin";
    /** A machine client of a partner portal; what it may do is in its {@code scope} claim. */
    public static final String PARTNER = "partner";

    private Roles() {
    }
}
