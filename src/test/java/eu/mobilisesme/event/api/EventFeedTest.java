package eu.mobilisesme.event.api;

import static eu.mobilisesme.event.api.Feed.EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Facilitators;
import eu.mobilisesme.support.Smes;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The events feed as a partner's client reads it: each event once across pages, in an order that an event committed
 * late cannot slip behind, resumed from opaque cursors the feed alone issues, and open only to administrators and
 * to partner clients with the scope events:read. Each test looks only at its own portal's companies and
 * applications: a client also sees every company that enters the public catalogue, whichever test put it there.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class EventFeedTest {

    /** The types these tests write; the updates of companies in the public catalogue reach every portal. */
    private static final String OWN_TYPES = "sme.registered,sme.updated,application.state-changed";

    @Test
    void pagesOfTwoReturnEachEventOnceInTheOrderTheChangesCommitted() {
        String portal = portal("events:read catalogue:read smes:write");
        String start = Feed.end(portal, OWN_TYPES);
        List<String> companies = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String company = importCompany(portal, "paged-" + UUID.randomUUID());
            companies.add(company);
            expected.add("sme.registered " + company);
        }
        for (String company : companies.subList(0, 2)) {
            Api.as(TestTokens.admin()).body(Map.of("facilitatorId", Facilitators.create("IT", "IT")))
                    .post(Smes.SMES + "/" + company + "/facilitator").then().statusCode(200);
            expected.add("sme.updated " + company);
        }
        Feed.until(portal, start, OWN_TYPES, companies, expected.size());

        Feed.Read paged = Feed.toEnd(portal, start, OWN_TYPES, 2);

        assertThat(paged.about(companies).stream().map(event -> event.get("type") + " " + event.get("aggregateId")))
                .containsExactlyElementsOf(expected);
        assertThat(paged.events().stream().map(event -> event.get("id"))).doesNotHaveDuplicates();
        assertThat(Feed.page(portal, paged.next(), OWN_TYPES, 2).about(companies)).isEmpty();
    }

    /**
     * A writer that began before a change another writer commits, and that commits after a reader read past that
     * change, must not be skipped: its event waits in the feed, with everything after it, until it ends.
     */
    @Test
    void anEventCommittedLateIsNotSkipped() throws SQLException {
        String client = "late-portal-" + UUID.randomUUID();
        String portal = TestTokens.partner(client, "events:read catalogue:read smes:write applications:read");
        String start = Feed.end(portal, OWN_TYPES);
        UUID lateApplication = UUID.randomUUID();
        String company;
        List<String> mine;
        Feed.Read whileInFlight;
        try (Connection late = connect()) {
            late.setAutoCommit(false);
            insertEventAsTheWriterDoes(late, lateApplication, client);

            company = importCompany(portal, "late-" + UUID.randomUUID());
            mine = List.of(lateApplication.toString(), company);
            assertThat(Api.as(TestTokens.admin()).get(Smes.SMES + "/" + company).statusCode())
                    .as("the later change committed").isEqualTo(200);
            whileInFlight = Feed.toEnd(portal, start, OWN_TYPES, 2);

            late.commit();
        }
        assertThat(whileInFlight.about(mine)).as("the committed change waits behind the writer still running")
                .isEmpty();

        Feed.Read after = Feed.until(portal, whileInFlight.next(), OWN_TYPES, mine, 2);

        assertThat(after.about(mine).stream().map(event -> event.get("type") + " " + event.get("aggregateId")))
                .containsExactly("application.state-changed " + lateApplication, "sme.registered " + company);
    }

    @Test
    void nextIsAlwaysThereAndStaysPutWhileNothingIsNew() {
        // Events about applications and payments name their readers: nobody else's reach a new portal.
        String portal = portal("events:read applications:read");
        Feed.Read first = Feed.page(portal, null, null, 10);
        assertThat(first.events()).isEmpty();
        assertThat(first.next()).isNotBlank();

        Feed.Read again = Feed.page(portal, first.next(), null, 10);

        assertThat(again.events()).isEmpty();
        assertThat(again.next()).as("nothing new: next is the position given").isEqualTo(first.next());
    }

    @Test
    void theFeedTakesOnlyItsOwnCursorsAndNamesWhatItCannotUse() {
        String admin = TestTokens.admin();
        String next = Feed.page(admin, null, "payment.paid", 1).next();
        Feed.request(admin, next, "payment.paid", 1).get(EVENTS).then().statusCode(200);

        char[] forged = next.toCharArray();
        forged[3] = forged[3] == 'A' ? 'B' : 'A';
        Facilitators.create("LU", "LU");
        Facilitators.create("LU", "LU");
        String otherList = Api.as(admin).queryParam("limit", 1).get("/api/v1/facilitators").then().statusCode(200)
                .extract().path("next");
        for (String cursor : List.of(new String(forged), "not-a-cursor", otherList)) {
            Feed.request(admin, cursor, null, 10).get(EVENTS).then().statusCode(400)
                    .contentType("application/problem+json").body("code", equalTo("INVALID_CURSOR"))
                    .body("errors.field", hasItem("after"));
        }
        Feed.request(admin, "a".repeat(2049), null, 10).get(EVENTS).then().statusCode(400)
                .body("errors.field", hasItem("after"));

        Feed.request(admin, null, "sme.registered,sme.exploded", 10).get(EVENTS).then().statusCode(400)
                .body("errors.field", hasItem("types")).body("detail", containsString("sme.exploded"));
        Feed.request(admin, null, "SME.REGISTERED", 10).get(EVENTS).then().statusCode(400)
                .body("errors.field", hasItem("types"));
        Feed.request(admin, null, "sme.registered,".repeat(40), 10).get(EVENTS).then().statusCode(400)
                .body("errors.field", hasItem("types"));
        for (int limit : new int[] { 0, 501 }) {
            Feed.request(admin, null, null, limit).get(EVENTS).then().statusCode(400)
                    .body("errors.field", hasItem("limit"));
        }
        Feed.request(admin, next, null, 500).get(EVENTS).then().statusCode(200);
    }

    @Test
    void onlyAdministratorsAndPartnersWithTheEventsScopeReadTheFeed() {
        Api.anonymous().get(EVENTS).then().statusCode(401);
        Api.as(TestTokens.facilitator(UUID.randomUUID())).get(EVENTS).then().statusCode(403);
        Api.as(TestTokens.sme(UUID.randomUUID())).get(EVENTS).then().statusCode(403);
        Api.as(portal("catalogue:read smes:write")).get(EVENTS).then().statusCode(403)
                .body("code", equalTo("SCOPE_MISSING")).body("detail", containsString("events:read"));

        // Events about companies need the catalogue scope too, even those of the portal's own imports.
        String client = "narrow-portal-" + UUID.randomUUID();
        String importer = TestTokens.partner(client, "smes:write");
        String reader = TestTokens.partner(client, "events:read");
        String adminStart = Feed.end(TestTokens.admin(), "sme.registered");
        String start = Feed.end(reader, "sme.registered");
        String company = importCompany(importer, "narrow-" + UUID.randomUUID());

        Feed.until(TestTokens.admin(), adminStart, "sme.registered", List.of(company), 1);
        assertThat(Feed.toEnd(reader, start, "sme.registered", Feed.MAX_LIMIT).about(List.of(company))).isEmpty();
    }

    private static String portal(String scopes) {
        return TestTokens.partner("feed-portal-" + UUID.randomUUID(), scopes);
    }

    /** Imports a company as the portal; returns its id. */
    private static String importCompany(String portal, String reference) {
        return Api.as(portal).body(Smes.italian("Imported " + reference)).put(Smes.IMPORTS + "/" + reference)
                .then().statusCode(201).extract().path("id");
    }

    /** What DomainEvents writes for a change of an application the client {@code client} may read. */
    private static void insertEventAsTheWriterDoes(Connection connection, UUID applicationId, String client)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into domain_event (id, type, "
                + "aggregate_type, aggregate_id, occurred_at, payload, required_scope, audience) values (?, "
                + "'application.state-changed', 'application', ?, now(), cast(? as jsonb), 'applications:read', "
                + "array[?]::varchar[])")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, applicationId);
            insert.setString(3, "{\"applicationId\": \"" + applicationId + "\", \"state\": \"UNDER_REVIEW\", "
                    + "\"previousState\": \"SUBMITTED\"}");
            insert.setString(4, client);
            insert.executeUpdate();
        }
    }

    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
