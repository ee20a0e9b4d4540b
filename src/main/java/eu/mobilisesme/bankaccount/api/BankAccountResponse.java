package eu.mobilisesme.bankaccount.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.mobilisesme.bankaccount.domain.AccountStatus;
import eu.mobilisesme.bankaccount.domain.BankAccount;

@Schema(name = "BankAccount", description = "One account an owner gave, with who gave, confirmed or refused it and "
        + "when. Once a participant's data is erased, the holder, IBAN and BIC are absent.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BankAccountResponse(UUID id,
        @Schema(description = "1 for the owner's first account, then 2, 3, ...") int revision,
        String holderName,
        @Schema(description = "Electronic form: upper case, no spaces.", examples = "IT60X0542811101000000123456")
        String iban,
        String bic,
        @Schema(description = "ACTIVE: in use. AWAITING_CONFIRMATION: given while payments were pending; the active "
                + "one stays in use until the facilitator in charge confirms it. SUPERSEDED: replaced (or erased). "
                + "REFUSED: the facilitator refused it.") AccountStatus status,
        Instant createdAt,
        @Schema(description = "Who gave it (the acting user's subject).") String createdBy,
        @Schema(description = "When it came into use: at once, or on confirmation.") Instant activatedAt,
        Instant confirmedAt, String confirmedBy, Instant refusedAt, String refusedBy, String refusalReason,
        Instant supersededAt, boolean erased, Instant erasedAt) {

    static BankAccountResponse from(BankAccount account) {
        return account == null ? null : new BankAccountResponse(account.getId(), account.getRevision(),
                account.getHolderName(), account.getIban(), account.getBic(), account.getStatus(),
                account.getCreatedAt(), account.getCreatedBy(), account.getActivatedAt(), account.getConfirmedAt(),
                account.getConfirmedBy(), account.getRefusedAt(), account.getRefusedBy(), account.getRefusalReason(),
                account.getSupersededAt(), account.isErased(), account.getErasedAt());
    }
}
