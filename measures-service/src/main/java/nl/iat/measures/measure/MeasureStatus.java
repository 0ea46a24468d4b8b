package nl.iat.measures.measure;

import java.util.List;

/**
 * The lifecycle of a measure: PROPOSED -> APPROVED -> IN_PROGRESS -> COMPLETED, and CANCELLED from
 * any open state. No other transition exists.
 */
public enum MeasureStatus {
    PROPOSED, APPROVED, IN_PROGRESS, COMPLETED, CANCELLED;

    public List<MeasureStatus> allowedNext() {
        return switch (this) {
            case PROPOSED -> List.of(APPROVED, CANCELLED);
            case APPROVED -> List.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> List.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> List.of();
        };
    }

    public boolean canBecome(MeasureStatus next) {
        return allowedNext().contains(next);
    }

    /** Approved and running measures must keep a complete assessment when their impact is high. */
    public boolean approvedOrLater() {
        return this == APPROVED || this == IN_PROGRESS || this == COMPLETED;
    }
}
