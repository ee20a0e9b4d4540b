package eu.mobilisesme.payment.bankfile;

import static eu.mobilisesme.payment.bankfile.Pain001Fixtures.header;
import static eu.mobilisesme.payment.bankfile.Pain001Fixtures.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A payment run of 10,000 transfers: the file is streamed, and the schema accepts it. That its memory does not grow
 * with the batch is measured where the whole JVM is the service's own, in the benchmark's scenario F: a heap reading
 * here shares the JVM with the other tests, and failed under load.
 */
class Pain001WriterStreamingTest {

    private static final int MANY = 10_000;

    @Test
    void tenThousandTransfersMakeAFileTheSchemaAccepts(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("pain.001.xml");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            writeOpen(out, MANY).close();
        }

        // A StreamSource over a file validates as it reads (SAX underneath): the 10,000 transfers are never a tree.
        Pain001Fixtures.validate(new StreamSource(file.toFile()));
        assertThat(countTransfers(file)).isEqualTo(MANY);
    }

    /** Writes the transfers and returns the writer still open. */
    private static Pain001Writer writeOpen(OutputStream out, int count) {
        BigDecimal sum = IntStream.range(0, count).mapToObj(n -> transfer(n).amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Pain001Writer writer = new Pain001Writer(out, header(count, sum, "COBADEFFXXX"));
        for (int n = 0; n < count; n++) {
            writer.write(transfer(n));
        }
        return writer;
    }

    /** Counts the CdtTrfTxInf elements as it reads, the way the schema validator reads. */
    private static int countTransfers(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = XMLInputFactory.newDefaultFactory().createXMLStreamReader(in);
            int transfers = 0;
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("CdtTrfTxInf")) {
                    transfers++;
                }
            }
            return transfers;
        }
    }
}
