package eu.mobilisesme.sme.api;

import static eu.mobilisesme.support.Smes.SMES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Facilitators;
import eu.mobilisesme.support.Sql;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The catalogue over 10,000 companies seeded straight into the database. Every seeded company carries a word unique to
 * this run ({@link #word}), so filters are checked against counts computed here from the same rules that seeded it,
 * whatever other tests wrote.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmeCatalogueSearchTest {

    private static final int SEEDED = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] COUNTRIES = { "IT", "PT", "ES", "DE", "FR" };
    private static final String[] NACE = { "10.41", "25.62", "62.01", "74.10" };
    private static final String[] SECTIONS = { "C", "C", "J", "M" };
    private static final String[] OFFERED = { "TRAINING", "JOINT_RESEARCH", "MARKET_RESEARCH" };
    private static final int[] STAFF = { 5, 20, 100, 300 };
    private static final String[] SIZES = { "MICRO", "SMALL", "MEDIUM", "LARGE" };

    /**
     * Company {@code i} of a run. Rows after {@link #SEEDED} are inserted while a client pages; their names fall
     * between those of the first rows, some before the client's position and some after it, and their description
     * carries another word, so that the filter counts of the other tests stay those of the first rows.
     */
    private static final String SEED = """
            insert into sme (id, legal_name, country, nuts_region, street, postal_code, city, vat_number, nace_code,
                             nace_version, nace_section, founding_year, staff_headcount, annual_turnover,
                             balance_sheet_total, size_class, languages, collaboration_offered, collaboration_sought,
                             target_markets, sends_staff, hosts_staff, hosting_capacity, description,
                             catalogue_consent, facilitator_id, status, submitted_at, review_due_on, version,
                             created_at, created_by, updated_at, updated_by)
            select gen_random_uuid(),
                   'Seed ' || m.marker || ' ' || case when i <= 10000 then lpad(i::text, 6, '0')
                                                      else lpad(((i * 7919) % 10000 + 1)::text, 6, '0') || 'b' end,
                   (array['IT','PT','ES','DE','FR'])[i % 5 + 1],
                   (array['IT','PT','ES','DE','FR'])[i % 5 + 1] || (i % 3 + 1) || 'A',
                   'Street 1', '1000', 'City', 'S' || m.marker || lpad(i::text, 6, '0'),
                   (array['10.41','25.62','62.01','74.10'])[i % 4 + 1], 'REV_2',
                   (array['C','C','J','M'])[i % 4 + 1], 2000,
                   (array[5,20,100,300])[(i / 5) % 4 + 1], (array[1,5,30,60])[(i / 5) % 4 + 1] * 1000000,
                   (array[1,5,30,50])[(i / 5) % 4 + 1] * 1000000,
                   (array['MICRO','SMALL','MEDIUM','LARGE'])[(i / 5) % 4 + 1],
                   case when i % 2 = 0 then '{en,de}'::varchar[] else '{en,fr}'::varchar[] end,
                   array[(array['TRAINING','JOINT_RESEARCH','MARKET_RESEARCH'])[i % 3 + 1]]::varchar[],
                   '{INTERNATIONALISATION}', '{}',
                   (i / 5) % 4 <> 3, (i / 5) % 4 = 3 or i % 2 = 1, 1,
                   'Seeded company ' || m.word || case when i % 50 = 0 then ' zirconia kilns' else '' end,
                   i % 20 <> 1, m.facilitator,
                   case when i % 10 = 0 then 'PENDING_VERIFICATION' else 'VERIFIED' end,
                   now(), case when i % 10 = 0 then current_date + 21 end, 0, now(), 'seed', now(), 'seed'
            from generate_series(?, ?) i, (select ?::varchar as marker, ?::varchar as word, ?::uuid as facilitator) m""";

    private final String marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    /** The word in the first rows' description (names hold {@link #marker}, so text search keeps them apart). */
    private final String word = marker + "w";
    private UUID facilitator;

    /** Seeds once per class; not in {@code @BeforeAll}, which runs before the application (and its database) is up. */
    @BeforeEach
    void seedOnce() {
        if (facilitator != null) {
            return;
        }
        facilitator = Facilitators.create("DE", "IT", "PT", "ES", "DE", "FR");
        assertThat(Sql.update(SEED, 1, SEEDED, marker, word, facilitator)).isEqualTo(SEEDED);
    }

    @Test
    void filtersFindExactlyTheCompaniesThatMatch() {
        String admin = TestTokens.admin();
        assertTotal(admin, Map.of(), i -> true);
        assertTotal(admin, Map.of("country", "PT"), i -> COUNTRIES[i % 5].equals("PT"));
        assertTotal(admin, Map.of("nutsPrefix", "IT2"), i -> COUNTRIES[i % 5].equals("IT") && i % 3 == 1);
        assertTotal(admin, Map.of("nacePrefix", "62"), i -> NACE[i % 4].startsWith("62"));
        assertTotal(admin, Map.of("nacePrefix", "62."), i -> NACE[i % 4].startsWith("62."));
        assertTotal(admin, Map.of("nacePrefix", "25.6"), i -> NACE[i % 4].startsWith("25.6"));
        assertTotal(admin, Map.of("nacePrefix", "25.62"), i -> NACE[i % 4].equals("25.62"));
        assertTotal(admin, Map.of("nacePrefix", "25.1"), i -> false);
        assertTotal(admin, Map.of("country", "PT", "nacePrefix", "62"),
                i -> COUNTRIES[i % 5].equals("PT") && NACE[i % 4].startsWith("62"));
        assertTotal(admin, Map.of("sizeClass", "LARGE"), i -> SIZES[(i / 5) % 4].equals("LARGE"));
        assertTotal(admin, Map.of("offers", "TRAINING"), i -> OFFERED[i % 3].equals("TRAINING"));
        assertTotal(admin, Map.of("seeks", "TRAINING"), i -> false);
        assertTotal(admin, Map.of("language", "de"), i -> i % 2 == 0);
        assertTotal(admin, Map.of("exchangeRole", "HOST"), i -> hosts(i));
        assertTotal(admin, Map.of("exchangeRole", "SEND"), i -> sends(i));
        assertTotal(admin, Map.of("exchangeRole", "BOTH"), i -> sends(i) && hosts(i));
        assertTotal(admin, Map.of("status", "PENDING_VERIFICATION"), i -> i % 10 == 0);
        assertTotal(admin, Map.of("country", "DE", "sizeClass", "MICRO", "language", "de"),
                i -> COUNTRIES[i % 5].equals("DE") && SIZES[(i / 5) % 4].equals("MICRO") && i % 2 == 0);
        assertTotal(admin, Map.of("q", "zirconia " + word), i -> i % 50 == 0);
    }

    @Test
    void eachRoleSearchesOnlyWhatItMaySee() {
        IntPredicate inPublicCatalogue = i -> i % 10 != 0 && i % 20 != 1;
        assertTotal(TestTokens.partner("eures", "catalogue:read"), Map.of(), inPublicCatalogue);
        assertTotal(TestTokens.sme(UUID.randomUUID()), Map.of("status", "PENDING_VERIFICATION"), i -> false);
        assertTotal(TestTokens.facilitator(facilitator), Map.of(), i -> true);
        assertTotal(TestTokens.facilitator(UUID.randomUUID()), Map.of(), inPublicCatalogue);
        Api.as(TestTokens.partner("eures", "catalogue:read")).queryParam("q", word).get(SMES)
                .then().statusCode(200)
                .body("items.view", everyItem(equalTo("PUBLIC")))
                .body("items.status", everyItem(equalTo("VERIFIED")));
        Api.as(TestTokens.partner("eures", "smes:write")).get(SMES).then().statusCode(403);
    }

    @Test
    void pagingThroughEverythingReturnsEachCompanyOnceWhileCompaniesAreAdded() throws IOException {
        String admin = TestTokens.admin();
        Map<String, Integer> seenTimes = new HashMap<>();
        int originalsSeen = 0;
        int inserted = 0;
        String cursor = "";
        do {
            // Jackson rather than REST Assured's path language: it reads 100 companies a page in a fraction of the time.
            JsonNode page = JSON.readTree(Api.as(admin).queryParam("limit", 100).queryParam("cursor", cursor)
                    .get(SMES).then().statusCode(200).extract().asByteArray());
            for (JsonNode company : page.get("items")) {
                seenTimes.merge(company.get("id").asText(), 1, Integer::sum);
                if (company.get("legalName").asText().matches("Seed " + marker + " [0-9]{6}")) {
                    originalsSeen++;
                }
            }
            int next = SEEDED + 1 + inserted;
            inserted += Sql.update(SEED, next, next + 2, marker, marker + "late", facilitator);
            cursor = page.hasNonNull("next") ? page.get("next").asText() : null;
        } while (cursor != null);

        assertThat(seenTimes.values()).allMatch(times -> times == 1);
        assertThat(originalsSeen).isEqualTo(SEEDED);
        assertThat(inserted).isGreaterThanOrEqualTo(300);
    }

    @Test
    void totalsOnlyWhenAskedAndLimitsAreCapped() {
        Api.as(TestTokens.admin()).queryParam("q", word).get(SMES).then().statusCode(200)
                .body("$", not(hasKey("total")))
                .body("items.size()", equalTo(50));
        Api.as(TestTokens.admin()).queryParam("limit", 101).get(SMES).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        Api.as(TestTokens.admin()).queryParam("cursor", "not-a-cursor").get(SMES).then().statusCode(400);
        Api.as(TestTokens.admin()).queryParam("sizeClass", "HUGE").get(SMES).then().statusCode(400);
        Api.as(TestTokens.admin()).queryParam("nacePrefix", "C%").get(SMES).then().statusCode(400);
        Api.as(TestTokens.admin()).queryParam("q", "x").get(SMES).then().statusCode(400);
        Api.as(TestTokens.admin()).queryParam("q", "zirconia " + word).queryParam("limit", 100)
                .get(SMES).then().body("items.legalName", hasItem("Seed " + marker + " 000050"));
    }

    private static boolean sends(int i) {
        return (i / 5) % 4 != 3;
    }

    private static boolean hosts(int i) {
        return (i / 5) % 4 == 3 || i % 2 == 1;
    }

    /** The total the API reports for the run's companies and {@code filters} equals the count of matching seeds. */
    private void assertTotal(String token, Map<String, String> filters, IntPredicate expected) {
        Map<String, String> query = new HashMap<>(filters);
        query.merge("q", word, (given, run) -> given);
        long expectedTotal = IntStream.rangeClosed(1, SEEDED).filter(expected).count();
        Api.as(token).queryParams(query).queryParam("includeTotal", true).queryParam("limit", 1).get(SMES)
                .then().statusCode(200).body("total", equalTo((int) expectedTotal));
    }
}
