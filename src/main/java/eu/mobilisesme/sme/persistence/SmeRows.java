package eu.mobilisesme.sme.persistence;

import java.util.List;

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

    /** The columns of a snapshot, of the company row {@code s}. */
    static final String COLUMNS = "s.id, s.legal_name, s.trading_name, s.country, s.nuts_region, s.street, "
            + "s.postal_code, s.city, s.website, s.vat_number, s.nace_code, s.nace_version, s.nace_section, "
            + "s.founding_year, s.staff_headcount, s.annual_turnover, s.balance_sheet_total, s.size_class, "
            + "s.languages, s.collaboration_offered, s.collaboration_sought, s.target_markets, s.sends_staff, "
            + "s.hosts_staff, s.hosting_capacity, s.description, s.catalogue_consent, s.facilitator_id, s.status, "
            + "s.submitted_at, s.review_due_on, s.external_client, s.external_ref, s.version, s.created_at, "
            + "s.updated_at";

    private SmeRows() {
    }

    static SmeSnapshot snapshot(Row row) {
        var details = new SmeDetails(row.getString("legal_name"), row.getString("trading_name"),
                row.getString("country"), row.getString("nuts_region"),
                new Address(row.getString("street"), row.getString("postal_code"), row.getString("city")),
                row.getString("website"), row.getString("vat_number"),
                new NaceCode(row.getString("nace_code"), NaceVersion.valueOf(row.getString("nace_version")),
                        row.getString("nace_section")),
                row.getInteger("founding_year"), row.getInteger("staff_headcount"),
                row.getBigDecimal("annual_turnover"), row.getBigDecimal("balance_sheet_total"),
                List.of(row.getArrayOfStrings("languages")),
                CollaborationType.named(row.getArrayOfStrings("collaboration_offered")),
                CollaborationType.named(row.getArrayOfStrings("collaboration_sought")),
                List.of(row.getArrayOfStrings("target_markets")),
                ExchangeRole.of(row.getBoolean("sends_staff"), row.getBoolean("hosts_staff")),
                row.getInteger("hosting_capacity"), row.getString("description"),
                row.getBoolean("catalogue_consent"));
        return new SmeSnapshot(row.getUUID("id"), details, SizeClass.valueOf(row.getString("size_class")),
                row.getUUID("facilitator_id"), VerificationStatus.valueOf(row.getString("status")),
                row.getOffsetDateTime("submitted_at").toInstant(), row.getLocalDate("review_due_on"),
                row.getString("external_client"), row.getString("external_ref"), row.getLong("version"),
                row.getOffsetDateTime("created_at").toInstant(), row.getOffsetDateTime("updated_at").toInstant());
    }
}
