package nl.iat.budget.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import nl.iat.budget.line.BusinessDates;

/** The current time as stored: UTC, at PostgreSQL's microsecond precision, so events match reads. */
final class Timestamps {

    private Timestamps() {
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** Today as a business date (ADR 0010): the calendar day in Europe/Amsterdam. */
    static LocalDate today() {
        return LocalDate.now(BusinessDates.ZONE);
    }
}
