package nl.iat.budget.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.iat.platform.security.Classification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetLineUpdate", description = "The new state of a budget line; year and priority line never change")
public record BudgetLineUpdate(
        @NotBlank @Size(max = 200)
        @Schema(description = "Title", example = "Vroegtijdig signaleren 2018", required = true) String title,
        @NotNull
        @Schema(description = "Organisation that owns the line", example = "6f1c2a7e-2d4b-4c55-9a0e-1b2c3d4e5f60",
                required = true) UUID ownerOrganisationId,
        @NotNull @Min(0) @Max(Money.MAX_CENTS)
        @Schema(description = "Amount in euro cents; never below what is allocated, and the year's lines stay within the envelope",
                example = "350000000", required = true) Long amountCents,
        @Schema(description = """
                Business date (YYYY-MM-DD, Europe/Amsterdam) of the decision that changed the line; today
                when absent. Not after today, nor before the line's current effectiveOn (ADR 0010).""",
                example = "2018-04-01") LocalDate effectiveOn,
        @Schema(description = "How secret the line is (ADR 0016); when absent the line keeps its classification."
                + " At most your own clearance (else 403 naming classification).", example = "PUBLIC")
        Classification classification) {
}
