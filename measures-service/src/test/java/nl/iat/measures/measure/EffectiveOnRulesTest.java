package nl.iat.measures.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import nl.iat.platform.problem.InvalidParam;
import nl.iat.platform.problem.ProblemException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A measure's business date (ADR 0010): its defaults and bounds. */
@Tag("unit")
class EffectiveOnRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2019, 6, 30);
    private static final LocalDate CURRENT = LocalDate.of(2019, 3, 1);

    @Test
    void todayIsTheCalendarDateInAmsterdamNotInUtc() {
        Clock lateEveningUtc = Clock.fixed(Instant.parse("2019-06-30T22:30:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2019, 7, 1), EffectiveOnRules.today(lateEveningUtc));
        Clock winterEveningUtc = Clock.fixed(Instant.parse("2019-12-31T22:59:59Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2019, 12, 31), EffectiveOnRules.today(winterEveningUtc), "CET is UTC+1 in winter");
    }

    @Test
    void aRegistrationTakesEffectTodayOrOnAGivenDayUpToToday() {
        assertEquals(TODAY, EffectiveOnRules.forRegistration(null, TODAY));
        assertEquals(LocalDate.of(2016, 1, 1), EffectiveOnRules.forRegistration(LocalDate.of(2016, 1, 1), TODAY));
        assertEquals(TODAY, EffectiveOnRules.forRegistration(TODAY, TODAY));

        assertInFuture(() -> EffectiveOnRules.forRegistration(TODAY.plusDays(1), TODAY));
    }

    @Test
    void aTransitionTakesEffectTodayOrOnAGivenDayBetweenTheCurrentOneAndToday() {
        assertEquals(TODAY, EffectiveOnRules.forTransition(null, CURRENT, TODAY));
        assertEquals(CURRENT, EffectiveOnRules.forTransition(CURRENT, CURRENT, TODAY), "the same day is not earlier");
        assertEquals(TODAY, EffectiveOnRules.forTransition(TODAY, CURRENT, TODAY));

        assertInFuture(() -> EffectiveOnRules.forTransition(TODAY.plusDays(1), CURRENT, TODAY));
        assertRefused("A measure's business time runs forward: effectiveOn 2019-02-28 is before the date its current"
                + " state took effect (2019-03-01)", "must not be before the measure's current effectiveOn (2019-03-01)",
                () -> EffectiveOnRules.forTransition(CURRENT.minusDays(1), CURRENT, TODAY));
    }

    @Test
    void aDataChangeKeepsTheCurrentDayUnlessItNamesOneBoundedAsATransition() {
        assertEquals(CURRENT, EffectiveOnRules.forDataChange(null, CURRENT, TODAY), "a correction does not move business time");
        assertEquals(LocalDate.of(2019, 5, 1), EffectiveOnRules.forDataChange(LocalDate.of(2019, 5, 1), CURRENT, TODAY));

        assertInFuture(() -> EffectiveOnRules.forDataChange(TODAY.plusDays(1), CURRENT, TODAY));
        assertRefused("A measure's business time runs forward: effectiveOn 2018-12-31 is before the date its current"
                + " state took effect (2019-03-01)", "must not be before the measure's current effectiveOn (2019-03-01)",
                () -> EffectiveOnRules.forDataChange(LocalDate.of(2018, 12, 31), CURRENT, TODAY));
    }

    private static void assertInFuture(Executable check) {
        assertRefused("A change cannot take effect in the future: effectiveOn 2019-07-01 is after today (2019-06-30 in"
                + " Europe/Amsterdam)", "must not be after today (2019-06-30 in Europe/Amsterdam)", check);
    }

    private static void assertRefused(String detail, String reason, Executable check) {
        ProblemException problem = assertThrows(ProblemException.class, check);
        assertEquals(422, problem.status());
        assertEquals(detail, problem.getMessage());
        assertEquals(List.of(new InvalidParam("effectiveOn", reason)), problem.toProblem().invalidParams());
    }
}
