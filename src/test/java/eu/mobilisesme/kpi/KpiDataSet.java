package eu.mobilisesme.kpi;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Facilitators;
import eu.mobilisesme.support.Sql;
import eu.mobilisesme.support.TestTokens;

/**
 * A data set whose KPIs are known, written straight into the tables so that every date is chosen: a call of its own
 * (opened in 2025, before the seeded call, so never the call in force; targets 9 companies and 8 people), a
 * facilitator in Italy whose companies send, and one in Austria whose company hosts. The figures it must give are in
 * {@link KpiFiguresTest}; the service clock stands at 2027-01-11.
 */
final class KpiDataSet {

    /** The workflow path every application here follows, as far as its status. */
    private static final List<String> PATH = List.of("DRAFT", "SUBMITTED", "UNDER_REVIEW", "ELIGIBLE", "MATCHED",
            "AGREEMENT_SIGNED", "APPROVED", "IN_PROGRESS", "COMPLETED", "REPORTED", "CLOSED");
    /** The day the first application was drafted; each one spends its own number of days in every status. */
    private static final LocalDate FIRST_DRAFT = LocalDate.parse("2026-02-02");

    final UUID callId;
    final UUID sendingFacilitator;
    /** With a comma, quotes and a letter beyond ASCII, as CSV must carry them. */
    final String sendingFacilitatorName;
    final UUID hostFacilitator;
    final String budgetLineCode;

    private final UUID host;

    KpiDataSet() {
        callId = openCall();
        sendingFacilitatorName = "Camera di Commercio, \"Città\" " + UUID.randomUUID();
        sendingFacilitator = UUID.fromString(Api.as(TestTokens.admin())
                .body(Facilitators.body(sendingFacilitatorName, "IT", List.of("IT"))).post("/api/v1/facilitators")
                .then().statusCode(201).extract().path("id"));
        hostFacilitator = Facilitators.create("AT", "AT");
        budgetLineCode = "KPI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        host = sme("AT", "C", "VERIFIED", "2026-04-01", null, "SMALL", hostFacilitator);
        seedBudgetLine();
        seedCompanies();
    }

    private static UUID openCall() {
        String code = "KPI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String id = Api.as(TestTokens.admin()).body(Map.of("code", code, "title", "KPI test call " + code,
                "opensOn", "2025-01-01", "closesOn", "2027-12-31",
                "targets", Map.of("registeredSmes", 9, "participantsSent", 8),
                "policy", Map.of("eligibleCountries", List.of("IT", "AT")))).post("/api/v1/calls")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /**
     * The Italian facilitator's registrations: 4 verified, 2 pending (one overdue), 1 on hold, 1 rejected in the
     * call's period, two of those not rejected in the last four weeks; and, not counted, a large company and one that
     * registered before the call opened. Their people and applications follow.
     */
    private void seedCompanies() {
        UUID c1 = sme("IT", "C", "VERIFIED", "2026-03-01", null, "SMALL", sendingFacilitator);
        UUID c2 = sme("IT", "C", "VERIFIED", "2026-05-01", null, "MICRO", sendingFacilitator);
        UUID j1 = sme("IT", "J", "VERIFIED", "2026-09-01", null, "SMALL", sendingFacilitator);
        UUID j2 = sme("IT", "J", "VERIFIED", "2027-01-02", null, "MEDIUM", sendingFacilitator);
        UUID pending = sme("IT", "C", "PENDING_VERIFICATION", "2027-01-05", "2027-01-26", "SMALL", sendingFacilitator);
        sme("IT", "G", "PENDING_VERIFICATION", "2026-12-01", "2026-12-22", "SMALL", sendingFacilitator);
        sme("IT", "G", "ON_HOLD", "2026-11-01", null, "SMALL", sendingFacilitator);
        sme("IT", "C", "REJECTED", "2027-01-03", null, "SMALL", sendingFacilitator);
        sme("IT", "C", "VERIFIED", "2026-03-01", null, "LARGE", sendingFacilitator);
        sme("IT", "C", "VERIFIED", "2024-12-20", null, "SMALL", sendingFacilitator);

        // Sent: seven people, five women, a man and an owner who declared no gender and has a disability.
        application(1, c1, "EMPLOYEE", "FEMALE", "CLOSED", "2026-06-01", false);
        application(2, c1, "EMPLOYEE", "FEMALE", "REPORTED", "2026-07-01", false);
        application(3, c2, "EMPLOYEE", "FEMALE", "COMPLETED", "2026-08-01", false);
        application(4, c2, "EMPLOYEE", "FEMALE", "IN_PROGRESS", "2026-11-01", false);
        application(5, j1, "EMPLOYEE", "FEMALE", "APPROVED", "2026-12-20", false);
        application(6, j1, "EMPLOYEE", "MALE", "APPROVED", "2027-01-04", false);
        application(7, j2, "OWNER", null, "APPROVED", "2026-12-01", true);
        // Not sent.
        application(8, j2, "EMPLOYEE", "FEMALE", "UNDER_REVIEW", null, false);
        dueOn(8, "2027-01-05");
        application(9, pending, "MANAGER", "MALE", "SUBMITTED", null, false);
        dueOn(9, "2027-01-20");
        application(10, c1, "EMPLOYEE", "OTHER", "DRAFT", null, false);
        application(11, c2, "MANAGER", "FEMALE", "REJECTED", null, false);
        application(12, j1, "EMPLOYEE", "MALE", "WITHDRAWN", null, false);
        application(13, j2, "EMPLOYEE", "FEMALE", "CANCELLED", null, false);
    }

    private void seedBudgetLine() {
        Sql.update("insert into budget_line (id, call_id, code, name, funder, currency, amount, committed, paid, "
                + "priority, eligible_countries, version, created_at, created_by, updated_at, updated_by) "
                + "values (?, ?, ?, 'KPI test line', 'European Commission', 'EUR', 100000.00, 3000.00, 2000.00, 1, "
                + "'{}', 0, now(), 'test', now(), 'test')", UUID.randomUUID(), callId, budgetLineCode);
    }

    private static UUID sme(String country, String naceSection, String status, String submittedOn, String reviewDueOn,
            String sizeClass, UUID facilitator) {
        UUID id = UUID.randomUUID();
        boolean large = "LARGE".equals(sizeClass);
        Sql.update("insert into sme (id, legal_name, country, street, postal_code, city, vat_number, nace_code, "
                + "nace_version, nace_section, founding_year, staff_headcount, annual_turnover, balance_sheet_total, "
                + "size_class, languages, collaboration_offered, collaboration_sought, target_markets, sends_staff, "
                + "hosts_staff, hosting_capacity, catalogue_consent, facilitator_id, status, submitted_at, "
                + "review_due_on, version, created_at, created_by, updated_at, updated_by) "
                + "values (?, ?, ?, 'Via Roma 1', '00100', 'Roma', ?, '25.11', 'REV_2', ?, 2000, 20, 1000000, 1000000, "
                + "?, '{it}', '{MARKET_RESEARCH}', '{MARKET_RESEARCH}', '{}', ?, true, 2, true, ?, ?, ?, ?, 0, now(), "
                + "'test', now(), 'test')",
                id, "KPI company " + id, country, country + id.toString().substring(0, 11).replace("-", ""),
                naceSection, sizeClass, !large, facilitator, status, noon(submittedOn),
                reviewDueOn == null ? null : LocalDate.parse(reviewDueOn));
        return id;
    }

    private static UUID person(UUID sme, String role, String gender) {
        UUID id = UUID.randomUUID();
        Sql.update("insert into participant (id, sme_id, first_name, last_name, email, role, languages, "
                + "has_disability, catalogue_consent, gender, version, created_at, created_by, updated_at, updated_by) "
                + "values (?, ?, 'Ada', 'Test', ?, ?, '{it:B2}', false, false, ?, 0, now(), 'test', now(), 'test')",
                id, sme, id + "@kpi.example.eu", role, gender);
        return id;
    }

    /**
     * Application number {@code n}, of a new person of {@code sender} to the Austrian host, along the workflow path to
     * {@code status}: drafted on FIRST_DRAFT plus n days, then n days in each status. Rejected, withdrawn and
     * cancelled applications leave the path from under review, the draft and approval. With a grant approved on
     * {@code approvedOn} when it was sent.
     */
    private void application(int n, UUID sender, String role, String gender, String status, String approvedOn,
            boolean disabilityRate) {
        UUID id = applicationId(n);
        UUID participant = person(sender, role, gender);
        List<String> history = historyTo(status);
        boolean hosted = history.contains("MATCHED");
        Sql.update("insert into mobility_application (id, call_id, policy_version, sending_sme_id, participant_id, "
                + "host_sme_id, collaboration_type, sending_facilitator_id, host_facilitator_id, status, "
                + "project_revision, objectives_for_sender, objectives_for_host, expected_outcomes, activity_plan, "
                + "planned_stay, version, created_at, created_by, updated_at, updated_by, signed_parties, "
                + "reported_parties) values (?, ?, 1, ?, ?, ?, 'MARKET_RESEARCH', ?, ?, ?, 1, '{Learn}', '{Learn}', "
                + "'Trade', 'Plan', '{2026-09-01/2026-10-15}', 0, now(), 'test', now(), 'test', '{}', '{}')",
                id, callId, sender, participant, hosted ? host : null,
                "DRAFT".equals(status) ? null : sendingFacilitator, hosted ? hostFacilitator : null, status);
        LocalDate day = FIRST_DRAFT.plusDays(n);
        String from = null;
        for (String to : history) {
            step(id, day, from, to);
            if ("MATCHED".equals(to)) {
                // A step that keeps the status (a revision of the project) does not split the stay in it.
                step(id, day.plusDays(n / 2), to, to);
            }
            from = to;
            day = day.plusDays(n);
        }
        if (approvedOn != null) {
            grant(id, sender, participant, approvedOn, disabilityRate);
        }
    }

    private static List<String> historyTo(String status) {
        return switch (status) {
            case "REJECTED" -> List.of("DRAFT", "SUBMITTED", "UNDER_REVIEW", "REJECTED");
            case "WITHDRAWN" -> List.of("DRAFT", "WITHDRAWN");
            case "CANCELLED" -> List.of("DRAFT", "SUBMITTED", "UNDER_REVIEW", "ELIGIBLE", "MATCHED",
                    "AGREEMENT_SIGNED", "APPROVED", "CANCELLED");
            default -> PATH.subList(0, PATH.indexOf(status) + 1);
        };
    }

    private static void step(UUID application, LocalDate day, String from, String to) {
        Sql.update("insert into mobility_application_step (id, application_id, occurred_at, actor, actor_role, "
                + "from_status, to_status) values (?, ?, ?, 'test', 'facilitator', ?, ?)",
                UUID.randomUUID(), application, noon(day.toString()), from, to);
    }

    private void grant(UUID application, UUID sender, UUID participant, String approvedOn, boolean disabilityRate) {
        UUID calculation = UUID.randomUUID();
        BigDecimal amount = new BigDecimal("1350.00");
        Sql.update("insert into grant_calculation (id, rate_table_id, table_version, table_valid_from, host_country, "
                + "disability_rate, monthly_rate, months, days, amount, explanation, created_at) values (?, "
                + "'9a7e0000-0000-4000-8000-000000000001', 1, date '2020-01-01', 'AT', ?, 900.00, 1, 15, ?, "
                + "'{test}', ?)", calculation, disabilityRate, amount, noon(approvedOn));
        Sql.update("insert into mobility_grant (application_id, budget_line_id, payer_facilitator_id, payee_kind, "
                + "payee_id, prefinancing_percent, planned_calculation_id, entitlement, committed, paid, version, "
                + "created_at, created_by, updated_at, updated_by, stage, sending_sme_id) values (?, "
                + "(select id from budget_line where code = ?), ?, 'SENDING_SME', ?, 70, ?, ?, ?, 0, 0, ?, 'test', "
                + "now(), 'test', 'COMMITTED', ?)", application, budgetLineCode, sendingFacilitator, sender,
                calculation, amount, amount, noon(approvedOn), sender);
    }

    private void dueOn(int n, String day) {
        Sql.update("update mobility_application set due_on = ? where id = ?", LocalDate.parse(day), applicationId(n));
    }

    private UUID applicationId(int n) {
        return UUID.nameUUIDFromBytes((callId + "/" + n).getBytes(StandardCharsets.UTF_8));
    }

    private static OffsetDateTime noon(String day) {
        return LocalDate.parse(day).atTime(12, 0).atOffset(ZoneOffset.UTC);
    }
}
