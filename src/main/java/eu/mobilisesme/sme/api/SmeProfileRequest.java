package eu.mobilisesme.sme.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.common.api.CountryCode;
import eu.mobilisesme.common.api.InputLimits;
import eu.mobilisesme.common.api.LanguageTag;
import eu.mobilisesme.common.domain.CollaborationType;
import eu.mobilisesme.common.domain.LanguageTags;
import eu.mobilisesme.sme.domain.Address;
import eu.mobilisesme.sme.domain.ExchangeRole;
import eu.mobilisesme.sme.domain.NaceCode;
import eu.mobilisesme.sme.domain.NaceVersion;
import eu.mobilisesme.sme.domain.NutsRegions;
import eu.mobilisesme.sme.domain.SmeDetails;
import eu.mobilisesme.sme.domain.VatNumbers;

/**
 * A company's profile as the company (or whoever registers or imports it) states it: the fields every write of a
 * profile accepts. Each write has its own request type, so the contract shows exactly what each accepts
 * ({@link SmeRegistrationRequest}, {@link SmeUpdateRequest}, {@link SmeImportRequest}); a field a write does not
 * accept is unknown to it and refused (400). The size class, the verification status and the decisions are the
 * service's, so they are not fields here. A class rather than a record, so the three share one list of fields.
 */
@ConsistentWithCountry
public abstract class SmeProfileRequest {

    /** The longest amount in EUR: 12 digits, a point and 2 decimals. */
    private static final int AMOUNT_LENGTH = 15;
    private static final String AMOUNT_PATTERN = "^[0-9]{1,12}(\\.[0-9]{1,2})?$";

    @NotBlank @Size(max = InputLimits.NAME) @Schema(examples = "Olio di Puglia S.r.l.")
    public String legalName;

    @Size(max = InputLimits.NAME)
    public String tradingName;

    @NotNull @CountryCode
    @Schema(examples = "IT", description = "ISO 3166-1 alpha-2; an eligible country of the current call. It cannot "
            + "change after registration.")
    public String country;

    @Size(max = 5) @Pattern(regexp = NutsRegions.FORMAT, message = "must be a NUTS code such as ITF47")
    @Schema(examples = "ITF47", description = "NUTS 1-3 code starting with the country's NUTS code (EL for GR).")
    public String nutsRegion;

    @NotNull @Valid
    public AddressRequest address;

    @Size(max = InputLimits.WEB_ADDRESS)
    @Pattern(regexp = InputLimits.WEB_ADDRESS_PATTERN, message = "must be an http(s) URL")
    public String website;

    @NotBlank @Size(max = 24)
    @Schema(examples = "IT01234567890", description = "VAT or registration number with its country prefix (EL for "
            + "Greece); spaces, dots and dashes are ignored. Unique per country.")
    public String vatNumber;

    @NotBlank @Size(max = 7)
    @Schema(examples = "C10.41", pattern = "^" + NaceCode.FORMAT + "$", description = "NACE code at division level "
            + "or finer; the section letter is optional and, for Rev. 2, derived from the division.")
    public String naceCode;

    @Schema(description = "The NACE edition of `naceCode`; REV_2 when absent.")
    public NaceVersion naceVersion;

    @NotNull @Min(1800) @Max(9999) @Schema(examples = "1998", description = "Not in the future.")
    public Integer foundingYear;

    @NotNull @Min(0) @Max(1_000_000) @Schema(description = "Staff headcount in annual work units.")
    public Integer staffHeadcount;

    @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
    @Schema(type = SchemaType.STRING, pattern = AMOUNT_PATTERN, maxLength = AMOUNT_LENGTH, examples = "1850000.00",
            description = "Annual turnover in EUR, as a decimal string.")
    public BigDecimal annualTurnover;

    @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
    @Schema(type = SchemaType.STRING, pattern = AMOUNT_PATTERN, maxLength = AMOUNT_LENGTH, examples = "920000.00",
            description = "Balance sheet total in EUR, as a decimal string.")
    public BigDecimal balanceSheetTotal;

    @NotEmpty @Size(max = 20) @Schema(examples = "[\"it\", \"en\"]", description = "BCP 47 language tags.")
    public List<@NotNull @LanguageTag String> languages;

    @NotNull @Size(max = 7)
    public Set<@NotNull CollaborationType> collaborationOffered;

    @NotNull @Size(max = 7)
    public Set<@NotNull CollaborationType> collaborationSought;

    @NotNull @Size(max = 50) @Schema(examples = "[\"DE\", \"PT\"]", description = "Countries it wants to trade in.")
    public List<@NotNull @CountryCode String> targetMarkets;

    @NotNull @Schema(description = "Whether it sends staff, hosts staff, or both. A large company may only host.")
    public ExchangeRole exchangeRole;

    @NotNull @Min(0) @Max(50) @Schema(description = "People it can host at once; at least 1 if it hosts.")
    public Integer hostingCapacity;

    @Size(max = InputLimits.NOTE)
    public String description;

    @NotNull @Schema(description = "Whether a verified profile may be listed in the public catalogue.")
    public Boolean catalogueConsent;

    @Schema(name = "Address")
    public record AddressRequest(@NotBlank @Size(max = InputLimits.NAME) String street,
            @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9 -]{2,20}", message = "must be a postal code")
            String postalCode,
            @NotBlank @Size(max = 100) String city) {
    }

    NaceVersion naceVersionOrDefault() {
        return naceVersion == null ? NaceVersion.REV_2 : naceVersion;
    }

    SmeDetails toDetails() {
        return new SmeDetails(legalName.strip(), strip(tradingName), country, nutsRegion,
                new Address(address.street().strip(), address.postalCode().strip(), address.city().strip()),
                website, VatNumbers.normalise(vatNumber), NaceCode.of(naceCode, naceVersionOrDefault()), foundingYear,
                staffHeadcount, annualTurnover, balanceSheetTotal,
                languages.stream().map(LanguageTags::canonical).toList(), copy(collaborationOffered),
                copy(collaborationSought), targetMarkets, exchangeRole, hostingCapacity, strip(description),
                catalogueConsent);
    }

    private static SortedSet<CollaborationType> copy(Set<CollaborationType> types) {
        return new TreeSet<>(types);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
