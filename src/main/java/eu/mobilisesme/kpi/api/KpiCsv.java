package eu.mobilisesme.kpi.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import eu.mobilisesme.kpi.domain.Breakdown;

/**
 * The breakdowns as CSV (RFC 4180): a header row, one row per category, CRLF line ends, fields quoted where they hold a
 * comma, a quote or a line break. An empty cell is a count that does not apply or that is suppressed (then
 * {@code participants_suppressed} says so).
 */
final class KpiCsv {

    static final String MEDIA_TYPE = "text/csv";

    /** Quotes only the fields that need it, so that ids and codes read as they are. */
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema SCHEMA = CsvSchema.builder()
            .addColumn("dimension").addColumn("key").addColumn("label").addColumn("registered_smes")
            .addColumn("participants_sent").addColumn("participants_suppressed")
            .build().withHeader().withLineSeparator("\r\n");

    private KpiCsv() {
    }

    static String of(List<Breakdown> breakdowns) {
        List<Map<String, Object>> rows = breakdowns.stream().flatMap(breakdown -> breakdown.groups().stream()
                .map(group -> row(breakdown, group))).toList();
        try {
            return MAPPER.writer(SCHEMA).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The KPI breakdowns could not be written as CSV", e);
        }
    }

    private static Map<String, Object> row(Breakdown breakdown, Breakdown.Group group) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("dimension", breakdown.dimension().name());
        row.put("key", group.key());
        row.put("label", group.label());
        row.put("registered_smes", group.registeredSmes());
        row.put("participants_sent", group.participantsSent());
        row.put("participants_suppressed", group.participantsSuppressed());
        return row;
    }
}
