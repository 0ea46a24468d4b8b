package nl.iat.measures.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new framework (strategy) with its intervention areas. */
@Schema(name = "FrameworkInput", description = "A new counter-terrorism strategy with its intervention areas")
public record FrameworkInput(
        @Schema(description = "Code", example = "NCTS-2022-2026", pattern = Patterns.CODE)
        @NotBlank @Pattern(regexp = Patterns.CODE, message = "must be letters, digits, hyphens and underscores, starting with a letter") String code,
        @Schema(description = "Names and descriptions") @NotNull @Valid LabelledInput labels,
        @Schema(description = "First day it applies", example = "2022-01-01", format = "date") @NotNull LocalDate validFrom,
        @Schema(description = "Last day it applies", example = "2026-12-31", format = "date", nullable = true) LocalDate validUntil,
        @Schema(description = "The parliamentary paper that set it", example = "30 821, nr. 155", nullable = true)
        @Pattern(regexp = Patterns.PARLIAMENTARY_PAPER, message = "must look like '29 754, nr. 436'") String parliamentaryPaper,
        @Schema(description = "Its intervention areas (goals)", minItems = 1, maxItems = 20)
        @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid Area> interventionAreas) {

    @Schema(name = "InterventionAreaInput", description = "An intervention area of a new framework")
    public record Area(
            @Schema(description = "Code, unique within the framework", example = "VOORKOMEN", pattern = Patterns.CODE)
            @NotBlank @Pattern(regexp = Patterns.CODE, message = "must be letters, digits, hyphens and underscores, starting with a letter") String code,
            @Schema(description = "Number within the framework", example = "1", minimum = "1", maximum = "99") @Min(1) @Max(99) int number,
            @Schema(description = "Names and descriptions") @NotNull @Valid LabelledInput labels) {
    }
}
