package nl.iat.reporting.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import nl.iat.reporting.reports.ReportTime;

/** The business date of a consumed fact (ADR 0010). */
public final class BusinessDates {

    private BusinessDates() {
    }

    /** The event's {@code effectiveOn}; events written before v1 carried it took effect on their recording date. */
    public static LocalDate effectiveOn(LocalDate effectiveOn, OffsetDateTime recordedAt) {
        return effectiveOn != null ? effectiveOn : recordedAt.atZoneSameInstant(ReportTime.AMSTERDAM).toLocalDate();
    }
}
