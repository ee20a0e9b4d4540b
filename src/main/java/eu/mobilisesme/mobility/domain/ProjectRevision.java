package eu.mobilisesme.mobility.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import eu.mobilisesme.common.domain.Actor;

/** A numbered, unchangeable revision of the learning project: what the parties sign. */
@Entity
@Table(name = "learning_project_revision")
public class ProjectRevision {

    @Id
    private UUID id;
    @Column(name = "application_id")
    private UUID applicationId;
    private int revision;
    @Column(name = "objectives_for_sender")
    private String[] objectivesForSender;
    @Column(name = "objectives_for_host")
    private String[] objectivesForHost;
    @Column(name = "expected_outcomes")
    private String expectedOutcomes;
    @Column(name = "activity_plan")
    private String activityPlan;
    @Column(name = "planned_stay")
    private String[] plannedStay;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected ProjectRevision() {
    }

    ProjectRevision(UUID applicationId, int revision, LearningProject project, Actor actor, Instant at) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.revision = revision;
        this.objectivesForSender = project.objectivesForSender().toArray(String[]::new);
        this.objectivesForHost = project.objectivesForHost().toArray(String[]::new);
        this.expectedOutcomes = project.expectedOutcomes();
        this.activityPlan = project.activityPlan();
        this.plannedStay = project.plannedStay().encode();
        this.createdBy = actor.subject();
        this.createdAt = at;
    }

    public int getRevision() {
        return revision;
    }

    public LearningProject project() {
        return new LearningProject(List.of(objectivesForSender), List.of(objectivesForHost), expectedOutcomes,
                activityPlan, Stay.decode(plannedStay));
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
