package eu.mobilisesme.mobility.service;

import java.util.Arrays;
import java.util.List;

import eu.mobilisesme.mobility.domain.ApplicationStatus;

/** The statuses of an application as other features name them. */
public final class ApplicationStatuses {

    private ApplicationStatuses() {
    }

    /**
     * Every status in the order the workflow reaches them, from the draft to the closed file; rejection where it
     * branches off the review, withdrawal and cancellation last.
     */
    public static List<String> inWorkflowOrder() {
        return Arrays.stream(ApplicationStatus.values()).map(Enum::name).toList();
    }
}
