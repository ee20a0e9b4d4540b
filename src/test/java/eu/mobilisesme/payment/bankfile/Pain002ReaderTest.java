package eu.mobilisesme.payment.bankfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bank status reports in, statuses out; anything else refused with a message fit for the uploader. */
class Pain002ReaderTest {

    private static final String V10 = "urn:iso:std:iso:20022:tech:xsd:pain.002.001.10";

    /** A partly accepted file: one transfer rejected (account closed), two accepted, plus distractions. */
    private static final String PARTLY_ACCEPTED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="%s">
              <CstmrPmtStsRpt>
                <GrpHdr>
                  <MsgId>BANK-STS-20260305-001</MsgId>
                  <CreDtTm>2026-03-05T08:15:00+01:00</CreDtTm>
                </GrpHdr>
                <OrgnlGrpInfAndSts>
                  <OrgnlMsgId>MSG-2026-03-0001</OrgnlMsgId>
                  <OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId>
                  <GrpSts>PART</GrpSts>
                  <StsRsnInf><Rsn><Cd>NARR</Cd></Rsn></StsRsnInf>
                </OrgnlGrpInfAndSts>
                <OrgnlPmtInfAndSts>
                  <OrgnlPmtInfId>PMT-2026-03-0001</OrgnlPmtInfId>
                  <TxInfAndSts>
                    <OrgnlEndToEndId>MOB-7F3A-0001</OrgnlEndToEndId>
                    <TxSts>RJCT</TxSts>
                    <StsRsnInf>
                      <Rsn><Cd>AC04</Cd></Rsn>
                      <AddtlInf>Account closed</AddtlInf>
                    </StsRsnInf>
                    <StsRsnInf><Rsn><Cd>AM05</Cd></Rsn></StsRsnInf>
                    <OrgnlTxRef>
                      <PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl></PmtTpInf>
                    </OrgnlTxRef>
                  </TxInfAndSts>
                  <TxInfAndSts>
                    <OrgnlEndToEndId> MOB-7F3A-0002 </OrgnlEndToEndId>
                    <TxSts>ACCP</TxSts>
                  </TxInfAndSts>
                  <!-- settled the same day -->
                  <TxInfAndSts>
                    <OrgnlEndToEndId><![CDATA[MOB-7F3A-0003]]></OrgnlEndToEndId>
                    <TxSts>ACSC</TxSts>
                  </TxInfAndSts>
                </OrgnlPmtInfAndSts>
              </CstmrPmtStsRpt>
            </Document>
            """.formatted(V10);

    @Test
    void readsRejectedAndAcceptedTransactions() {
        StatusReport report = read(PARTLY_ACCEPTED);

        assertThat(report.messageId()).isEqualTo("BANK-STS-20260305-001");
        assertThat(report.originalMessageId()).isEqualTo("MSG-2026-03-0001");
        assertThat(report.groupStatus()).isEqualTo("PART");
        assertThat(report.transactions()).containsExactly(
                new TransactionStatus("MOB-7F3A-0001", "RJCT", "AC04"),
                new TransactionStatus("MOB-7F3A-0002", "ACCP", null),
                new TransactionStatus("MOB-7F3A-0003", "ACSC", null));
    }

    @Test
    void readsAWholeFileRejectedInTheOlderVersion() {
        StatusReport report = read("""
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03">
                  <CstmrPmtStsRpt>
                    <GrpHdr><MsgId>STS-0003</MsgId><CreDtTm>2026-03-05T08:15:00</CreDtTm></GrpHdr>
                    <OrgnlGrpInfAndSts>
                      <OrgnlMsgId>MSG-2026-03-0001</OrgnlMsgId>
                      <OrgnlMsgNmId>pain.001.001.03</OrgnlMsgNmId>
                      <GrpSts>RJCT</GrpSts>
                      <StsRsnInf><Rsn><Cd>FF01</Cd></Rsn></StsRsnInf>
                    </OrgnlGrpInfAndSts>
                  </CstmrPmtStsRpt>
                </Document>
                """);

        assertThat(report).isEqualTo(new StatusReport("STS-0003", "MSG-2026-03-0001", "RJCT", List.of()));
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedAndNoEntityIsResolved() {
        assertRefused("""
                <?xml version="1.0"?>
                <!DOCTYPE Document [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <Document><CstmrPmtStsRpt><GrpHdr><MsgId>&secret;</MsgId></GrpHdr></CstmrPmtStsRpt></Document>
                """).hasMessageStartingWith("The file must not contain a document type declaration (DOCTYPE)");
        assertRefused("""
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <Document><CstmrPmtStsRpt>&lol2;</CstmrPmtStsRpt></Document>
                """).hasMessageContaining("DOCTYPE");
        assertRefused("""
                <!DOCTYPE Document SYSTEM "http://attacker.invalid/pain.002.dtd">
                <Document/>
                """).hasMessageContaining("DOCTYPE");
    }

    @Test
    void aDocumentThatIsNotAStatusReportIsRefused() {
        assertRefused("""
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
                  <CstmrCdtTrfInitn><GrpHdr><MsgId>MSG-1</MsgId></GrpHdr></CstmrCdtTrfInitn>
                </Document>
                """).hasMessage("The file is not a pain.002 payment status report (line 2)");
        assertRefused("<html><body>Status</body></html>")
                .hasMessageStartingWith("The file is not a pain.002 payment status report");
    }

    @ParameterizedTest
    @ValueSource(strings = { "this is not XML at all", "", "<Document><CstmrPmtStsRpt>", "\u0000\u0001\u00ff",
            "<Document></Document><Document></Document>" })
    void garbageIsRefusedWithACleanMessage(String garbage) {
        assertRefused(garbage).hasMessageStartingWith("The file is not")
                .hasMessageNotContainingAny("Exception", "javax", "com.sun", "ParseError", "prolog");
    }

    @Test
    void aReportThatDoesNotNameTheOriginalFileIsRefused() {
        assertRefused(PARTLY_ACCEPTED.replaceAll("<OrgnlMsgId>.*</OrgnlMsgId>", ""))
                .hasMessage("The report does not name the file it is about (OrgnlGrpInfAndSts/OrgnlMsgId)");
    }

    @Test
    void unusableValuesAreRefusedWithTheirElement() {
        assertRefused(PARTLY_ACCEPTED.replace("MOB-7F3A-0002", "X".repeat(36)))
                .hasMessageStartingWith("OrgnlEndToEndId must be 1 to 35 characters");
        assertRefused(PARTLY_ACCEPTED.replace("<TxSts>ACCP</TxSts>", "<TxSts>accepted</TxSts>"))
                .hasMessageStartingWith("TxSts must be a code of 1 to 4 capital letters or digits");
        assertRefused(PARTLY_ACCEPTED.replace("<TxSts>ACCP</TxSts>", ""))
                .hasMessageStartingWith("A transaction status (TxInfAndSts) needs OrgnlEndToEndId and TxSts");
        assertRefused(PARTLY_ACCEPTED.replace("<MsgId>BANK-STS-20260305-001</MsgId>",
                "<MsgId>BANK<b>STS</b></MsgId>")).hasMessageStartingWith("MsgId must hold text only");
        assertRefused(PARTLY_ACCEPTED.replace("BANK-STS-20260305-001", " ".repeat(2_000)))
                .hasMessageStartingWith("MsgId is too long");
    }

    @Test
    void aReportWithMoreTransactionsThanTheLimitIsRefused() {
        String transaction = "<TxInfAndSts><OrgnlEndToEndId>E</OrgnlEndToEndId><TxSts>ACSC</TxSts></TxInfAndSts>";
        String report = PARTLY_ACCEPTED.replace("<OrgnlPmtInfId>",
                transaction.repeat(Pain002Reader.MAX_TRANSACTIONS - 3) + "<OrgnlPmtInfId>");
        assertThat(read(report).transactions()).hasSize(Pain002Reader.MAX_TRANSACTIONS);

        assertRefused(report.replace("<OrgnlPmtInfId>", transaction + "<OrgnlPmtInfId>"))
                .hasMessageStartingWith("The report holds more than 100000 transactions");
    }

    @Test
    void elementsNestedBeyondAnyReportAreRefused() {
        assertRefused(PARTLY_ACCEPTED.replace("<OrgnlPmtInfId>", "<X>".repeat(100) + "</X>".repeat(100)
                + "<OrgnlPmtInfId>")).hasMessageStartingWith("The file nests its elements too deeply");
    }

    private static StatusReport read(String document) {
        return Pain002Reader.read(stream(document));
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String document) {
        return assertThatThrownBy(() -> Pain002Reader.read(stream(document)))
                .isInstanceOf(InvalidStatusReportException.class);
    }

    private static InputStream stream(String document) {
        return new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8));
    }
}
