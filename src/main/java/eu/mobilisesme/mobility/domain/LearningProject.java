package eu.mobilisesme.mobility.domain;

import java.util.List;

/** The main document of a mobility: what both companies want from it, what the participant will do, and when. */
public record LearningProject(List<String> objectivesForSender, List<String> objectivesForHost,
        String expectedOutcomes, String activityPlan, Stay plannedStay) {

    public LearningProject {
        objectivesForSender = List.copyOf(objectivesForSender);
        objectivesForHost = List.copyOf(objectivesForHost);
    }
}
