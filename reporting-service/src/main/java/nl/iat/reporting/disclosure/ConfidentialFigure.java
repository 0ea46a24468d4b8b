package nl.iat.reporting.disclosure;

import java.util.List;

import nl.iat.platform.security.Classification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The money of the items a reader may not see, as one figure per table (ADR 0016). */
@Schema(description = "The money of items classified above the reader's clearance, as one figure for the whole table"
        + " (ADR 0016). The table's totals include it; its rows do not. It is released in batches of at least three"
        + " classified items, so that no figure and no difference of figures reveals one item; `withheld` says that"
        + " hidden money of this table's time is still waiting for its batch and is in neither the rows nor this figure.")
public record ConfidentialFigure(
        @Schema(description = "The clearance the table was taken for") Classification clearance,
        ConfidentialAmounts amounts,
        @Schema(description = "Whether hidden money of this time is not yet released, so the totals are short of it", example = "false")
        boolean withheld) {

    /** The group key of the confidential figure where it stands as a row. */
    public static final String GROUP_KEY = "CONFIDENTIAL";
    /** Its columns where it stands beside a single row (the overview's CSV). */
    public static final List<String> HEADER = List.of("confidentialAllocatedCents", "confidentialCommittedCents",
            "confidentialSpentCents", "confidentialLinedCents", "confidentialWithheld");

    public static ConfidentialFigure none(Classification clearance) {
        return new ConfidentialFigure(clearance, ConfidentialAmounts.ZERO, false);
    }

    public List<Object> cells() {
        return List.of(amounts.allocatedCents(), amounts.committedCents(), amounts.spentCents(), amounts.linedCents(),
                withheld);
    }

    /** What one fiscal year contributes. */
    public record Part(ConfidentialAmounts amounts, boolean withheld) {

        public static final Part NONE = new Part(ConfidentialAmounts.ZERO, false);

        public Part plus(Part other) {
            return new Part(amounts.plus(other.amounts), withheld || other.withheld);
        }
    }
}
