package nl.iat.budget.line;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import nl.iat.budget.envelope.Envelope;
import nl.iat.platform.problem.InvalidParam;
import nl.iat.platform.problem.ProblemException;

/**
 * The bounds of business time (ADR 0010): the date a fact took effect, as opposed to the moment it
 * was recorded. Decided without the database on the envelope and line the caller read and on
 * {@code today} in Europe/Amsterdam; a date out of bounds is a 422 problem naming the request field,
 * thrown before anything changes.
 * <ol>
 * <li>never after today;</li>
 * <li>an envelope for fiscal year Y not before 1 January of Y-1;</li>
 * <li>a line, ledger entry, commitment or expenditure not before its envelope's first date; a ledger
 * entry, commitment or expenditure also not before its line's first date;</li>
 * <li>an envelope's amendment and a line's change not before the current version's date.</li>
 * </ol>
 * Ledger entries, commitments and expenditures are not ordered among themselves (rule 5): a
 * correction may be dated back to any day the other rules allow.
 */
public final class BusinessDates {

    /** Business dates are calendar days in this zone, whatever the server's. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private BusinessDates() {
    }

    /** The requested business date, or today when the request has none. */
    public static LocalDate orToday(LocalDate requested, LocalDate today) {
        return requested != null ? requested : today;
    }

    /** The first version of the envelope of {@code fiscalYear}: rules 1 and 2. */
    public static void requireEnvelopeStart(String field, LocalDate date, int fiscalYear, LocalDate today) {
        requireNotFuture(field, date, today);
        requireBudgetLawYear(field, date, fiscalYear);
    }

    /** An amendment of the envelope: rules 1, 2 and 4. */
    public static void requireEnvelopeAmendment(String field, LocalDate date, Envelope envelope, LocalDate today) {
        requireEnvelopeStart(field, date, envelope.fiscalYear, today);
        requireForward(field, date, envelope.effectiveOn, "the envelope of fiscal year " + envelope.fiscalYear);
    }

    /** A new budget line of the envelope's year: rules 1 and 3. */
    public static void requireLineStart(String field, LocalDate date, Envelope envelope, LocalDate today) {
        requireNotFuture(field, date, today);
        requireAfterEnvelope(field, date, envelope);
    }

    /** A change of the line: rules 1, 3 and 4. */
    public static void requireLineChange(String field, LocalDate date, Envelope envelope, BudgetLine line,
            LocalDate today) {
        requireLineStart(field, date, envelope, today);
        requireForward(field, date, line.effectiveOn, "the budget line");
    }

    /** A ledger entry, commitment or expenditure on the line: rules 1 and 3, not ordered otherwise. */
    public static void requireOnLine(String field, LocalDate date, Envelope envelope, BudgetLine line, LocalDate today) {
        requireLineStart(field, date, envelope, today);
        if (date.isBefore(line.establishedOn)) {
            throw outOfBounds(field, "must be on or after " + line.establishedOn + ", when the budget line took effect",
                    "Nothing on a budget line can take effect before the line itself did (" + line.establishedOn
                            + "); " + date + " was given");
        }
    }

    private static void requireNotFuture(String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw outOfBounds(field, "must not be after today (" + today + ")",
                    "Business time is never in the future: " + date + " is after today, " + today
                            + " in Europe/Amsterdam");
        }
    }

    private static void requireBudgetLawYear(String field, LocalDate date, int fiscalYear) {
        LocalDate earliest = LocalDate.of(fiscalYear - 1, 1, 1);
        if (date.isBefore(earliest)) {
            throw outOfBounds(field, "must be on or after " + earliest,
                    "The envelope of fiscal year " + fiscalYear + " cannot take effect before " + earliest
                            + ": a budget law is passed at the earliest in the year before its fiscal year; "
                            + date + " was given");
        }
    }

    private static void requireAfterEnvelope(String field, LocalDate date, Envelope envelope) {
        if (date.isBefore(envelope.establishedOn)) {
            throw outOfBounds(field, "must be on or after " + envelope.establishedOn + ", when the envelope of fiscal year "
                    + envelope.fiscalYear + " took effect",
                    "Money cannot be divided before it exists: the envelope of fiscal year " + envelope.fiscalYear
                            + " took effect on " + envelope.establishedOn + "; " + date + " was given");
        }
    }

    /** Rule 4: the versions of one aggregate are ordered the same way in business and recording time. */
    private static void requireForward(String field, LocalDate date, LocalDate current, String aggregate) {
        if (date.isBefore(current)) {
            throw outOfBounds(field, "must be on or after " + current + ", the date of the current version",
                    "A change of " + aggregate + " cannot take effect before its current version did (" + current
                            + "); " + date + " was given");
        }
    }

    private static ProblemException outOfBounds(String field, String reason, String detail) {
        return ProblemException.unprocessable(detail, List.of(new InvalidParam(field, reason)));
    }
}
