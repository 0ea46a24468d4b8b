package nl.iat.measures.service;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The threat level a new DTN edition set. */
@Schema(name = "ThreatLevelInput", description = "The threat level set by an edition of the Dreigingsbeeld Terrorisme Nederland")
public record ThreatLevelInput(
        @Schema(description = "DTN edition number", example = "47", minimum = "1", maximum = "999") @NotNull @Min(1) @Max(999) Integer dtnEdition,
        @Schema(description = "Date the edition was published", example = "2018-04-05", format = "date") @NotNull LocalDate publishedOn,
        @Schema(description = "Level 1 (minimaal) to 5 (kritiek)", example = "4", minimum = "1", maximum = "5") @NotNull @Min(1) @Max(5) Integer level,
        @Schema(description = "The parliamentary paper that offered it", example = "29 754, nr. 458", nullable = true)
        @Pattern(regexp = Patterns.PARLIAMENTARY_PAPER, message = "must look like '29 754, nr. 436'") String parliamentaryPaper) {
}
