package nl.iat.budget.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.iat.budget.allocation.LedgerEntryKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LedgerEntryRequest", description = """
        A change of the allocations on a line. ALLOCATE gives a measure its first money on the line,
        INCREASE and DECREASE change an existing allocation, WITHDRAW returns an allocation's whole amount
        to the line (send no amountCents), REALLOCATE moves money from measureId's allocation to
        toMeasureId's in one step.""")
public record LedgerEntryRequest(
        @NotNull
        @Schema(description = "What the entry does", example = "ALLOCATE", required = true) LedgerEntryKind kind,
        @NotNull
        @Schema(description = "The measure whose allocation changes; for REALLOCATE the one the money leaves",
                example = "3f0c8a52-6d1e-4b7a-9c3f-5e2d1a0b9c8d", required = true) UUID measureId,
        @Schema(description = "REALLOCATE only: the measure the money goes to", example = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
        UUID toMeasureId,
        @Min(1) @Max(Money.MAX_CENTS)
        @Schema(description = "Amount in euro cents; required except for WITHDRAW", example = "250000000")
        Long amountCents,
        @NotBlank @Size(max = 1000)
        @Schema(description = "Why", example = "Initial allocation", required = true) String reason,
        @Size(max = 100) @Pattern(regexp = ".+, nr\\. [0-9]+.*", message = "must look like '29 754, nr. 436'")
        @Schema(description = "Parliamentary paper the decision is in", example = "29 754, nr. 436") String parliamentaryPaper,
        @Schema(description = """
                Business date (YYYY-MM-DD, Europe/Amsterdam) of the decision; today when absent. Not after
                today, nor before the establishedOn of the line or of its year's envelope. It may be earlier
                than entries already recorded: a late correction is dated as decided (ADR 0010).""",
                example = "2018-02-15") LocalDate effectiveOn) {
}
