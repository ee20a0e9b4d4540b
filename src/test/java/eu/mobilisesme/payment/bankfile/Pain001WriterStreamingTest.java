package eu.mobilisesme.payment.bankfile;

import static eu.mobilisesme.payment.bankfile.Pain001Fixtures.header;
import static eu.mobilisesme.payment.bankfile.Pain001Fixtures.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
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
 * A payment run of 10,000 transfers: the file is streamed, not built in memory, and the schema accepts it. The heap
 * figures are printed for the record; the one assertion is loose enough for any collector, tight enough to catch a
 * writer that keeps the document.
 */
class Pain001WriterStreamingTest {

    private static final int MANY = 10_000;
    private static final int FEW = 100;

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

    @Test
    void theHeapKeptWhileWritingDoesNotGrowWithTheNumberOfTransfers() {
        Measurement few = measure(FEW);
        Measurement many = measure(MANY);

        System.out.printf("pain.001 streaming: %,d transfers -> %,d bytes, heap kept while open %,d bytes, "
                + "allocated %,d bytes%n", FEW, few.bytesWritten, few.heapKept, few.allocated);
        System.out.printf("pain.001 streaming: %,d transfers -> %,d bytes, heap kept while open %,d bytes, "
                + "allocated %,d bytes%n", MANY, many.bytesWritten, many.heapKept, many.allocated);
        // A writer building the document would keep at least the text it wrote (about 3.7 MB here).
        assertThat(many.heapKept - few.heapKept).isLessThan(many.bytesWritten / 10);
    }

    /**
     * Writes {@code count} transfers to a stream that only counts, and reads the used heap after a full collection
     * before the writer is made and again while it is still open, after its last transfer.
     */
    private static Measurement measure(int count) {
        CountingOutputStream out = new CountingOutputStream();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long heapBefore = heapAfterCollection();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        Pain001Writer writer = writeOpen(out, count);
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long heapKept = heapAfterCollection() - heapBefore;
        writer.close();
        return new Measurement(out.count, heapKept, allocated);
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

    private static long heapAfterCollection() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private record Measurement(long bytesWritten, long heapKept, long allocated) {
    }

    /** Counts what it is given and keeps nothing. */
    private static final class CountingOutputStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
