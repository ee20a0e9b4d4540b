package eu.mobilisesme.payment.bankfile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

/** Headers, transfers, IBANs and the EPC schema, shared by the pain.001 tests. */
final class Pain001Fixtures {

    static final String DEBTOR_IBAN = "DE89370400440532013000";
    private static Schema schema;

    private Pain001Fixtures() {
    }

    static Pain001Header header(int numberOfTransactions, BigDecimal controlSum, String debtorBic) {
        return new Pain001Header("MSG-2026-03-0001", OffsetDateTime.parse("2026-03-02T09:30:00+01:00"),
                "Confederação Empresarial de Portugal", "PMT-2026-03-0001", LocalDate.parse("2026-03-04"),
                "Confederação Empresarial de Portugal", DEBTOR_IBAN, debtorBic, numberOfTransactions, controlSum);
    }

    static Pain001Header header(List<CreditTransfer> transfers, String debtorBic) {
        return header(transfers.size(), sum(transfers), debtorBic);
    }

    static BigDecimal sum(List<CreditTransfer> transfers) {
        return transfers.stream().map(CreditTransfer::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The n-th of many transfers: distinct ids, IBANs and amounts from 1.01 to 1,000.99 EUR. */
    static CreditTransfer transfer(int n) {
        return new CreditTransfer("E2E-" + n, new BigDecimal((n % 1000 + 1) + "." + (n % 99 + 1)),
                "Zoë Ångström Łukasiewicz Sp. z o.o. " + n, iban("PL", String.format("1090101400000712%08d", n)),
                n % 2 == 0 ? "WBKPPLPP" : null, "MobiliseSME grant, mobility " + n + ", pre-financing 80 %");
    }

    /** A valid IBAN: the check digits that make {@code country + digits + bban} pass mod 97. */
    static String iban(String country, String bban) {
        StringBuilder digits = new StringBuilder();
        for (char c : (bban + country + "00").toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return country + String.format("%02d", check) + bban;
    }

    /** Validates against the EPC's pain.001.001.09 schema (a copy of shared/data, unchanged). */
    static void validate(Source document) throws Exception {
        schema().newValidator().validate(document);
    }

    private static synchronized Schema schema() throws SAXException {
        if (schema == null) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            schema = factory.newSchema(Pain001Fixtures.class.getResource("/iso20022/pain.001.001.09.xsd"));
        }
        return schema;
    }
}
