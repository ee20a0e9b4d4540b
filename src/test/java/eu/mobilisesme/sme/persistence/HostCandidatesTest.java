package eu.mobilisesme.sme.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.sme.domain.Sme;
import eu.mobilisesme.support.Sql;
import eu.mobilisesme.support.TestEnvironmentResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.smallrye.mutiny.Uni;

/**
 * Host candidates come in groups: the sender's NACE division, then the favoured countries, then the rest, each in name
 * order, and only companies that can host in an eligible country other than the sender's. The companies of this test
 * are in countries of their own (user-assigned ISO codes that name no country), so the groups are exactly these.
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
    SmeRepository repository;

    /** The sender's country, two eligible ones (QD favoured) and one that is not eligible, all of this test only. */
    private final String sender = "QI";
    private final Set<String> eligible = Set.of(sender, "QD", "QF");

    @Test
    @RunOnVertxContext
    void divisionFirstThenFavouredCountriesThenTheRestEachInNameOrder(UniAsserter asserter) {
        // The countries are this test's own; an external test database may still hold a previous run's companies.
        Sql.update("delete from sme where country in ('QI', 'QD', 'QF', 'QP')");
        // Name, country, NACE code, hosts staff, capacity, listed, status; names give the order within a group.
        UUID otherDivisionFavoured = company("E", "QD", "01.11", true, 2, true, "VERIFIED");
        UUID sameDivisionB = company("B", "QF", "99.00", true, 1, true, "VERIFIED");
        UUID sameDivisionA = company("A", "QD", "99.00", true, 1, true, "VERIFIED");
        UUID rest = company("C", "QF", "01.11", true, 1, true, "VERIFIED");
        company("A", sender, "99.00", true, 1, true, "VERIFIED");
        company("A", "QP", "99.00", true, 1, true, "VERIFIED"); // not eligible
        company("A", "QF", "99.00", false, 0, true, "VERIFIED"); // does not host
        company("A", "QF", "99.00", true, 1, false, "VERIFIED"); // not listed
        company("A", "QF", "99.00", true, 1, true, "PENDING_VERIFICATION");

        asserter.assertThat(() -> candidates(sender, eligible, "99", Set.of("QD"), 10),
                found -> assertThat(ids(found)).containsExactly(sameDivisionA, sameDivisionB, otherDivisionFavoured,
                        rest));
        asserter.assertThat(() -> candidates(sender, eligible, "99", Set.of("QD"), 3),
                found -> assertThat(ids(found)).containsExactly(sameDivisionA, sameDivisionB, otherDivisionFavoured));
        asserter.assertThat(() -> candidates(sender, eligible, "99", Set.of(), 3),
                found -> assertThat(ids(found)).containsExactly(sameDivisionA, sameDivisionB, rest));
    }

    private UUID company(String name, String country, String naceCode, boolean hosts, int capacity, boolean listed,
            String status) {
        UUID id = UUID.randomUUID();
        Sql.update(INSERT, id.toString(), name + " " + id, country, "X" + id.toString().substring(0, 12), naceCode,
                hosts, capacity, listed, status);
        return id;
    }

    private Uni<List<Sme>> candidates(String excluded, Set<String> countries, String division,
            Set<String> favoured, int limit) {
        return Panache.withSession(() -> repository.findHostCandidates(excluded, countries, division, favoured, limit));
    }

    private static List<UUID> ids(List<Sme> found) {
        return found.stream().map(Sme::getId).toList();
    }
}
