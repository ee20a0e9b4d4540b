package eu.mobilisesme.payment.domain;

import java.util.UUID;

import eu.mobilisesme.payment.bankfile.Pain001Header;

/** What a batch's file starts with, and who may read it. */
public record BatchFile(UUID batchId, UUID payerFacilitatorId, Pain001Header header) {
}
