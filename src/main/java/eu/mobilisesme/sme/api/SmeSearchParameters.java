package eu.mobilisesme.sme.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import eu.mobilisesme.common.api.CountryCode;
import eu.mobilisesme.common.api.InputLimits;
import eu.mobilisesme.common.api.LanguageTag;
import eu.mobilisesme.common.api.PageCursor;
import eu.mobilisesme.common.domain.CollaborationType;
import eu.mobilisesme.common.domain.LanguageTags;
import eu.mobilisesme.sme.domain.ExchangeRole;
import eu.mobilisesme.sme.domain.SizeClass;
import eu.mobilisesme.sme.domain.SmeSearch;
import eu.mobilisesme.sme.domain.VerificationStatus;

/** The query parameters of a catalogue search. */
public class SmeSearchParameters {

    @QueryParam("country")
    @CountryCode
    String country;

    @QueryParam("nutsPrefix")
    @Size(max = 5)
    @Pattern(regexp = "[A-Z]{2}[0-9A-Z]{0,3}", message = "must be the start of a NUTS code such as ITF")
    @Parameter(description = "NUTS regions starting with this, e.g. `ITF` for Southern Italy.")
    String nutsPrefix;

    @QueryParam("nacePrefix")
    @Size(max = 5)
    @Pattern(regexp = "[0-9]{2}(\\.[0-9]{0,2})?", message = "must be the start of a NACE code such as 10 or 10.4")
    @Parameter(description = "NACE codes starting with this, e.g. `10` (a division) or `10.4` (a group).")
    String nacePrefix;

    @QueryParam("sizeClass")
    SizeClass sizeClass;

    @QueryParam("offers")
    @Parameter(description = "Companies offering this collaboration type.")
    CollaborationType offers;

    @QueryParam("seeks")
    @Parameter(description = "Companies seeking this collaboration type.")
    CollaborationType seeks;

    @QueryParam("language")
    @LanguageTag
    @Parameter(description = "Companies speaking this language (BCP 47).")
    String language;

    @QueryParam("exchangeRole")
    @Parameter(description = "SEND: companies that send; HOST: that host; BOTH: that do both.")
    ExchangeRole exchangeRole;

    @QueryParam("status")
    @Parameter(description = "Verification status; other companies' non-public statuses stay invisible.")
    VerificationStatus status;

    @QueryParam("q")
    @Size(min = 2, max = 200)
    @Parameter(description = "Words to find in names and description (all of them; \"quoted phrases\" and -excluded "
            + "words as in web search).")
    String q;

    @QueryParam("cursor")
    @PageCursor
    @Parameter(description = "The `next` cursor of the previous page.")
    String cursor;

    @QueryParam("limit")
    @DefaultValue("50")
    @Min(1)
    @Max(InputLimits.PAGE_SIZE)
    int limit;

    @QueryParam("includeTotal")
    @Pattern(regexp = "true|false", message = "must be true or false")
    @Parameter(description = "Also count all matches (costs a full count).", schema = @Schema(type = SchemaType.BOOLEAN))
    String includeTotal;

    boolean includeTotal() {
        return Boolean.parseBoolean(includeTotal);
    }

    SmeSearch toSearch() {
        return new SmeSearch(country, nutsPrefix, nacePrefix, sizeClass, offers, seeks,
                language == null ? null : LanguageTags.canonical(language), exchangeRole, status, q);
    }
}
