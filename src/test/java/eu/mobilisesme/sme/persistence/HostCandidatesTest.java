package eu.mobilisesme.sme.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.sme.domain.SmeSnapshot;
import eu.mobilisesme.support.Sql;
import eu.mobilisesme.support.TestEnvironmentResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;

/**
 * Host candidates come in groups: the sender's NACE division, then the favoured countries, then the rest, each in name
 * order, and only companies that can host in an eligible country other than the sender's. The companies of this test
 * have a division no other test uses and names that sort before those of other tests, so the groups are exactly
 * these companies.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class HostCandidatesTest {

    private static final String INSERT = """
            insert into sme (id, legal_name, country, street, postal_code, city, vat_number, nace_code, nace_version,
                             founding_year, staff_headcount, annual_turnover, balance_sheet_total, size_class,
                             languages, collaboration_offered, collaboration_sought, target_markets, sends_staff,
                             hosts_staff, hosting_capacity, catalogue_consent, status, submitted_at, version,
                             created_at, created_by, updated_at, updated_by)
            values (?::uuid, ?, ?, 'Street 1', '1000', 'City', ?, ?, 'REV_2', 2000, 10, 1000000, 1000000, 'MICRO',
                    '{en}', '{TRAINING}', '{}', '{}', true, ?, ?, ?, ?, now(), 0, now(), 'test', now(), 'test')""";

    @Inject
    SmeReader reader;

    private final String marker = "000 " + UUID.randomUUID();

    @Test
    @RunOnVertxContext
    void divisionFirstThenFavouredCountriesThenTheRestEachInNameOrder(UniAsserter asserter) {
        // Name, country, NACE code, hosts staff, capacity, listed, status.
        UUID otherDivisionFavoured = company("5", "DE", "01.11", true, 2, true, "VERIFIED");
        UUID sameDivisionB = company("2", "FR", "99.00", true, 1, true, "VERIFIED");
        UUID sameDivisionA = company("1", "DE", "99.00", true, 1, true, "VERIFIED");
        UUID rest = company("3", "FR", "01.11", true, 1, true, "VERIFIED");
        company("0", "IT", "99.00", true, 1, true, "VERIFIED"); // the sender's country
        company("0", "PL", "99.00", true, 1, true, "VERIFIED"); // not eligible in this test
        company("0", "FR", "99.00", false, 0, true, "VERIFIED"); // does not host
        company("0", "FR", "99.00", true, 1, false, "VERIFIED"); // not listed
        company("0", "FR", "99.00", true, 1, true, "PENDING_VERIFICATION");

        asserter.assertThat(() -> reader.findHostCandidates("IT", Set.of("IT", "DE", "FR"), "99", Set.of("DE"), 4),
                found -> assertThat(ids(found)).containsExactly(sameDivisionA, sameDivisionB, otherDivisionFavoured,
                        rest));
        asserter.assertThat(() -> reader.findHostCandidates("IT", Set.of("IT", "DE", "FR"), "99", Set.of("DE"), 3),
                found -> assertThat(ids(found)).containsExactly(sameDivisionA, sameDivisionB, otherDivisionFavoured));
        asserter.assertThat(() -> reader.findHostCandidates("IT", Set.of("IT", "DE", "FR"), "99", Set.of(), 3),
                found -> assertThat(ids(found)).containsExactly(sameDivisionA, sameDivisionB, rest));
    }

    private UUID company(String name, String country, String naceCode, boolean hosts, int capacity, boolean listed,
            String status) {
        UUID id = UUID.randomUUID();
        Sql.update(INSERT, id.toString(), marker + " " + name, country, "X" + id.toString().substring(0, 12), naceCode,
                hosts, capacity, listed, status);
        return id;
    }

    /** This test's companies among those found, in their order. */
    private List<UUID> ids(List<SmeSnapshot> found) {
        return found.stream().filter(sme -> sme.details().legalName().startsWith(marker)).map(SmeSnapshot::id)
                .toList();
    }
}
