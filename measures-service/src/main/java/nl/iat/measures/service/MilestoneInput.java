package nl.iat.measures.service;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A milestone to add or to replace; a doneOn date marks it done. */
@Schema(name = "MilestoneInput", description = "A milestone; set doneOn to mark it done")
public record MilestoneInput(
        @Schema(description = "What is to be done", example = "Werving 20 extra analisten afgerond", maxLength = 300)
        @NotBlank @Size(max = 300) String title,
        @Schema(description = "When it is due", example = "2018-06-30", format = "date") @NotNull LocalDate dueDate,
        @Schema(description = "When it was done; empty while open", example = "2018-06-15", format = "date", nullable = true)
        LocalDate doneOn) {
}
