package eu.mobilisesme.support;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payment rows in any status for any payee, written with SQL, for tests of what payments hold up (a change of bank
 * account): a grant of a mobility application of a {@link Mobility} cast's sender, on a budget line of its own. No
 * money moves: the line and the grant commit nothing, so every line stays reconciled.
 */
public final class Payments {

    private static final String CALL = "ca110000-0000-4000-8000-000000002026";
    private static final String RATE_TABLE = "9a7e0000-0000-4000-8000-000000000001";

    private final Mobility cast;
    private final UUID application;
    private final UUID budgetLine = UUID.randomUUID();

    /** A grant of a draft of {@code cast}'s sender (the application only anchors the rows), paid by its facilitator. */
    public Payments(Mobility cast) {
        this.cast = cast;
        this.application = UUID.fromString(cast.draft(cast.participant(), LocalDate.parse("2027-06-01")));
        UUID calculation = UUID.randomUUID();
        Sql.update("insert into budget_line (id, call_id, code, name, funder, currency, amount, committed, paid, "
                + "priority, eligible_countries, version, created_at, created_by, updated_at, updated_by) values "
                + "(?, ?::uuid, ?, 'Test line', 'Test funder', 'EUR', 100000.00, 0, 0, 1, '{}', 0, now(), 'test', "
                + "now(), 'test')", budgetLine, CALL, "T-" + budgetLine);
        Sql.update("insert into grant_calculation (id, rate_table_id, table_version, table_valid_from, host_country, "
                + "disability_rate, monthly_rate, months, days, amount, explanation, created_at) values (?, ?::uuid, "
                + "1, date '2020-01-01', 'AT', false, 900.00, 1, 0, 900.00, '{\"1 month at EUR 900.00\"}', now())",
                calculation, RATE_TABLE);
        Sql.update("insert into mobility_grant (application_id, sending_sme_id, budget_line_id, payer_facilitator_id, "
                + "payee_kind, payee_id, prefinancing_percent, planned_calculation_id, entitlement, committed, paid, "
                + "stage, version, created_at, created_by, updated_at, updated_by) values (?, ?, ?, ?, 'SENDING_SME', "
                + "?, 70, ?, 900.00, 0, 0, 'COMMITTED', 0, now(), 'test', now(), 'test')", application, cast.sender,
                budgetLine, cast.sendingFacilitator, cast.sender, calculation);
    }

    /**
     * A payment of {@code instalment} (PRE_FINANCING, BALANCE or RECOVERY: one live payment each) to the payee
     * {@code payeeKind} (SENDING_SME or PARTICIPANT) {@code payeeId}, in {@code status}; returns its id.
     */
    public UUID payment(String instalment, String payeeKind, UUID payeeId, String status) {
        UUID id = UUID.randomUUID();
        Sql.update("insert into payment (id, application_id, budget_line_id, payer_facilitator_id, instalment, amount, "
                + "currency, payee_kind, payee_id, status, end_to_end_id, version, created_at, created_by, "
                + "updated_at, updated_by) values (?, ?, ?, ?, ?, 630.00, 'EUR', ?, ?, ?, ?, 0, now(), 'test', "
                + "now(), 'test')", id, application, budgetLine, cast.sendingFacilitator, instalment, payeeKind,
                payeeId, status, "E2E-" + id.toString().substring(0, 30));
        return id;
    }

    /** A payment to the cast's sending company. */
    public UUID toSender(String instalment, String status) {
        return payment(instalment, "SENDING_SME", cast.sender, status);
    }

    public static void setStatus(UUID payment, String status) {
        Sql.update("update payment set status = ?, version = version + 1 where id = ?", status, payment);
    }
}
