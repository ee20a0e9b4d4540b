package eu.mobilisesme.mobility.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.mobility.domain.LearningProject;
import eu.mobilisesme.mobility.domain.Stay;
import eu.mobilisesme.mobility.domain.StayPart;

@Schema(name = "LearningProject", description = "Objectives for both companies, the activity plan and the dates.")
public record LearningProjectRequest(
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 500) String> objectivesForSender,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 500) String> objectivesForHost,
        @NotBlank @Size(max = 4000) String expectedOutcomes,
        @NotBlank @Size(max = 8000) String activityPlan,
        @NotEmpty @Size(max = 12) @Schema(description = "One part, or several if the call allows split stays.")
        List<@NotNull @Valid StayPartDto> stay) {

    @Schema(name = "StayPart", description = "First and last day, both included.")
    public record StayPartDto(@NotNull LocalDate startsOn, @NotNull LocalDate endsOn) {

        static StayPartDto from(StayPart part) {
            return new StayPartDto(part.startsOn(), part.endsOn());
        }
    }

    LearningProject toProject() {
        return new LearningProject(objectivesForSender.stream().map(String::strip).toList(),
                objectivesForHost.stream().map(String::strip).toList(), expectedOutcomes.strip(), activityPlan.strip(),
                new Stay(stay.stream().map(part -> new StayPart(part.startsOn(), part.endsOn())).toList()));
    }
}
