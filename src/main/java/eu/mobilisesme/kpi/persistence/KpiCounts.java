package eu.mobilisesme.kpi.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.kpi.domain.Dimension;
import eu.mobilisesme.kpi.domain.KpiFigures;
import eu.mobilisesme.kpi.domain.KpiFigures.BudgetLineUse;
import eu.mobilisesme.kpi.domain.KpiFigures.SmeCounts;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Counts a call's KPIs for every scope at once, with one aggregate query per kind of figure. Each row is counted for
 * the programme and for the facilitators of its companies (lateral {@code scope}), and, where it is broken down, once
 * per dimension (lateral {@code dimension}), so one pass groups everything. A company belongs to the scope of its
 * facilitator; an application to those of its sending and its host company's facilitators; an overdue review to its
 * reviewer's.
 * <p>
 * The queries read the registry, the applications, the grants and the budget lines directly: they only count, and
 * only the refresh runs them, in the background.
 */
@ApplicationScoped
public class KpiCounts {

    /** The scope of the whole programme; a facilitator's scope is its id. */
    public static final String PROGRAMME = "programme";

    private static final String APPLICATION_SCOPES = "cross join lateral (select distinct scope_key from unnest("
            + "array['" + PROGRAMME + "', s.facilitator_id::text, h.facilitator_id::text]) scope_key "
            + "where scope_key is not null) scope ";

    /** SMEs registered in the call's period (large companies may only host: they are not SMEs). */
    private static final String SMES = "select scope.key, dimension.name, dimension.key, "
            + "count(*) filter (where s.status = 'PENDING_VERIFICATION'), count(*) filter (where s.status = 'VERIFIED'), "
            + "count(*) filter (where s.status = 'ON_HOLD'), count(*) filter (where s.status = 'REJECTED'), "
            + "count(*) filter (where s.status <> 'REJECTED' and s.submitted_at >= $3) "
            + "from sme s "
            + "cross join lateral (values ('" + PROGRAMME + "'), (s.facilitator_id::text)) scope(key) "
            + "cross join lateral (values ('TOTAL', ''), ('COUNTRY', s.country), "
            + "('NACE_SECTION', coalesce(s.nace_section, '" + Dimension.Category.UNKNOWN + "')), "
            + "('FACILITATOR', coalesce(s.facilitator_id::text, '" + Dimension.Category.UNASSIGNED + "'))) "
            + "dimension(name, key) "
            + "where s.size_class <> 'LARGE' and s.submitted_at >= $1 and s.submitted_at < $2 and scope.key is not null "
            + "group by 1, 2, 3";

    /**
     * Participants sent: of approved mobilities and those that went further. Disability as the grant was computed,
     * which outlives the erasure of the person's data; the last four weeks by the grant's approval.
     */
    private static final String PARTICIPANTS = "select scope.scope_key, dimension.name, dimension.key, "
            + "count(distinct a.participant_id), count(distinct a.participant_id) filter (where g.created_at >= $2) "
            + "from mobility_application a "
            + "join sme s on s.id = a.sending_sme_id "
            + "left join sme h on h.id = a.host_sme_id "
            + "join participant p on p.id = a.participant_id "
            + "left join mobility_grant g on g.application_id = a.id "
            + "left join grant_calculation c on c.id = g.planned_calculation_id "
            + APPLICATION_SCOPES
            + "cross join lateral (values ('TOTAL', ''), ('COUNTRY', s.country), "
            + "('NACE_SECTION', coalesce(s.nace_section, '" + Dimension.Category.UNKNOWN + "')), "
            + "('FACILITATOR', coalesce(s.facilitator_id::text, '" + Dimension.Category.UNASSIGNED + "')), "
            + "('COLLABORATION_TYPE', a.collaboration_type), ('PARTICIPANT_ROLE', p.role), "
            + "('GENDER', coalesce(p.gender, '" + Dimension.Category.NOT_DECLARED + "')), "
            + "('DISABILITY', case when c.disability_rate then '" + Dimension.Category.YES + "' "
            + "when not c.disability_rate then '" + Dimension.Category.NO + "' else '" + Dimension.Category.UNKNOWN
            + "' end)) dimension(name, key) "
            + "where a.call_id = $1 and a.status in ('APPROVED', 'IN_PROGRESS', 'COMPLETED', 'REPORTED', 'CLOSED') "
            + "group by 1, 2, 3";

    private static final String CURRENT_STATUSES = "select scope.scope_key, a.status, count(*) "
            + "from mobility_application a "
            + "join sme s on s.id = a.sending_sme_id "
            + "left join sme h on h.id = a.host_sme_id "
            + APPLICATION_SCOPES
            + "where a.call_id = $1 group by 1, 2";

    /**
     * Every status an application entered, and how long it stayed in each it left: the time from the step that
     * changed its status to the next one that did (steps that keep the status do not count).
     */
    private static final String STAYS = "with change as ("
            + "select st.application_id, st.from_status, st.to_status, st.occurred_at, "
            + "lag(st.occurred_at) over (partition by st.application_id order by st.seq) as entered_at "
            + "from mobility_application_step st join mobility_application a on a.id = st.application_id "
            + "where a.call_id = $1 and st.from_status is distinct from st.to_status) "
            + "select scope.scope_key, stage.status, "
            + "count(distinct ch.application_id) filter (where stage.kind = 'ENTERED'), "
            + "percentile_cont(0.5) within group (order by extract(epoch from ch.occurred_at - ch.entered_at) / 86400) "
            + "filter (where stage.kind = 'LEFT'), "
            + "count(*) filter (where stage.kind = 'LEFT') "
            + "from change ch "
            + "join mobility_application a on a.id = ch.application_id "
            + "join sme s on s.id = a.sending_sme_id "
            + "left join sme h on h.id = a.host_sme_id "
            + APPLICATION_SCOPES
            + "cross join lateral (values ('ENTERED', ch.to_status), ('LEFT', ch.from_status)) stage(kind, status) "
            + "where stage.status is not null and (stage.kind = 'ENTERED' or ch.entered_at is not null) "
            + "group by 1, 2";

    /** Registrations waiting for verification and applications waiting for their review, past the due date. */
    private static final String OVERDUE = "select scope.key, count(*) filter (where waiting.kind = 'REGISTRATION'), "
            + "count(*) filter (where waiting.kind = 'APPLICATION') "
            + "from (select 'REGISTRATION' as kind, s.facilitator_id as reviewer from sme s "
            + "where s.status = 'PENDING_VERIFICATION' and s.review_due_on < $2 "
            + "union all select 'APPLICATION', a.sending_facilitator_id from mobility_application a "
            + "where a.call_id = $1 and a.status in ('SUBMITTED', 'UNDER_REVIEW') and a.due_on < $2) waiting "
            + "cross join lateral (values ('" + PROGRAMME + "'), (waiting.reviewer::text)) scope(key) "
            + "where scope.key is not null group by 1";

    private static final String BUDGET_LINES = "select code, name, funder, amount, committed, paid from budget_line "
            + "where call_id = $1 order by priority, code";

    private static final String FACILITATORS = "select id::text, name from facilitator";

    /**
     * The figures of every scope: the programme and each facilitator (one with no companies gets empty figures), the
     * stages in {@code statusOrder}, and the breakdowns by gender and disability only where {@code reported}.
     */
    public Uni<Map<String, KpiFigures>> count(SqlClient database, CountingWindow window, List<String> statusOrder,
            List<Dimension> reported) {
        Map<String, ScopeTally> tallies = new HashMap<>();
        Map<String, String> facilitatorNames = new HashMap<>();
        UUID call = window.callId();
        return query(database, SMES, Tuple.of(utc(window.registeredFrom()), utc(window.registeredUntil()), utc(window.recentFrom())),
                tallies, (tally, row) -> {
                    Dimension dimension = dimension(row.getString(1));
                    if (dimension == null) {
                        tally.smes(new SmeCounts(row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6),
                                row.getLong(7)));
                    } else {
                        tally.smesOf(dimension, row.getString(2), row.getLong(3) + row.getLong(4) + row.getLong(5));
                    }
                })
                .chain(() -> query(database, PARTICIPANTS, Tuple.of(call, utc(window.recentFrom())), tallies,
                        (tally, row) -> {
                            Dimension dimension = dimension(row.getString(1));
                            if (dimension == null) {
                                tally.participantsSent(row.getLong(3), row.getLong(4));
                            } else if (reported.contains(dimension)) {
                                tally.participantsOf(dimension, row.getString(2), row.getLong(3));
                            }
                        }))
                .chain(() -> query(database, CURRENT_STATUSES, Tuple.of(call), tallies,
                        (tally, row) -> tally.current(row.getString(1), row.getLong(2))))
                .chain(() -> query(database, STAYS, Tuple.of(call), tallies,
                        (tally, row) -> tally.stays(row.getString(1), row.getLong(2), row.getDouble(3),
                                row.getLong(4))))
                .chain(() -> query(database, OVERDUE, Tuple.of(call, window.today()), tallies,
                        (tally, row) -> tally.overdue(row.getLong(1), row.getLong(2))))
                .chain(() -> database.preparedQuery(FACILITATORS).execute())
                .invoke(rows -> rows.forEach(row -> {
                    facilitatorNames.put(row.getString(0), row.getString(1));
                    tallies.computeIfAbsent(row.getString(0), scope -> new ScopeTally());
                }))
                .chain(() -> database.preparedQuery(BUDGET_LINES).execute(Tuple.of(call)))
                .map(rows -> {
                    List<BudgetLineUse> lines = new ArrayList<>();
                    rows.forEach(row -> lines.add(new BudgetLineUse(row.getString(0), row.getString(1),
                            row.getString(2), row.getBigDecimal(3), row.getBigDecimal(4), row.getBigDecimal(5))));
                    tallies.computeIfAbsent(PROGRAMME, scope -> new ScopeTally());
                    Map<String, KpiFigures> figures = new HashMap<>();
                    tallies.forEach((scope, tally) -> figures.put(scope,
                            tally.figures(statusOrder, facilitatorNames, lines)));
                    return figures;
                });
    }

    /** Runs one query and hands each row to the tally of its scope (the first column). */
    private static Uni<Void> query(SqlClient database, String sql, Tuple parameters, Map<String, ScopeTally> tallies,
            BiConsumer<ScopeTally, Row> take) {
        return database.preparedQuery(sql).execute(parameters).invoke(rows -> rows.forEach(row ->
                take.accept(tallies.computeIfAbsent(row.getString(0), scope -> new ScopeTally()), row)))
                .replaceWithVoid();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The dimension a row is about; null for the scope's totals. */
    private static Dimension dimension(String name) {
        return "TOTAL".equals(name) ? null : Dimension.valueOf(name);
    }
}
