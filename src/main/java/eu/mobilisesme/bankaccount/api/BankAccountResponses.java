package eu.mobilisesme.bankaccount.api;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestResponse;

import eu.mobilisesme.bankaccount.domain.BankAccount;
import eu.mobilisesme.bankaccount.service.AccountOwner;
import eu.mobilisesme.bankaccount.service.BankAccounts;
import eu.mobilisesme.bankaccount.service.OwnerAccounts;
import eu.mobilisesme.common.api.EntityTags;
import eu.mobilisesme.common.api.Page;
import eu.mobilisesme.common.api.Pages;

/** The answers of the bank-account endpoints, the same for companies, participants and facilitators. */
final class BankAccountResponses {

    private BankAccountResponses() {
    }

    /** The owner's accounts with their version as the ETag. */
    static RestResponse<BankAccountsResponse> ok(OwnerAccounts accounts) {
        return RestResponse.ResponseBuilder.ok(BankAccountsResponse.from(accounts))
                .header(HttpHeaders.ETAG, EntityTags.of(accounts.version()))
                .build();
    }

    /** 201 with the accounts' address when the owner had none before, otherwise 200. */
    static RestResponse<BankAccountsResponse> given(BankAccounts.Change change) {
        if (!change.first()) {
            return ok(change.accounts());
        }
        return RestResponse.ResponseBuilder
                .<BankAccountsResponse>created(URI.create(path(change.accounts().owner())))
                .entity(BankAccountsResponse.from(change.accounts()))
                .header(HttpHeaders.ETAG, EntityTags.of(change.accounts().version()))
                .build();
    }

    static Page<BankAccountResponse> page(List<BankAccount> fetched, int limit) {
        return Pages.of(fetched, limit, BankAccountResponse::from, account -> String.valueOf(account.getRevision()),
                BankAccount::getId);
    }

    static String path(AccountOwner owner) {
        String owners = switch (owner.kind()) {
            case SME -> "smes";
            case PARTICIPANT -> "participants";
            case FACILITATOR -> "facilitators";
        };
        return "/api/v1/" + owners + "/" + owner.id() + "/bank-account";
    }

    /** The page shape, named for the contract (generic records have no schema name of their own). */
    @Schema(name = "BankAccountPage")
    record BankAccountPage(List<BankAccountResponse> items, String next) {
    }
}
