package nl.iat.reporting.disclosure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Money of hidden items, in cents: allocated, committed and spent, and the budget lines' amounts. */
public record ConfidentialAmounts(
        @Schema(description = "Allocated to measures", example = "150000000") long allocatedCents,
        @Schema(description = "Committed", example = "40000000") long committedCents,
        @Schema(description = "Spent", example = "10000000") long spentCents,
        @Schema(description = "Budget lines' amounts (in the overview only; 0 elsewhere)", example = "200000000") long linedCents) {

    public static final ConfidentialAmounts ZERO = new ConfidentialAmounts(0, 0, 0, 0);

    public ConfidentialAmounts plus(ConfidentialAmounts other) {
        return new ConfidentialAmounts(allocatedCents + other.allocatedCents, committedCents + other.committedCents,
                spentCents + other.spentCents, linedCents + other.linedCents);
    }
}
