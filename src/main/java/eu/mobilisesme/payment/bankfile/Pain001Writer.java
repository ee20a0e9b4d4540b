package eu.mobilisesme.payment.bankfile;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Streams a SEPA credit transfer initiation ({@code pain.001.001.09}, EPC132-08 2023 flavour) onto an output stream,
 * one transfer at a time: nothing of the document is kept, so a file of 10,000 transfers needs no more memory than
 * one of ten. One payment information block (one debtor account, one execution date) holds all transfers.
 * <p>
 * Every value is checked before it is written ({@link IllegalArgumentException} naming the field), and
 * {@link #close()} refuses to finish a file whose transfers do not add up to the header's count and control sum; the
 * caller then discards what was written. Not thread-safe; the caller owns (and closes) the output stream.
 */
public final class Pain001Writer implements AutoCloseable {

    private static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
    /** xs:dateTime needs the seconds, which {@code OffsetDateTime.toString()} leaves out when they are zero. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    /** What the EPC guidelines put in the debtor agent when the debtor's BIC is not given. */
    private static final String NO_BIC = "NOTPROVIDED";

    private final BufferedOutputStream buffer;
    private final XMLStreamWriter xml;
    private final int declaredCount;
    private final BigDecimal declaredSum;
    private int count;
    private BigDecimal sum = BigDecimal.ZERO;
    private boolean closed;

    /** Checks the header and writes everything up to the first transfer. */
    public Pain001Writer(OutputStream out, Pain001Header header) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(header, "header");
        String messageId = SepaFields.identifier(header.messageId(), "messageId");
        String paymentInformationId = SepaFields.identifier(header.paymentInformationId(), "paymentInformationId");
        String initiatingPartyName = SepaFields.name(header.initiatingPartyName(), "initiatingPartyName");
        String debtorName = SepaFields.name(header.debtorName(), "debtorName");
        String debtorIban = SepaFields.iban(header.debtorIban(), "debtorIban");
        String debtorBic = SepaFields.optionalBic(header.debtorBic(), "debtorBic");
        if (header.numberOfTransactions() < 1) {
            throw new IllegalArgumentException("numberOfTransactions must be at least 1");
        }
        declaredCount = header.numberOfTransactions();
        declaredSum = SepaFields.controlSum(header.controlSum(), "controlSum");
        String createdAt = DATE_TIME.format(Objects.requireNonNull(header.createdAt(), "createdAt")
                .truncatedTo(ChronoUnit.SECONDS));
        String executionDate = Objects.requireNonNull(header.requestedExecutionDate(), "requestedExecutionDate")
                .toString();
        try {
            // The JDK's own implementation, whatever else is on the class path: no service lookup, nothing to
            // register for native. A factory per file, as StAX factories are not promised to be thread-safe.
            // It hands a UTF-8 stream one byte at a time, hence the buffer.
            buffer = new BufferedOutputStream(out);
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(buffer, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("CstmrCdtTrfInitn");

            xml.writeStartElement("GrpHdr");
            element("MsgId", messageId);
            element("CreDtTm", createdAt);
            writeTotals();
            xml.writeStartElement("InitgPty");
            element("Nm", initiatingPartyName);
            xml.writeEndElement();
            xml.writeEndElement();

            xml.writeStartElement("PmtInf");
            element("PmtInfId", paymentInformationId);
            element("PmtMtd", "TRF");
            element("BtchBookg", "true");
            writeTotals();
            xml.writeStartElement("PmtTpInf");
            xml.writeStartElement("SvcLvl");
            element("Cd", "SEPA");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("ReqdExctnDt");
            element("Dt", executionDate);
            xml.writeEndElement();
            party("Dbtr", debtorName);
            account("DbtrAcct", debtorIban);
            xml.writeStartElement("DbtrAgt");
            xml.writeStartElement("FinInstnId");
            if (debtorBic != null) {
                element("BICFI", debtorBic);
            } else {
                xml.writeStartElement("Othr");
                element("Id", NO_BIC);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            element("ChrgBr", "SLEV");
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Checks one transfer and writes it as a {@code CdtTrfTxInf}. */
    public void write(CreditTransfer transfer) {
        if (closed) {
            throw new IllegalStateException("The pain.001 file is already closed");
        }
        Objects.requireNonNull(transfer, "transfer");
        String endToEndId = SepaFields.identifier(transfer.endToEndId(), "endToEndId");
        BigDecimal amount = SepaFields.amount(transfer.amount(), "amount");
        String creditorName = SepaFields.name(transfer.creditorName(), "creditorName");
        String creditorIban = SepaFields.iban(transfer.creditorIban(), "creditorIban");
        String creditorBic = SepaFields.optionalBic(transfer.creditorBic(), "creditorBic");
        String remittance = SepaText.of(transfer.remittanceInformation(), SepaFields.REMITTANCE_LENGTH);
        try {
            xml.writeStartElement("CdtTrfTxInf");
            xml.writeStartElement("PmtId");
            element("EndToEndId", endToEndId);
            xml.writeEndElement();
            xml.writeStartElement("Amt");
            xml.writeStartElement("InstdAmt");
            xml.writeAttribute("Ccy", "EUR");
            xml.writeCharacters(amount.toPlainString());
            xml.writeEndElement();
            xml.writeEndElement();
            if (creditorBic != null) {
                xml.writeStartElement("CdtrAgt");
                xml.writeStartElement("FinInstnId");
                element("BICFI", creditorBic);
                xml.writeEndElement();
                xml.writeEndElement();
            }
            party("Cdtr", creditorName);
            account("CdtrAcct", creditorIban);
            // Ustrd needs at least one character: a text with nothing left in SEPA characters is left out.
            if (!remittance.isEmpty()) {
                xml.writeStartElement("RmtInf");
                element("Ustrd", remittance);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        count++;
        sum = sum.add(amount);
    }

    /**
     * Ends the document and flushes it, if the transfers written match the header's count and control sum; otherwise
     * throws {@link IllegalStateException} and leaves the document unfinished, so that no file with a wrong
     * {@code NbOfTxs} or {@code CtrlSum} can come out of here. Does not close the output stream.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (count != declaredCount || sum.compareTo(declaredSum) != 0) {
            throw new IllegalStateException("The header announces " + declaredCount + " transfers for "
                    + declaredSum.toPlainString() + " EUR, but " + count + " transfers for " + sum.toPlainString()
                    + " EUR were written; the file is not finished");
        }
        try {
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            buffer.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the pain.001 file failed", e);
        }
        closed = true;
    }

    /** NbOfTxs and CtrlSum, the same in the group header and in the payment information block. */
    private void writeTotals() throws XMLStreamException {
        element("NbOfTxs", Integer.toString(declaredCount));
        element("CtrlSum", declaredSum.toPlainString());
    }

    private void party(String element, String name) throws XMLStreamException {
        xml.writeStartElement(element);
        element("Nm", name);
        xml.writeEndElement();
    }

    private void account(String element, String iban) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("Id");
        element("IBAN", iban);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** The StAX writer reports a failing output stream as an XMLStreamException; it is an I/O failure. */
    private static UncheckedIOException failed(XMLStreamException e) {
        return new UncheckedIOException(new IOException("Writing the pain.001 file failed", e));
    }
}
