package eu.mobilisesme.payment.bankfile;

import static eu.mobilisesme.payment.bankfile.Pain001Fixtures.DEBTOR_IBAN;
import static eu.mobilisesme.payment.bankfile.Pain001Fixtures.header;
import static eu.mobilisesme.payment.bankfile.Pain001Fixtures.iban;
import static eu.mobilisesme.payment.bankfile.Pain001Fixtures.transfer;
import static eu.mobilisesme.payment.bankfile.Pain001Fixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** pain.001 files the EPC schema accepts, with totals that always match the transfers. */
class Pain001WriterTest {

    private static final String NS = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";

    private static final CreditTransfer ACCENTED = new CreditTransfer("MOB-7F3A-0001", new BigDecimal("900"),
            "Société Générale d'Études Øresund & Søn", iban("FR", "20041010050500013M02606"), "BNPAFRPP",
            "Subvention MobiliseSME – séjour à Kraków, 1ère tranche (80 %)");
    private static final CreditTransfer WITHOUT_BIC = new CreditTransfer("MOB-7F3A-0002", new BigDecimal("0.5"),
            "Müller Straßenbau GmbH", "DE44 5001 0517 5407 3249 31", null, "Restbetrag");
    private static final CreditTransfer GREEK = new CreditTransfer("MOB-7F3A-0003", new BigDecimal("1234.56"),
            "Αθήνα Ψηφιακή Α.Ε.", iban("GR", "01101250000000012300695"), null, null);
    private static final List<CreditTransfer> THREE = List.of(ACCENTED, WITHOUT_BIC, GREEK);

    @Test
    void writesAFileTheSchemaAcceptsWithTheTotalsInBothPlaces() throws Exception {
        byte[] file = write(header(THREE, "COBADEFFXXX"), THREE);

        validate(new StreamSource(new ByteArrayInputStream(file)));
        Document document = parse(file);
        assertThat(texts(document, "NbOfTxs")).containsExactly("3", "3");
        assertThat(texts(document, "CtrlSum")).containsExactly("2135.06", "2135.06");
        assertThat(texts(document, "InstdAmt")).containsExactly("900.00", "0.50", "1234.56");
        assertThat(texts(document, "EndToEndId")).containsExactly("MOB-7F3A-0001", "MOB-7F3A-0002", "MOB-7F3A-0003");
        assertThat(texts(document, "CreDtTm")).containsExactly("2026-03-02T09:30:00+01:00");
        assertThat(texts(document, "Dt")).containsExactly("2026-03-04");
        assertThat(texts(document, "SvcLvl")).containsExactly("SEPA");
        assertThat(texts(document, "ChrgBr")).containsExactly("SLEV");
        assertThat(texts(document, "BICFI")).containsExactly("COBADEFFXXX", "BNPAFRPP");
    }

    @Test
    void namesAndRemittanceAreWrittenInSepaCharacters() throws Exception {
        Document document = parse(write(header(THREE, null), THREE));

        assertThat(texts(document, "Nm")).containsExactly("Confederacao Empresarial de Portugal",
                "Confederacao Empresarial de Portugal", "Societe Generale d'Etudes Oresund + Son",
                "Muller Strassenbau GmbH", "Athina Psifiaki A.E.");
        assertThat(texts(document, "Ustrd")).containsExactly(
                "Subvention MobiliseSME - sejour a Krakow, 1ere tranche (80 )", "Restbetrag");
        assertThat(texts(document, "IBAN")).contains(DEBTOR_IBAN, "DE44500105175407324931");
    }

    @Test
    void withoutBicsTheDebtorAgentIsNotProvidedAndTheCreditorAgentLeftOut() throws Exception {
        List<CreditTransfer> withoutBics = List.of(WITHOUT_BIC, GREEK);
        byte[] file = write(header(withoutBics, null), withoutBics);

        validate(new StreamSource(new ByteArrayInputStream(file)));
        Document document = parse(file);
        Element debtorAgent = (Element) document.getElementsByTagNameNS(NS, "DbtrAgt").item(0);
        assertThat(debtorAgent.getElementsByTagNameNS(NS, "Othr").item(0).getTextContent()).isEqualTo("NOTPROVIDED");
        assertThat(document.getElementsByTagNameNS(NS, "CdtrAgt").getLength()).isZero();
        assertThat(document.getElementsByTagNameNS(NS, "BICFI").getLength()).isZero();
    }

    @Test
    void longTextIsCutToTheSchemasLengthsAndEmptyRemittanceLeftOut() throws Exception {
        CreditTransfer longTexts = new CreditTransfer("E2E-LONG", new BigDecimal("10"), "Ä".repeat(100),
                iban("AT", "1904300234573201"), null, "Ü".repeat(300));
        CreditTransfer unreadableRemittance = new CreditTransfer("E2E-CJK", new BigDecimal("10"), "Li Wei 李伟",
                iban("BE", "539007547034"), null, "奖学金");
        List<CreditTransfer> transfers = List.of(longTexts, unreadableRemittance);
        byte[] file = write(header(transfers, null), transfers);

        validate(new StreamSource(new ByteArrayInputStream(file)));
        Document document = parse(file);
        assertThat(texts(document, "Nm")).contains("A".repeat(70), "Li Wei");
        assertThat(texts(document, "Ustrd")).containsExactly("U".repeat(140));
    }

    @Test
    void closeRefusesAFileWithFewerTransfersThanAnnounced() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pain001Writer writer = new Pain001Writer(out, header(THREE, null));
        writer.write(ACCENTED);
        writer.write(WITHOUT_BIC);

        assertThatThrownBy(writer::close).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("3 transfers for 2135.06 EUR").hasMessageContaining("2 transfers for 900.50 EUR");
        assertThatThrownBy(writer::close).as("a refused close stays refused").isInstanceOf(IllegalStateException.class);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("</Document>");
    }

    @Test
    void closeRefusesTransfersThatDoNotAddUpToTheControlSum() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pain001Writer writer = new Pain001Writer(out, header(3, new BigDecimal("2135.07"), null));
        THREE.forEach(writer::write);

        assertThatThrownBy(writer::close).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("3 transfers for 2135.07 EUR").hasMessageContaining("3 transfers for 2135.06 EUR");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("</Document>");
    }

    @Test
    void closeRefusesMoreTransfersThanAnnounced() {
        List<CreditTransfer> four = IntStream.range(0, 4).mapToObj(Pain001Fixtures::transfer).toList();
        Pain001Writer writer = new Pain001Writer(new ByteArrayOutputStream(),
                header(3, Pain001Fixtures.sum(four), null));
        four.forEach(writer::write);

        assertThatThrownBy(writer::close).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("but 4 transfers");
    }

    @Test
    void closeFinishesOnceLeavesTheStreamOpenAndEndsWriting() {
        boolean[] streamClosed = { false };
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                streamClosed[0] = true;
            }
        };
        Pain001Writer writer = new Pain001Writer(out, header(List.of(GREEK), null));
        writer.write(GREEK);
        writer.close();
        int length = out.size();

        assertThatCode(writer::close).doesNotThrowAnyException();
        assertThat(out.size()).isEqualTo(length);
        assertThat(streamClosed[0]).isFalse();
        assertThatThrownBy(() -> writer.write(GREEK)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailingOutputStreamIsAnIoFailure() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        // The writer buffers: the failure shows at the latest when close() flushes.
        Pain001Writer writer = new Pain001Writer(broken, header(List.of(GREEK), null));
        writer.write(GREEK);

        assertThatThrownBy(writer::close).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Writing the pain.001 file failed");
    }

    @Test
    void aBlankBicCountsAsNone() throws Exception {
        CreditTransfer blankBic = new CreditTransfer("E2E-BLANK", new BigDecimal("10"), "Alpha", DEBTOR_IBAN, " ",
                null);
        byte[] file = write(header(List.of(blankBic), ""), List.of(blankBic));

        validate(new StreamSource(new ByteArrayInputStream(file)));
        assertThat(texts(parse(file), "BICFI")).isEmpty();
    }

    @Test
    void aHeaderTheBankWouldRefuseIsRefusedBeforeAnythingIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertRefused(out, header(0, BigDecimal.ONE, null), "numberOfTransactions must be at least 1");
        assertRefused(out, header(1, new BigDecimal("1.001"), null), "controlSum must have at most two decimals");
        assertRefused(out, header(1, BigDecimal.ONE, "COBADE"), "debtorBic is not a valid BIC");
        Pain001Header header = header(1, BigDecimal.ONE, null);
        assertRefused(out, new Pain001Header("MSG//1", header.createdAt(), header.initiatingPartyName(),
                header.paymentInformationId(), header.requestedExecutionDate(), header.debtorName(),
                header.debtorIban(), null, 1, BigDecimal.ONE), "messageId must be 1 to 35 SEPA characters");
        assertRefused(out, new Pain001Header(header.messageId(), header.createdAt(), header.initiatingPartyName(),
                "Paiement été", header.requestedExecutionDate(), header.debtorName(), header.debtorIban(), null, 1,
                BigDecimal.ONE), "paymentInformationId must be 1 to 35 SEPA characters");
        assertRefused(out, new Pain001Header(header.messageId(), header.createdAt(), header.initiatingPartyName(),
                header.paymentInformationId(), header.requestedExecutionDate(), header.debtorName(),
                "DE89370400440532013001", null, 1, BigDecimal.ONE), "debtorIban is not a valid IBAN");
        assertThat(out.size()).isZero();
    }

    @Test
    void aTransferTheBankWouldRefuseIsRefusedWithTheFieldsName() {
        Pain001Writer writer = new Pain001Writer(new ByteArrayOutputStream(), header(1, BigDecimal.ONE, null));
        CreditTransfer valid = transfer(1);

        assertThatThrownBy(() -> writer.write(new CreditTransfer("E2E-" + "9".repeat(32), valid.amount(),
                valid.creditorName(), valid.creditorIban(), null, null))).hasMessageStartingWith("endToEndId must be");
        assertThatThrownBy(() -> writer.write(new CreditTransfer(valid.endToEndId(), new BigDecimal("10.005"),
                valid.creditorName(), valid.creditorIban(), null, null)))
                .hasMessage("amount must have at most two decimals");
        assertThatThrownBy(() -> writer.write(new CreditTransfer(valid.endToEndId(), new BigDecimal("0.00"),
                valid.creditorName(), valid.creditorIban(), null, null)))
                .hasMessage("amount must be from 0.01 to 999999999.99");
        assertThatThrownBy(() -> writer.write(new CreditTransfer(valid.endToEndId(), valid.amount(), "北京公司",
                valid.creditorIban(), null, null)))
                .hasMessage("creditorName has no letter or digit in the SEPA character set");
        assertThatThrownBy(() -> writer.write(new CreditTransfer(valid.endToEndId(), valid.amount(),
                valid.creditorName(), "PL00109010140000071200000001", null, null)))
                .hasMessage("creditorIban is not a valid IBAN");
        assertThatThrownBy(() -> writer.write(new CreditTransfer(valid.endToEndId(), valid.amount(),
                valid.creditorName(), valid.creditorIban(), "WBK PPL", null)))
                .hasMessage("creditorBic is not a valid BIC");
    }

    private static void assertRefused(ByteArrayOutputStream out, Pain001Header header, String message) {
        assertThatThrownBy(() -> new Pain001Writer(out, header)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    private static byte[] write(Pain001Header header, List<CreditTransfer> transfers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Pain001Writer writer = new Pain001Writer(out, header)) {
            transfers.forEach(writer::write);
        }
        return out.toByteArray();
    }

    private static Document parse(byte[] file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
    }

    private static List<String> texts(Document document, String localName) {
        var nodes = document.getElementsByTagNameNS(NS, localName);
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent()).toList();
    }
}
