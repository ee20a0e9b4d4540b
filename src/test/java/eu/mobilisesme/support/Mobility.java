package eu.mobilisesme.support;

import static eu.mobilisesme.support.Smes.SMES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The cast of a mobility, made through the API: a verified sending company in Italy and a verified host in Austria,
 * each with its own facilitator, and a participant of the sender. Both companies are in NACE division 03 and the
 * sender's target market is Austria, which no other test data shares, so the host ranks first in suggestions.
 */
public final class Mobility {

    public static final String APPLICATIONS = "/api/v1/mobility-applications";

    public final UUID sendingFacilitator = Facilitators.create("IT", "IT");
    public final UUID hostFacilitator = Facilitators.create("AT", "AT");
    public final UUID sender;
    /** The host's profile as registered, to change one field of it. */
    public final Map<String, Object> hostProfile = austrian("Fischerei " + UUID.randomUUID());
    public final UUID host;

    /** The cast, registered by the sending company's own user and by an administrator. */
    public Mobility() {
        Budgets.ensureGeneralLine();
        sender = UUID.randomUUID();
        Api.as(TestTokens.sme(sender))
                .body(Smes.with(senderProfile("Pesca " + sender), "facilitatorId", sendingFacilitator))
                .post(SMES).then().statusCode(201);
        verify(sender, sendingFacilitator);
        host = Smes.register(hostProfile, hostFacilitator);
        verify(host, hostFacilitator);
    }

    /**
     * The cast, imported by partner portals: the sender by the client of {@code senderPortal}, the host by that of
     * {@code hostPortal} (tokens with the scope smes:write), then given their facilitators and verified. Each portal
     * may then read the applications of its company.
     */
    public Mobility(String senderPortal, String hostPortal) {
        Budgets.ensureGeneralLine();
        sender = imported(senderPortal, senderProfile("Pesca " + UUID.randomUUID()), sendingFacilitator);
        host = imported(hostPortal, hostProfile, hostFacilitator);
    }

    private static Map<String, Object> senderProfile(String legalName) {
        return Smes.with(Smes.with(Smes.italian(legalName), "naceCode", "03.11"), "targetMarkets", List.of("AT"));
    }

    private static UUID imported(String portal, Map<String, Object> profile, UUID facilitator) {
        String id = Api.as(portal).body(profile).put(Smes.IMPORTS + "/cast-" + UUID.randomUUID())
                .then().statusCode(201).extract().path("id");
        Api.as(TestTokens.admin()).body(Map.of("facilitatorId", facilitator)).post(SMES + "/" + id + "/facilitator")
                .then().statusCode(200);
        verify(UUID.fromString(id), facilitator);
        return UUID.fromString(id);
    }

    public static Map<String, Object> austrian(String legalName) {
        Map<String, Object> body = Smes.with(Smes.with(Smes.with(Smes.italian(legalName), "country", "AT"),
                "vatNumber", "ATU" + Smes.digits(8)), "nutsRegion", "AT13");
        body = Smes.with(body, "naceCode", "03.21");
        body = Smes.with(body, "languages", List.of("de", "en"));
        return Smes.with(body, "collaborationOffered", List.of("TRAINING"));
    }

    private static void verify(UUID sme, UUID facilitator) {
        Api.as(TestTokens.facilitator(facilitator)).body(Map.of()).post(SMES + "/" + sme + "/verify")
                .then().statusCode(200);
    }

    public String senderToken() {
        return TestTokens.sme(sender);
    }

    public String hostToken() {
        return TestTokens.sme(host);
    }

    public String sendingFacilitatorToken() {
        return TestTokens.facilitator(sendingFacilitator);
    }

    /** A new person of the sending company. */
    public UUID participant() {
        String id = Api.as(senderToken()).body(Map.of("firstName", "Luca", "lastName", "Verdi",
                "email", "luca." + UUID.randomUUID() + "@example.it", "role", "EMPLOYEE",
                "languages", List.of(Map.of("language", "en", "level", "B2")), "hasDisability", false,
                "catalogueConsent", true)).post(SMES + "/" + sender + "/participants")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static Map<String, Object> project(LocalDate start, LocalDate end) {
        return Map.of("objectivesForSender", List.of("Learn sustainable fishing logistics"),
                "objectivesForHost", List.of("Open a sales channel to Italy"),
                "expectedOutcomes", "A distribution agreement", "activityPlan", "Weeks 1-2 port, weeks 3-4 sales",
                "stay", List.of(Map.of("startsOn", start.toString(), "endsOn", end.toString())));
    }

    /** A draft for {@code participant}, staying one month from {@code start}; returns its id. */
    public String draft(UUID participant, LocalDate start) {
        return draft(participant, start, start.plusMonths(1).minusDays(1));
    }

    /** A draft for {@code participant}, staying from {@code start} to {@code end}; returns its id. */
    public String draft(UUID participant, LocalDate start, LocalDate end) {
        return draft(participant, start, end, "TRAINING");
    }

    /** A draft of a collaboration of {@code collaborationType}; returns its id. */
    public String draft(UUID participant, LocalDate start, LocalDate end, String collaborationType) {
        return Api.as(senderToken()).body(Map.of("participantId", participant, "collaborationType", collaborationType,
                "learningProject", project(start, end)))
                .post(APPLICATIONS).then().statusCode(201).extract().path("id");
    }

    /** Replaces the host's profile with {@code profile}, as an administrator. */
    public void changeHost(Map<String, Object> profile) {
        String hostUrl = SMES + "/" + host;
        String etag = Api.as(TestTokens.admin()).get(hostUrl).then().extract().header("ETag");
        Api.as(TestTokens.admin()).header("If-Match", etag).body(profile).put(hostUrl).then().statusCode(200);
    }

    /** Takes a step as {@code token} with {@code body}; returns the status code. */
    public static int step(String token, String id, String step, Map<String, ?> body) {
        return Api.as(token).body(body).post(APPLICATIONS + "/" + id + "/" + step).statusCode();
    }

    /** A draft taken to ELIGIBLE by the sending side. */
    public String eligible(UUID participant, LocalDate start) {
        return eligible(draft(participant, start));
    }

    private String eligible(String id) {
        expect(200, step(senderToken(), id, "submit", Map.of()));
        expect(200, step(sendingFacilitatorToken(), id, "start-review", Map.of()));
        expect(200, step(sendingFacilitatorToken(), id, "declare-eligible", Map.of()));
        return id;
    }

    /** A draft taken to MATCHED with this cast's host; returns its id. */
    public String matched(UUID participant, LocalDate start) {
        return matched(draft(participant, start));
    }

    /**
     * A stay from {@code start} to {@code end} taken to IN_PROGRESS: matched, signed, approved (its grant committed
     * on the tests' general line), insured, and the participant arrived on {@code arrivedOn}, the clock's day now.
     */
    public String inProgress(UUID participant, LocalDate start, LocalDate end, LocalDate arrivedOn) {
        String id = matched(draft(participant, start, end));
        signAll(id, 1);
        expect(200, step(sendingFacilitatorToken(), id, "approve", Map.of()));
        expect(200, step(senderToken(), id, "insurance", Map.of("reference", "Allianz 123")));
        TestClock.moveTo(arrivedOn);
        expect(200, step(hostToken(), id, "confirm-arrival", Map.of("arrivedOn", arrivedOn.toString())));
        return id;
    }

    private String matched(String draft) {
        String id = eligible(draft);
        String proposal = Api.as(senderToken()).body(Map.of("hostSmeId", host))
                .post(APPLICATIONS + "/" + id + "/proposals").then().statusCode(201).extract().path("id");
        expect(200, step(hostToken(), id, "proposals/" + proposal + "/accept", Map.of()));
        return id;
    }

    /** Every signatory signs {@code revision}: the agreement stands. */
    public void signAll(String id, int revision) {
        for (Map.Entry<String, String> signatory : Map.of("SENDING_SME", senderToken(), "HOST_SME", hostToken(),
                "SENDING_FACILITATOR", sendingFacilitatorToken()).entrySet()) {
            expect(200, step(signatory.getValue(), id, "signatures", Map.of("revision", revision,
                    "party", signatory.getKey())));
        }
    }

    /** The application's current ETag, as {@code reader} gets it. */
    public static String etag(String reader, String id) {
        return Api.as(reader).get(APPLICATIONS + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static void expect(int expected, int actual) {
        if (expected != actual) {
            throw new AssertionError("Expected " + expected + " but got " + actual);
        }
    }

    /**
     * {@code count} copies of a signed application, for the same participant one after another in later years, so
     * that no rule but the budget tells them apart: the same companies, the same one-month stay length.
     */
    public static List<String> copies(String signed, int count) {
        List<String> ids = new ArrayList<>();
        StringBuilder block = new StringBuilder("do $$ declare r mobility_application; begin "
                + "select * into r from mobility_application where id = '" + signed + "'; ");
        LocalDate start = LocalDate.parse("2040-01-01");
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            LocalDate from = start.plusDays(40L * i);
            block.append("r.id := '").append(id).append("'; r.planned_stay := array['").append(from).append('/')
                    .append(from.plusMonths(1).minusDays(1)).append("']; ")
                    .append("insert into mobility_application select (r).*; ");
        }
        Sql.update(block.append("end $$").toString());
        return ids;
    }
}
