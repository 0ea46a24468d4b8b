package nl.iat.measures.parliament;

import java.time.LocalDate;
import java.util.List;

import nl.iat.measures.measure.EffectiveOnRules;
import nl.iat.platform.problem.InvalidParam;
import nl.iat.platform.problem.ProblemException;

/**
 * Business time of commitments and motions (ADR 0010, 0103). By hand: the given date or today, never in the
 * future, a change never before the record's current {@code effectiveOn} (422 naming the field). By import:
 * the portal's date of the change ({@code GewijzigdOp}) or today, moved into those bounds instead of refused,
 * because the portal's record is a fact the suite follows, not a request it may turn down. Pure: the caller
 * passes today (Europe/Amsterdam, {@link EffectiveOnRules#today}).
 */
public final class RecordEffectiveOn {

    static final String FIELD = "effectiveOn";

    private RecordEffectiveOn() {
    }

    /** A record entered by hand takes effect on the given date, today unless given. */
    public static LocalDate forCreation(LocalDate requested, LocalDate today) {
        return EffectiveOnRules.forRegistration(requested, today);
    }

    /** A change by hand takes effect on the given date or today, not before the record's current state. */
    public static LocalDate forChange(LocalDate requested, LocalDate current, LocalDate today) {
        LocalDate effectiveOn = EffectiveOnRules.forRegistration(requested, today);
        if (effectiveOn.isBefore(current)) {
            throw ProblemException.unprocessable("A record's business time runs forward: effectiveOn " + effectiveOn
                    + " is before the date its current state took effect (" + current + ")",
                    List.of(new InvalidParam(FIELD, "must not be before the record's current effectiveOn (" + current + ")")));
        }
        return effectiveOn;
    }

    /**
     * An imported creation or change takes effect on the date the portal changed the record, today when it
     * gives none; a portal date after today is today, and one before the record's current state is that
     * state's date, so business time still runs forward per record.
     *
     * @param current the record's current effectiveOn, null for a new record
     */
    public static LocalDate forImport(LocalDate portalChangedOn, LocalDate current, LocalDate today) {
        LocalDate effectiveOn = portalChangedOn == null || portalChangedOn.isAfter(today) ? today : portalChangedOn;
        return current != null && effectiveOn.isBefore(current) ? current : effectiveOn;
    }
}
