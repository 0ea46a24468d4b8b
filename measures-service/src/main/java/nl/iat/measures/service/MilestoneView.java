package nl.iat.measures.service;

import java.time.LocalDate;
import java.util.UUID;

import nl.iat.measures.measure.Milestone;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A milestone, with whether it is overdue today. */
@Schema(name = "Milestone", description = "A dated step of a measure")
public record MilestoneView(
        @Schema(description = "Id of the milestone", example = "6a1e0a55-7a53-4c4e-9d0e-2b7f4c1d9e01") UUID id,
        @Schema(description = "Id of the measure", example = "3f0c2a52-8d53-4a8e-9a57-1f4f0c6f8a11") UUID measureId,
        @Schema(description = "What is to be done", example = "Werving 20 extra analisten afgerond") String title,
        @Schema(description = "When it is due", example = "2018-06-30", format = "date") LocalDate dueDate,
        @Schema(description = "Whether it is done", example = "false") boolean done,
        @Schema(description = "When it was done", example = "2018-06-15", format = "date", nullable = true) LocalDate doneOn,
        @Schema(description = "Not done and past its due date (UTC)", example = "false") boolean overdue) {

    static MilestoneView of(Milestone ms, LocalDate today) {
        return new MilestoneView(ms.id, ms.measure.id, ms.title, ms.dueDate, ms.done(), ms.doneOn, ms.overdueOn(today));
    }
}
