package nl.iat.measures.measure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import nl.iat.platform.problem.InvalidParam;
import nl.iat.platform.problem.ProblemException;

/**
 * A measure's business time (ADR 0010): the date a change takes effect when the request names none,
 * and the bounds a date must keep. Never in the future (rule 1); a status transition, or a data change
 * that names its date, no earlier than the measure's current {@code effectiveOn} (rule 4), so its
 * versions are ordered the same way in business and in recording time. A refusal is a 422 problem
 * naming {@code effectiveOn}. Pure: the caller passes today.
 */
public final class EffectiveOnRules {

    /** Business dates are Dutch calendar dates, whatever zone the server or its clock runs in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    static final String FIELD = "effectiveOn";

    private EffectiveOnRules() {
    }

    /** Today as a business date: the calendar date in Europe/Amsterdam at the clock's instant. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** A registration takes effect on the date the measure was adopted, today unless given. */
    public static LocalDate forRegistration(LocalDate requested, LocalDate today) {
        LocalDate effectiveOn = requested != null ? requested : today;
        requireNotAfter(effectiveOn, today);
        return effectiveOn;
    }

    /** A status transition takes effect on the given date or today, never before the measure's current state. */
    public static LocalDate forTransition(LocalDate requested, LocalDate current, LocalDate today) {
        LocalDate effectiveOn = requested != null ? requested : today;
        requireNotAfter(effectiveOn, today);
        requireNotBefore(effectiveOn, current);
        return effectiveOn;
    }

    /**
     * A change of the data corrects the record as it stands, so it keeps the current date; one that really
     * takes effect on a date (a new lead organisation) names it, bounded as a transition's.
     */
    public static LocalDate forDataChange(LocalDate requested, LocalDate current, LocalDate today) {
        return requested == null ? current : forTransition(requested, current, today);
    }

    private static void requireNotAfter(LocalDate effectiveOn, LocalDate today) {
        if (effectiveOn.isAfter(today)) {
            throw refused("A change cannot take effect in the future: effectiveOn " + effectiveOn + " is after today ("
                    + today + " in " + ZONE + ")", "must not be after today (" + today + " in " + ZONE + ")");
        }
    }

    private static void requireNotBefore(LocalDate effectiveOn, LocalDate current) {
        if (effectiveOn.isBefore(current)) {
            throw refused("A measure's business time runs forward: effectiveOn " + effectiveOn
                    + " is before the date its current state took effect (" + current + ")",
                    "must not be before the measure's current effectiveOn (" + current + ")");
        }
    }

    private static ProblemException refused(String detail, String reason) {
        return ProblemException.unprocessable(detail, List.of(new InvalidParam(FIELD, reason)));
    }
}
