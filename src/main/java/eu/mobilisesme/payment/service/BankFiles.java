package eu.mobilisesme.payment.service;

import java.io.OutputStream;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.payment.bankfile.CreditTransfer;
import eu.mobilisesme.payment.bankfile.Pain001Writer;
import eu.mobilisesme.payment.domain.BatchFile;
import eu.mobilisesme.payment.persistence.BatchTransfers;

/**
 * The ISO 20022 pain.001.001.09 file of a batch, written from its rows each time it is asked for: the batch and its
 * payments never change, so the file is the same every time. Everything here blocks, on a worker thread: the file is
 * written one page of transfers at a time, so a batch of any size needs the memory of one page.
 */
@ApplicationScoped
public class BankFiles {

    private static final int PAGE = 500;

    private final BatchTransfers transfers;

    public BankFiles(BatchTransfers transfers) {
        this.transfers = transfers;
    }

    /** The batch whose file the actor asks for: 404 unless it is the paying facilitator's or the actor an admin. */
    public BatchFile batch(Actor actor, UUID id) {
        BatchFile file = transfers.header(id).await().indefinitely();
        PaymentAccess.requireBatchReader(actor, file == null ? null : file.payerFacilitatorId(), id);
        return file;
    }

    public void write(BatchFile file, OutputStream out) {
        try (Pain001Writer writer = new Pain001Writer(out, file.header())) {
            String after = "";
            List<CreditTransfer> page;
            do {
                page = transfers.page(file.batchId(), after, PAGE).await().indefinitely();
                page.forEach(writer::write);
                after = page.isEmpty() ? after : page.get(page.size() - 1).endToEndId();
            } while (page.size() == PAGE);
        }
    }
}
