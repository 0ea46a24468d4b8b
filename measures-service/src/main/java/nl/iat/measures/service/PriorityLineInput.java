package nl.iat.measures.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new priority line. */
@Schema(name = "PriorityLineInput", description = "A new priority line")
public record PriorityLineInput(
        @Schema(description = "Code", example = "RESILIENCE", pattern = Patterns.CODE)
        @NotBlank @Pattern(regexp = Patterns.CODE, message = "must be letters, digits, hyphens and underscores, starting with a letter") String code,
        @Schema(description = "Number, unique", example = "6", minimum = "1", maximum = "99") @Min(1) @Max(99) int number,
        @Schema(description = "Names and descriptions") @NotNull @Valid LabelledInput labels) {
}
