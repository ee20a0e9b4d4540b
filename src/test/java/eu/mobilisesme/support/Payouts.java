package eu.mobilisesme.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

/**
 * The money side of a mobility through HTTP: bank accounts for the cast, payments created by one facilitator user and
 * approved by another, bank files read back and validated against the EPC schema, and the bank's answer.
 */
public final class Payouts {

    public static final String PAYMENTS = "/api/v1/payments";
    public static final String BATCHES = "/api/v1/payment-batches";
    public static final String GRANTS = "/api/v1/grants/";

    private Payouts() {
    }

    /** Accounts for the sending company (the default payee) and its facilitator (the payer). */
    public static void openAccounts(Mobility cast) {
        Api.as(cast.senderToken()).body(Map.of("holderName", "Pesca Adriatica S.r.l.",
                "iban", "IT60 X054 2811 1010 0000 0123 456", "bic", "BCITITMM"))
                .put(Smes.SMES + "/" + cast.sender + "/bank-account").then().statusCode(201);
        Api.as(TestTokens.admin()).body(Map.of("holderName", "Camera di Commercio",
                "iban", "IT57 A030 0203 2801 0000 0000 001"))
                .put("/api/v1/facilitators/" + cast.sendingFacilitator + "/bank-account").then().statusCode(201);
    }

    /** Creates the payment of {@code instalment} as one facilitator user, approves it as another; returns its id. */
    public static String createAndApprove(Mobility cast, String applicationId, String instalment) {
        String id = Api.as(cast.sendingFacilitatorToken()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("applicationId", applicationId, "instalment", instalment)).post(PAYMENTS)
                .then().statusCode(201).extract().path("id");
        Api.as(cast.sendingFacilitatorToken()).body(Map.of()).post(PAYMENTS + "/" + id + "/approval")
                .then().statusCode(200);
        return id;
    }

    /** Exports the facilitator's approved payments; returns the batch. */
    public static Map<String, Object> export(Mobility cast) {
        return Api.as(cast.sendingFacilitatorToken()).body(Map.of()).post(BATCHES).then().statusCode(201)
                .extract().path("$");
    }

    /** The batch's pain.001 file, checked against the EPC schema. */
    public static String file(String token, String batchId) {
        String xml = Api.as(token).accept("application/xml").get(BATCHES + "/" + batchId + "/file").then()
                .statusCode(200).extract().asString();
        validate(xml);
        return xml;
    }

    /** The bank's pain.002 answer: {@code status} (e.g. ACSC or RJCT with a reason) for each end-to-end id. */
    public static String statusReport(String reportId, String messageId, Map<String, String> statuses) {
        String transactions = statuses.entrySet().stream().map(entry -> {
            String[] status = entry.getValue().split(":");
            return "<TxInfAndSts><OrgnlEndToEndId>" + entry.getKey() + "</OrgnlEndToEndId><TxSts>" + status[0]
                    + "</TxSts>" + (status.length > 1 ? "<StsRsnInf><Rsn><Cd>" + status[1] + "</Cd></Rsn></StsRsnInf>"
                            : "") + "</TxInfAndSts>";
        }).collect(Collectors.joining());
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.10\"><CstmrPmtStsRpt>"
                + "<GrpHdr><MsgId>" + reportId + "</MsgId><CreDtTm>2027-01-11T10:00:00</CreDtTm></GrpHdr>"
                + "<OrgnlGrpInfAndSts><OrgnlMsgId>" + messageId + "</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09"
                + "</OrgnlMsgNmId></OrgnlGrpInfAndSts><OrgnlPmtInfAndSts><OrgnlPmtInfId>" + messageId
                + "</OrgnlPmtInfId>" + transactions + "</OrgnlPmtInfAndSts></CstmrPmtStsRpt></Document>";
    }

    /** The bank's pain.002 answer that rejects the whole file, naming no transaction. */
    public static String fileRejected(String reportId, String messageId) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.10\"><CstmrPmtStsRpt>"
                + "<GrpHdr><MsgId>" + reportId + "</MsgId><CreDtTm>2027-01-11T10:00:00</CreDtTm></GrpHdr>"
                + "<OrgnlGrpInfAndSts><OrgnlMsgId>" + messageId + "</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09"
                + "</OrgnlMsgNmId><GrpSts>RJCT</GrpSts></OrgnlGrpInfAndSts></CstmrPmtStsRpt></Document>";
    }

    /** Imports a status report of the batch as the paying facilitator. */
    public static Map<String, Object> importReport(Mobility cast, String batchId, String report) {
        return Api.as(cast.sendingFacilitatorToken()).contentType("application/xml").body(report)
                .post(BATCHES + "/" + batchId + "/status-reports").then().statusCode(200).extract().path("$");
    }

    /** Pays {@code instalment} end to end: created, approved, exported, reported settled by the bank. */
    public static String pay(Mobility cast, String applicationId, String instalment) {
        String payment = createAndApprove(cast, applicationId, instalment);
        Map<String, Object> batch = export(cast);
        String endToEnd = Api.as(cast.sendingFacilitatorToken()).get(PAYMENTS + "/" + payment).then()
                .extract().path("endToEndId");
        importReport(cast, (String) batch.get("id"), statusReport("R" + UUID.randomUUID().toString()
                .replace("-", ""), (String) batch.get("messageId"), Map.of(endToEnd, "ACSC")));
        return payment;
    }

    public static void validate(String xml) {
        try {
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(Payouts.class.getResource("/iso20022/pain.001.001.09.xsd")).newValidator()
                    .validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("The bank file does not validate against pain.001.001.09: " + e.getMessage(), e);
        }
    }
}
