package nl.iat.reporting.disclosure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A fact of money a reader may not see (ADR 0016): a change of an allocation, a commitment, an
 * expenditure or a budget line's amount, of a hidden line or for a hidden measure. {@code hiddenLine}
 * and {@code hiddenMeasure} name the classified items it belongs to (null where that item is visible).
 */
public record HiddenFact(int fiscalYear, UUID hiddenLine, UUID hiddenMeasure, LocalDate effectiveOn,
        OffsetDateTime recordedAt, ConfidentialAmounts amounts) {

    /** Whether a report on the business date, as known at the moment, includes this fact. */
    public boolean includedAt(LocalDate asOf, OffsetDateTime knownAt) {
        return !effectiveOn.isAfter(asOf) && !recordedAt.isAfter(knownAt);
    }
}
