package eu.mobilisesme.payment.domain;

import java.util.UUID;

import eu.mobilisesme.common.domain.GrantPayee;

/** Who receives a grant: the sending company or the participant, by id. */
public record Payee(GrantPayee kind, UUID id) {
}
