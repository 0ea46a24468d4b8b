package nl.iat.reporting.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import nl.iat.reporting.reports.ReportTime;

/** The business date of a consumed fact (ADR 0010). */
public final class BusinessDates {

    private BusinessDates() {
    }

    /** Recorded more than this many days after it took effect: late (ADR 0304). */
    public static final int LATE_AFTER_DAYS = 7;

    /** Whether a fact was recorded late: a correction, or history entered afterwards. */
    public static boolean late(LocalDate effectiveOn, OffsetDateTime recordedAt) {
        return recordedAt.atZoneSameInstant(ReportTime.AMSTERDAM).toLocalDate().isAfter(effectiveOn.plusDays(LATE_AFTER_DAYS));
    }

    /** The event's {@code effectiveOn}; events written before v1 carried it took effect on their recording date. */
    public static LocalDate effectiveOn(LocalDate effectiveOn, OffsetDateTime recordedAt) {
        return effectiveOn != null ? effectiveOn : recordedAt.atZoneSameInstant(ReportTime.AMSTERDAM).toLocalDate();
    }
}
