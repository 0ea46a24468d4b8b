package nl.iat.measures.service;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.iat.measures.measure.MeasureStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lifecycle transition with the reason for it and the business date it took effect. */
@Schema(name = "StatusTransition", description = "Move a measure to another status, with the reason")
public record StatusTransitionInput(
        @Schema(description = "The status to move to", example = "APPROVED") @NotNull MeasureStatus status,
        @Schema(description = "Why", example = "Approved by the steering group", maxLength = 1000)
        @NotBlank @Size(max = 1000) String reason,
        @Schema(description = "Business date (Europe/Amsterdam) the transition took effect, today when left out;"
                + " not after today and not before the measure's current effectiveOn", example = "2018-02-01",
                format = "date", nullable = true)
        LocalDate effectiveOn) {
}
