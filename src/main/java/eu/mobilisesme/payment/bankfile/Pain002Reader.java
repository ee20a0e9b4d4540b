package eu.mobilisesme.payment.bankfile;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a payment status report ({@code pain.002}) that a bank sends back for a pain.001 file. Elements are matched
 * by their local names along their path, whatever the namespace says, so {@code pain.002.001.10} and the older
 * {@code .001.03} both read. The input comes from outside and is treated as hostile: no DTD, no entity other than
 * XML's own, bounded depth, text lengths and number of transactions. The caller still bounds the size of the upload.
 */
public final class Pain002Reader {

    /** Far above any real report (a file of ours holds at most as many transfers as a payment run has grants). */
    static final int MAX_TRANSACTIONS = 100_000;
    /** Reports nest about 15 levels deep (e.g. the original transaction's remittance information). */
    private static final int MAX_DEPTH = 64;
    /** Raw characters in one element we read, surrounding white space included. */
    private static final int MAX_TEXT = 1_000;
    private static final int MAX_IDENTIFIER = 35;
    /** ISO status and reason codes: {@code ACSC}, {@code RJCT}, {@code AC04}, {@code MS03}, ... */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,4}");

    private static final String NOT_A_REPORT = "The file is not a pain.002 payment status report";
    private static final String REPORT = "Document/CstmrPmtStsRpt";
    private static final String MESSAGE_ID = REPORT + "/GrpHdr/MsgId";
    private static final String ORIGINAL_MESSAGE_ID = REPORT + "/OrgnlGrpInfAndSts/OrgnlMsgId";
    private static final String GROUP_STATUS = REPORT + "/OrgnlGrpInfAndSts/GrpSts";
    private static final String TRANSACTION = REPORT + "/OrgnlPmtInfAndSts/TxInfAndSts";
    private static final String END_TO_END_ID = TRANSACTION + "/OrgnlEndToEndId";
    private static final String TRANSACTION_STATUS = TRANSACTION + "/TxSts";
    private static final String REASON_CODE = TRANSACTION + "/StsRsnInf/Rsn/Cd";

    private final XMLStreamReader xml;
    /** The local names from the root to the current element, e.g. {@code Document/CstmrPmtStsRpt/GrpHdr}. */
    private final StringBuilder path = new StringBuilder();
    private final int[] parentPathLengths = new int[MAX_DEPTH];
    private int depth;

    private String messageId;
    private String originalMessageId;
    private String groupStatus;
    private final List<TransactionStatus> transactions = new ArrayList<>();
    private String endToEndId;
    private String transactionStatus;
    private String reasonCode;

    private Pain002Reader(XMLStreamReader xml) {
        this.xml = xml;
    }

    /** The report in {@code in}, which is left open; refused with a message fit for the person who sent the file. */
    public static StatusReport read(InputStream in) throws InvalidStatusReportException {
        Objects.requireNonNull(in, "in");
        XMLStreamReader xml = null;
        try {
            xml = secureFactory().createXMLStreamReader(in);
            return new Pain002Reader(xml).report();
        } catch (XMLStreamException e) {
            // The parser's own message names its internals; only the position is worth passing on.
            String line = e.getLocation() == null || e.getLocation().getLineNumber() < 1 ? ""
                    : " (line " + e.getLocation().getLineNumber() + ")";
            throw new InvalidStatusReportException("The file is not well-formed XML" + line);
        } finally {
            closeQuietly(xml);
        }
    }

    /**
     * A factory per read: the JDK's own (no service lookup, nothing for native to register), refusing DTDs and
     * external entities. A DOCTYPE still shows up as an event, which {@link #report()} refuses outright.
     */
    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    private StatusReport report() throws XMLStreamException {
        while (xml.hasNext()) {
            switch (xml.next()) {
                case DTD -> throw invalid("The file must not contain a document type declaration (DOCTYPE)");
                case START_ELEMENT -> enter(xml.getLocalName());
                case END_ELEMENT -> leave();
                default -> {
                    // White space between elements, comments, processing instructions: nothing to read.
                }
            }
        }
        if (messageId == null) {
            throw new InvalidStatusReportException("The report has no message id (GrpHdr/MsgId)");
        }
        if (originalMessageId == null) {
            throw new InvalidStatusReportException(
                    "The report does not name the file it is about (OrgnlGrpInfAndSts/OrgnlMsgId)");
        }
        return new StatusReport(messageId, originalMessageId, groupStatus, transactions);
    }

    private void enter(String name) throws XMLStreamException {
        if (depth == 0 && !name.equals("Document") || depth == 1 && !name.equals("CstmrPmtStsRpt")) {
            throw invalid(NOT_A_REPORT);
        }
        if (depth == MAX_DEPTH) {
            throw invalid("The file nests its elements too deeply");
        }
        parentPathLengths[depth++] = path.length();
        path.append(depth > 1 ? "/" : "").append(name);
        switch (path.toString()) {
            case MESSAGE_ID -> messageId = identifier(text(), "GrpHdr/MsgId");
            case ORIGINAL_MESSAGE_ID -> originalMessageId = identifier(text(), "OrgnlMsgId");
            case GROUP_STATUS -> groupStatus = code(text(), "GrpSts");
            case TRANSACTION -> startTransaction();
            case END_TO_END_ID -> endToEndId = identifier(text(), "OrgnlEndToEndId");
            case TRANSACTION_STATUS -> transactionStatus = code(text(), "TxSts");
            case REASON_CODE -> {
                String code = code(text(), "StsRsnInf/Rsn/Cd");
                // Several reasons may be given; the first is the bank's main one.
                reasonCode = reasonCode == null ? code : reasonCode;
            }
            default -> {
                // An element we do not need (its content is walked through, not kept).
            }
        }
    }

    private void leave() {
        if (TRANSACTION.contentEquals(path)) {
            finishTransaction();
        }
        path.setLength(parentPathLengths[--depth]);
    }

    private void startTransaction() {
        if (transactions.size() == MAX_TRANSACTIONS) {
            throw invalid("The report holds more than " + MAX_TRANSACTIONS + " transactions");
        }
        endToEndId = null;
        transactionStatus = null;
        reasonCode = null;
    }

    private void finishTransaction() {
        if (endToEndId == null || transactionStatus == null) {
            throw invalid("A transaction status (TxInfAndSts) needs OrgnlEndToEndId and TxSts");
        }
        transactions.add(new TransactionStatus(endToEndId, transactionStatus, reasonCode));
    }

    /** The text of the current element, which must hold text only; reads up to and including its end. */
    private String text() throws XMLStreamException {
        String element = xml.getLocalName();
        StringBuilder text = new StringBuilder();
        while (true) {
            switch (xml.next()) {
                case CHARACTERS, CDATA, SPACE -> {
                    if (text.length() + xml.getTextLength() > MAX_TEXT) {
                        throw invalid(element + " is too long");
                    }
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
                case START_ELEMENT -> throw invalid(element + " must hold text only");
                case END_ELEMENT -> {
                    leave();
                    return text.toString().strip();
                }
                default -> {
                    // A comment or processing instruction inside the text.
                }
            }
        }
    }

    private String identifier(String value, String element) {
        if (value.isEmpty() || value.length() > MAX_IDENTIFIER) {
            throw invalid(element + " must be 1 to " + MAX_IDENTIFIER + " characters");
        }
        return value;
    }

    private String code(String value, String element) {
        if (!CODE.matcher(value).matches()) {
            throw invalid(element + " must be a code of 1 to 4 capital letters or digits");
        }
        return value;
    }

    private InvalidStatusReportException invalid(String message) {
        int line = xml.getLocation() == null ? -1 : xml.getLocation().getLineNumber();
        return new InvalidStatusReportException(line < 1 ? message : message + " (line " + line + ")");
    }

    private static void closeQuietly(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // Nothing is left to read or to release: the input stream stays the caller's.
            }
        }
    }
}
