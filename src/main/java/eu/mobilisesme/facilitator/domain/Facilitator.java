package eu.mobilisesme.facilitator.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import eu.mobilisesme.common.domain.AuditedEntity;

/** A facilitator organisation (Local Contact Point) and the countries it serves. */
@Entity
@Table(name = "facilitator")
public class Facilitator extends AuditedEntity {

    private String name;
    private String country;
    @Column(name = "covered_countries")
    private String[] coveredCountries;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "contact_phone")
    private String contactPhone;
    private String website;
    private boolean active;

    protected Facilitator() {
    }

    public Facilitator(UUID id, FacilitatorDetails details, String createdBy, Instant createdAt) {
        super(id, createdBy, createdAt);
        apply(details);
    }

    public void change(FacilitatorDetails details, String changedBy, Instant changedAt) {
        apply(details);
        touch(changedBy, changedAt);
    }

    private void apply(FacilitatorDetails details) {
        this.name = details.name();
        this.country = details.country();
        this.coveredCountries = details.coveredCountries().toArray(String[]::new);
        this.contactEmail = details.contactEmail();
        this.contactPhone = details.contactPhone();
        this.website = details.website();
        this.active = details.active();
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    public List<String> getCoveredCountries() {
        return List.of(coveredCountries);
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getWebsite() {
        return website;
    }

    public boolean isActive() {
        return active;
    }
}
