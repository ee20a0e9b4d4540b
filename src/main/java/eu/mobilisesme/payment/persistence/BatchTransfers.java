package eu.mobilisesme.payment.persistence;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.payment.bankfile.CreditTransfer;
import eu.mobilisesme.payment.bankfile.Pain001Header;
import eu.mobilisesme.payment.domain.BatchFile;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The transfers of a batch, page by page in end-to-end id order, straight from the database client: a bank file is
 * written on a worker thread while it is sent, without a session, and never holds more than a page.
 */
@ApplicationScoped
public class BatchTransfers {

    /** Who the files say initiated them: the programme, on behalf of the paying facilitator named as debtor. */
    private static final String INITIATING_PARTY = "MobiliseSME";

    private final Pool database;

    BatchTransfers(Pool database) {
        this.database = database;
    }

    /** The batch's file header and its payer, or null when there is no such batch. */
    public Uni<BatchFile> header(UUID batchId) {
        return database.preparedQuery("select message_id, created_at, requested_execution_date, debtor_name, "
                + "debtor_iban, debtor_bic, payment_count, control_sum, payer_facilitator_id from payment_batch "
                + "where id = $1")
                .execute(Tuple.of(batchId))
                .map(rows -> rows.size() == 0 ? null : file(batchId, rows.iterator().next()));
    }

    private static BatchFile file(UUID batchId, Row row) {
        String messageId = row.getString(0);
        return new BatchFile(batchId, row.getUUID(8), new Pain001Header(messageId,
                row.getOffsetDateTime(1).withOffsetSameInstant(ZoneOffset.UTC), INITIATING_PARTY, messageId,
                row.getLocalDate(2), row.getString(3), row.getString(4), row.getString(5), row.getInteger(6),
                row.getBigDecimal(7)));
    }

    public Uni<List<CreditTransfer>> page(UUID batchId, String afterEndToEndId, int limit) {
        return database.preparedQuery("select end_to_end_id, amount, creditor_name, creditor_iban, creditor_bic, "
                + "application_id, instalment from payment where batch_id = $1 and end_to_end_id > $2 "
                + "order by end_to_end_id limit $3")
                .execute(Tuple.of(batchId, afterEndToEndId, limit))
                .map(rows -> rows.stream().map(BatchTransfers::transfer).toList());
    }

    private static CreditTransfer transfer(Row row) {
        return new CreditTransfer(row.getString(0), row.getBigDecimal(1), row.getString(2), row.getString(3),
                row.getString(4), "MobiliseSME grant " + row.getString(6).replace('_', ' ').toLowerCase()
                        + " mobility " + row.getUUID(5));
    }
}
