package eu.mobilisesme.sme.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import eu.mobilisesme.common.domain.CollaborationType;
import eu.mobilisesme.sme.domain.Address;
import eu.mobilisesme.sme.domain.ExchangeRole;
import eu.mobilisesme.sme.domain.NaceCode;
import eu.mobilisesme.sme.domain.NaceVersion;
import eu.mobilisesme.sme.domain.SizeClass;
import eu.mobilisesme.sme.domain.SmeDetails;
import eu.mobilisesme.sme.domain.SmeSnapshot;
import eu.mobilisesme.sme.domain.VerificationStatus;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Company rows read as {@link SmeSnapshot}s, without the entity: a read needs neither the persistence context nor
 * change tracking, which cost more than the query itself on a page of companies. The columns are those the entity
 * {@code Sme} maps; its writes stay the only way rows change.
 */
final class SmeRows {

    /** The columns of a snapshot, of the company row {@code s}, in the order {@link #snapshot} reads them. */
    static final String COLUMNS = "s.id, s.legal_name, s.trading_name, s.country, s.nuts_region, s.street, "
            + "s.postal_code, s.city, s.website, s.vat_number, s.nace_code, s.nace_version, s.nace_section, "
            + "s.founding_year, s.staff_headcount, s.annual_turnover, s.balance_sheet_total, s.languages, "
            + "s.collaboration_offered, s.collaboration_sought, s.target_markets, s.sends_staff, s.hosts_staff, "
            + "s.hosting_capacity, s.description, s.catalogue_consent, s.size_class, s.facilitator_id, s.status, "
            + "s.submitted_at, s.review_due_on, s.external_client, s.external_ref, s.version, s.created_at, "
            + "s.updated_at";

    private SmeRows() {
    }

    /**
     * The snapshot in the first columns of {@code row}, which are {@link #COLUMNS}. They are read by position, in
     * order (Java evaluates arguments from left to right): looking a column up by its name searches the row's column
     * names, which took a fifth of a catalogue page's time.
     */
    static SmeSnapshot snapshot(Row row) {
        var next = new Columns(row);
        UUID id = next.uuid();
        var details = new SmeDetails(next.string(), next.string(), next.string(), next.string(),
                new Address(next.string(), next.string(), next.string()), next.string(), next.string(),
                new NaceCode(next.string(), NaceVersion.valueOf(next.string()), next.string()),
                next.integer(), next.integer(), next.decimal(), next.decimal(), List.of(next.strings()),
                CollaborationType.named(next.strings()), CollaborationType.named(next.strings()),
                List.of(next.strings()), ExchangeRole.of(next.bool(), next.bool()), next.integer(), next.string(),
                next.bool());
        return new SmeSnapshot(id, details, SizeClass.valueOf(next.string()), next.uuid(),
                VerificationStatus.valueOf(next.string()), next.instant(), next.date(), next.string(), next.string(),
                next.number(), next.instant(), next.instant());
    }

    /** The columns of a row, one after the other. */
    private static final class Columns {

        private final Row row;
        private int position;

        Columns(Row row) {
            this.row = row;
        }

        String string() {
            return row.getString(position++);
        }

        String[] strings() {
            return row.getArrayOfStrings(position++);
        }

        int integer() {
            return row.getInteger(position++);
        }

        long number() {
            return row.getLong(position++);
        }

        BigDecimal decimal() {
            return row.getBigDecimal(position++);
        }

        boolean bool() {
            return row.getBoolean(position++);
        }

        UUID uuid() {
            return row.getUUID(position++);
        }

        LocalDate date() {
            return row.getLocalDate(position++);
        }

        Instant instant() {
            return row.getOffsetDateTime(position++).toInstant();
        }
    }
}
