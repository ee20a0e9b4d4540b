package eu.mobilisesme.sme.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

import eu.mobilisesme.common.domain.CollaborationType;
import eu.mobilisesme.sme.domain.ExchangeRole;
import eu.mobilisesme.sme.domain.NaceVersion;
import eu.mobilisesme.sme.domain.SizeClass;
import eu.mobilisesme.sme.domain.SmeDetails;
import eu.mobilisesme.sme.domain.SmeSnapshot;
import eu.mobilisesme.sme.domain.VerificationStatus;

/**
 * A company as the reader may see it. The company itself, its facilitator, administrators and the partner portal that
 * imported it get the FULL view; everyone else gets the PUBLIC catalogue entry, without the street address, the VAT
 * number, staff and financial figures, consent, review dates or external reference.
 */
@Schema(name = "Sme", description = "A company profile; fields marked 'full view only' are absent from the PUBLIC view.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SmeResponse(UUID id, View view, String legalName, String tradingName, String country,
        String nutsRegion, AddressResponse address, String website,
        @Schema(description = "Full view only.") String vatNumber, Nace nace, int foundingYear,
        @Schema(description = "Full view only.") Integer staffHeadcount,
        @Schema(type = SchemaType.STRING, examples = "1850000.00", description = "EUR; full view only.")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal annualTurnover,
        @Schema(type = SchemaType.STRING, examples = "920000.00", description = "EUR; full view only.")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balanceSheetTotal,
        @Schema(description = "Derived from staff and figures (EU Recommendation 2003/361); never sent by clients.")
        SizeClass sizeClass,
        List<String> languages, Set<CollaborationType> collaborationOffered,
        Set<CollaborationType> collaborationSought, List<String> targetMarkets, ExchangeRole exchangeRole,
        int hostingCapacity, String description,
        @Schema(description = "Full view only.") Boolean catalogueConsent,
        UUID facilitatorId, VerificationStatus status,
        @Schema(description = "When the registration was last submitted for verification; full view only.")
        Instant submittedAt,
        @Schema(description = "Date by which the facilitator should decide (15 working days by default); only while "
                + "pending verification; full view only.") LocalDate reviewDueOn,
        @Schema(description = "The importing partner portal's own id; full view only.") String externalRef,
        @Schema(description = "Optimistic-lock version, as in the ETag; full view only.") Long version,
        Instant createdAt, Instant updatedAt) {

    public enum View { FULL, PUBLIC }

    @Schema(name = "SmeAddress", description = "In the PUBLIC view only the city.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AddressResponse(String street, String postalCode, String city) {
    }

    @Schema(name = "Nace")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Nace(@Schema(examples = "10.41") String code, NaceVersion version,
            @Schema(examples = "C") String section) {
    }

    static SmeResponse from(SmeSnapshot sme, boolean full) {
        SmeDetails details = sme.details();
        var address = full
                ? new AddressResponse(details.address().street(), details.address().postalCode(),
                        details.address().city())
                : new AddressResponse(null, null, details.address().city());
        var nace = new Nace(details.nace().code(), details.nace().version(), details.nace().section());
        return new SmeResponse(sme.id(), full ? View.FULL : View.PUBLIC, details.legalName(),
                details.tradingName(), details.country(), details.nutsRegion(), address, details.website(),
                full ? details.vatNumber() : null, nace, details.foundingYear(),
                full ? details.staffHeadcount() : null, full ? details.annualTurnover() : null,
                full ? details.balanceSheetTotal() : null, sme.sizeClass(), details.languages(),
                details.collaborationOffered(), details.collaborationSought(), details.targetMarkets(),
                details.exchangeRole(), details.hostingCapacity(), details.description(),
                full ? details.catalogueConsent() : null, sme.facilitatorId(), sme.status(),
                full ? sme.submittedAt() : null, full ? sme.reviewDueOn() : null,
                full ? sme.externalRef() : null, full ? sme.version() : null, sme.createdAt(),
                sme.updatedAt());
    }
}
