package eu.mobilisesme.sme.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.AuditedEntity;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.CollaborationType;
import eu.mobilisesme.common.domain.ConflictException;

/**
 * A company's profile and where its registration stands. Clients state the {@link SmeDetails}; the size class, the
 * status and its history, the review deadline and the facilitator are only ever set here, by the rules.
 */
@Entity
@Table(name = "sme")
public class Sme extends AuditedEntity {

    @Column(name = "legal_name")
    private String legalName;
    @Column(name = "trading_name")
    private String tradingName;
    private String country;
    @Column(name = "nuts_region")
    private String nutsRegion;
    private String street;
    @Column(name = "postal_code")
    private String postalCode;
    private String city;
    private String website;
    @Column(name = "vat_number")
    private String vatNumber;
    @Column(name = "nace_code")
    private String naceCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "nace_version")
    private NaceVersion naceVersion;
    @Column(name = "nace_section")
    private String naceSection;
    @Column(name = "founding_year")
    private int foundingYear;
    @Column(name = "staff_headcount")
    private int staffHeadcount;
    @Column(name = "annual_turnover")
    private BigDecimal annualTurnover;
    @Column(name = "balance_sheet_total")
    private BigDecimal balanceSheetTotal;
    @Enumerated(EnumType.STRING)
    @Column(name = "size_class")
    private SizeClass sizeClass;
    private String[] languages;
    @Column(name = "collaboration_offered")
    private String[] collaborationOffered;
    @Column(name = "collaboration_sought")
    private String[] collaborationSought;
    @Column(name = "target_markets")
    private String[] targetMarkets;
    @Column(name = "sends_staff")
    private boolean sendsStaff;
    @Column(name = "hosts_staff")
    private boolean hostsStaff;
    @Column(name = "hosting_capacity")
    private int hostingCapacity;
    private String description;
    @Column(name = "catalogue_consent")
    private boolean catalogueConsent;
    @Column(name = "facilitator_id")
    private UUID facilitatorId;
    @Enumerated(EnumType.STRING)
    private VerificationStatus status;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "review_due_on")
    private LocalDate reviewDueOn;
    @Column(name = "external_client")
    private String externalClient;
    @Column(name = "external_ref")
    private String externalRef;

    protected Sme() {
    }

    private Sme(UUID id, Actor registeredBy, Instant at) {
        super(id, registeredBy.subject(), at);
    }

    /**
     * A new registration, pending verification until {@code reviewDueOn}. {@code externalRef} is the registering
     * partner portal's own id for the company, or null.
     */
    public static Registration register(UUID id, SmeDetails details, UUID facilitatorId, String externalRef,
            Actor registeredBy, Instant at, LocalDate reviewDueOn) {
        requireAllowed(details);
        Sme sme = new Sme(id, registeredBy, at);
        sme.apply(details);
        sme.facilitatorId = facilitatorId;
        if (externalRef != null) {
            sme.externalClient = registeredBy.subject();
            sme.externalRef = externalRef;
        }
        SmeStatusChange submitted = sme.moveTo(VerificationStatus.PENDING_VERIFICATION, registeredBy,
                "Registered", at, reviewDueOn);
        return new Registration(sme, submitted);
    }

    /** A registration and the first entry of its history. */
    public record Registration(Sme sme, SmeStatusChange submitted) {
    }

    /**
     * Replaces the details. A verified company that changes its legal name or VAT number is a different legal entity
     * as far as the programme knows, so it goes back to verification (the returned change, due {@code reviewDueOn}).
     */
    public Optional<SmeStatusChange> change(SmeDetails details, Actor actor, Instant at, LocalDate reviewDueOn) {
        if (!country.equals(details.country())) {
            throw new BusinessRuleException("COUNTRY_CHANGE_NOT_ALLOWED",
                    "A company cannot move to another country; register the company of the new country instead.");
        }
        requireAllowed(details);
        boolean reverify = needsReverificationAfter(details);
        apply(details);
        touch(actor.subject(), at);
        if (reverify) {
            return Optional.of(moveTo(VerificationStatus.PENDING_VERIFICATION, actor,
                    "Legal name or VAT number changed", at, reviewDueOn));
        }
        return Optional.empty();
    }

    /** Whether changing to {@code details} sends a verified company back to verification. */
    public boolean needsReverificationAfter(SmeDetails details) {
        return status == VerificationStatus.VERIFIED && details().identityDiffersFrom(details);
    }

    /** A facilitator's (or administrator's) decision on the registration. */
    public SmeStatusChange decide(VerificationDecision decision, Actor actor, String reason, Instant at) {
        if (!decision.isAllowedFrom(status)) {
            throw new ConflictException("ILLEGAL_TRANSITION",
                    "A registration that is " + status + " cannot be decided with " + decision + ".",
                    Map.of("currentStatus", status, "allowedActions", VerificationDecision.allowedFrom(status)));
        }
        touch(actor.subject(), at);
        return moveTo(decision.outcome(), actor, reason, at, null);
    }

    public void assignFacilitator(UUID facilitatorId, Actor actor, Instant at) {
        this.facilitatorId = facilitatorId;
        touch(actor.subject(), at);
    }

    private static void requireAllowed(SmeDetails details) {
        if (details.exchangeRole().sends() && !details.sizeClass().isSme()) {
            throw new BusinessRuleException("LARGE_COMPANY_CANNOT_SEND",
                    "A large company (EU Recommendation 2003/361) may host staff but not send any.");
        }
        if (details.exchangeRole().hosts() && details.hostingCapacity() < 1) {
            throw new BusinessRuleException("HOSTING_CAPACITY_REQUIRED",
                    "A company that hosts staff must be able to host at least one person.");
        }
    }

    private SmeStatusChange moveTo(VerificationStatus next, Actor actor, String reason, Instant at,
            LocalDate dueOn) {
        VerificationStatus previous = status;
        status = next;
        reviewDueOn = dueOn;
        if (next == VerificationStatus.PENDING_VERIFICATION) {
            submittedAt = at;
        }
        return new SmeStatusChange(getId(), actor, previous, next, reason, at);
    }

    private void apply(SmeDetails details) {
        legalName = details.legalName();
        tradingName = details.tradingName();
        country = details.country();
        nutsRegion = details.nutsRegion();
        street = details.address().street();
        postalCode = details.address().postalCode();
        city = details.address().city();
        website = details.website();
        vatNumber = details.vatNumber();
        naceCode = details.nace().code();
        naceVersion = details.nace().version();
        naceSection = details.nace().section();
        foundingYear = details.foundingYear();
        staffHeadcount = details.staffHeadcount();
        annualTurnover = details.annualTurnover();
        balanceSheetTotal = details.balanceSheetTotal();
        sizeClass = details.sizeClass();
        languages = details.languages().toArray(String[]::new);
        collaborationOffered = names(details.collaborationOffered());
        collaborationSought = names(details.collaborationSought());
        targetMarkets = details.targetMarkets().toArray(String[]::new);
        sendsStaff = details.exchangeRole().sends();
        hostsStaff = details.exchangeRole().hosts();
        hostingCapacity = details.hostingCapacity();
        description = details.description();
        catalogueConsent = details.catalogueConsent();
    }

    /** The details as the company last stated them. */
    public SmeDetails details() {
        return new SmeDetails(legalName, tradingName, country, nutsRegion, new Address(street, postalCode, city),
                website, vatNumber, new NaceCode(naceCode, naceVersion, naceSection), foundingYear, staffHeadcount,
                annualTurnover, balanceSheetTotal, List.of(languages),
                CollaborationType.named(collaborationOffered), CollaborationType.named(collaborationSought),
                List.of(targetMarkets), ExchangeRole.of(sendsStaff, hostsStaff), hostingCapacity, description,
                catalogueConsent);
    }

    private static String[] names(Set<CollaborationType> types) {
        return types.stream().map(Enum::name).toArray(String[]::new);
    }

    /** The profile as readers are shown it. */
    public SmeSnapshot snapshot() {
        return new SmeSnapshot(getId(), details(), sizeClass, facilitatorId, status, submittedAt, reviewDueOn,
                externalClient, externalRef, getVersion(), getCreatedAt(), getUpdatedAt());
    }

    public String getLegalName() {
        return legalName;
    }

    public String getCountry() {
        return country;
    }

    public SizeClass getSizeClass() {
        return sizeClass;
    }

    public UUID getFacilitatorId() {
        return facilitatorId;
    }

    public VerificationStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getReviewDueOn() {
        return reviewDueOn;
    }

    public String getExternalRef() {
        return externalRef;
    }

    /** The partner client that imported the company, or null. */
    public String getExternalClient() {
        return externalClient;
    }
}
