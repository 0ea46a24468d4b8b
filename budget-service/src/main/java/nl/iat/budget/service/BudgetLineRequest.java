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

@Schema(name = "BudgetLineRequest", description = "A new budget line within the year's envelope")
public record BudgetLineRequest(
        @NotNull @Min(2000) @Max(2100)
        @Schema(description = "Fiscal year; its envelope must exist", example = "2018", required = true) Integer fiscalYear,
        @NotBlank
        @Schema(description = "Priority line code", example = "EARLY_DETECTION", required = true,
                enumeration = { "EARLY_DETECTION", "FINANCING", "DIGITAL_RESILIENCE", "DERADICALISATION", "INTERNATIONAL" })
        String priorityLineCode,
        @NotBlank @Size(max = 200)
        @Schema(description = "Title", example = "Vroegtijdig signaleren 2018", required = true) String title,
        @NotNull
        @Schema(description = "Organisation that owns the line (id in the measures-service)",
                example = "6f1c2a7e-2d4b-4c55-9a0e-1b2c3d4e5f60", required = true) UUID ownerOrganisationId,
        @NotNull @Min(0) @Max(Money.MAX_CENTS)
        @Schema(description = "Amount in euro cents", example = "300000000", required = true) Long amountCents,
        @Schema(description = """
                Business date (YYYY-MM-DD, Europe/Amsterdam) of the decision that set the line; today when
                absent. Not after today, nor before the envelope's establishedOn. The line's ledger entries,
                commitments and expenditures take effect no earlier (ADR 0010).""",
                example = "2018-01-03") LocalDate effectiveOn,
        @Schema(description = "How secret the line is (ADR 0016); PUBLIC when absent. At most your own clearance"
                + " (else 403 naming classification); callers without the clearance do not see the line or anything on it.",
                example = "PUBLIC") Classification classification) {
}
