package eu.mobilisesme.bankaccount.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.mobilisesme.bankaccount.domain.OwnerKind;
import eu.mobilisesme.bankaccount.service.OwnerAccounts;

@Schema(name = "BankAccounts", description = "An owner's account in use and the one waiting for the confirmation of "
        + "the facilitator in charge, if any.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BankAccountsResponse(OwnerKind ownerKind, UUID ownerId,
        @Schema(description = "The account payments use now (for a facilitator: its bank files).")
        BankAccountResponse active,
        @Schema(description = "A change given while payments to the owner were pending.")
        BankAccountResponse awaitingConfirmation,
        @Schema(description = "The version of the owner's accounts, as in the ETag.") long version) {

    static BankAccountsResponse from(OwnerAccounts accounts) {
        return new BankAccountsResponse(accounts.owner().kind(), accounts.owner().id(),
                BankAccountResponse.from(accounts.active()),
                BankAccountResponse.from(accounts.awaitingConfirmation()), accounts.version());
    }
}
