package eu.mobilisesme.mobility.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A short structured report after the stay, one per party. */
@Entity
@Table(name = "final_report")
public class FinalReport {

    @Id
    private UUID id;
    @Column(name = "application_id")
    private UUID applicationId;
    @Enumerated(EnumType.STRING)
    private ReportParty party;
    @Enumerated(EnumType.STRING)
    @Column(name = "objectives_met")
    private ObjectivesMet objectivesMet;
    @Column(name = "new_contacts")
    private int newContacts;
    @Column(name = "expected_business_outcomes")
    private String expectedBusinessOutcomes;
    private int satisfaction;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by")
    private String submittedBy;

    protected FinalReport() {
    }

    public FinalReport(UUID applicationId, ReportParty party, ObjectivesMet objectivesMet, int newContacts,
            String expectedBusinessOutcomes, int satisfaction, String submittedBy, Instant submittedAt) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.party = party;
        this.objectivesMet = objectivesMet;
        this.newContacts = newContacts;
        this.expectedBusinessOutcomes = expectedBusinessOutcomes;
        this.satisfaction = satisfaction;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public ReportParty getParty() {
        return party;
    }

    public ObjectivesMet getObjectivesMet() {
        return objectivesMet;
    }

    public int getNewContacts() {
        return newContacts;
    }

    public String getExpectedBusinessOutcomes() {
        return expectedBusinessOutcomes;
    }

    public int getSatisfaction() {
        return satisfaction;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }
}
