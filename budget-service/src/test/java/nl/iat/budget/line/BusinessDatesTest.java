package nl.iat.budget.line;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import nl.iat.budget.envelope.Envelope;
import nl.iat.platform.problem.InvalidParam;
import nl.iat.platform.problem.ProblemException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The bounds of business time (ADR 0010), each at its edge: the last day allowed and the first refused. */
@Tag("unit")
class BusinessDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2018, 11, 30);

    private final Envelope envelope = envelope(2018, LocalDate.of(2017, 12, 21), LocalDate.of(2018, 6, 15));
    private final BudgetLine line = line(LocalDate.of(2018, 1, 3), LocalDate.of(2018, 4, 1));

    @Test
    void aRequestWithoutADateTakesEffectToday() {
        assertEquals(TODAY, BusinessDates.orToday(null, TODAY));
        assertEquals(LocalDate.of(2018, 2, 15), BusinessDates.orToday(LocalDate.of(2018, 2, 15), TODAY));
    }

    @Test
    void nothingTakesEffectAfterToday() {
        LocalDate tomorrow = TODAY.plusDays(1);
        assertDoesNotThrow(() -> BusinessDates.requireEnvelopeStart("effectiveOn", TODAY, 2019, TODAY));
        assertDoesNotThrow(() -> BusinessDates.requireOnLine("date", TODAY, envelope, line, TODAY));

        String detail = "Business time is never in the future: 2018-12-01 is after today, 2018-11-30 in Europe/Amsterdam";
        String reason = "must not be after today (2018-11-30)";
        assertRefused("effectiveOn", reason, detail, () -> BusinessDates.requireEnvelopeStart("effectiveOn", tomorrow, 2019, TODAY));
        assertRefused("effectiveOn", reason, detail,
                () -> BusinessDates.requireEnvelopeAmendment("effectiveOn", tomorrow, envelope, TODAY));
        assertRefused("effectiveOn", reason, detail, () -> BusinessDates.requireLineStart("effectiveOn", tomorrow, envelope, TODAY));
        assertRefused("effectiveOn", reason, detail,
                () -> BusinessDates.requireLineChange("effectiveOn", tomorrow, envelope, line, TODAY));
        assertRefused("date", reason, detail, () -> BusinessDates.requireOnLine("date", tomorrow, envelope, line, TODAY));
    }

    @Test
    void anEnvelopeTakesEffectNoEarlierThanTheFirstOfJanuaryOfTheYearBefore() {
        assertDoesNotThrow(() -> BusinessDates.requireEnvelopeStart("effectiveOn", LocalDate.of(2017, 1, 1), 2018, TODAY));

        assertRefused("effectiveOn", "must be on or after 2017-01-01", "The envelope of fiscal year 2018 cannot take effect"
                + " before 2017-01-01: a budget law is passed at the earliest in the year before its fiscal year;"
                + " 2016-12-31 was given",
                () -> BusinessDates.requireEnvelopeStart("effectiveOn", LocalDate.of(2016, 12, 31), 2018, TODAY));
    }

    @Test
    void anEnvelopesAmendmentTakesEffectNoEarlierThanItsCurrentVersion() {
        assertDoesNotThrow(() -> BusinessDates.requireEnvelopeAmendment("effectiveOn", LocalDate.of(2018, 6, 15), envelope, TODAY));

        assertRefused("effectiveOn", "must be on or after 2018-06-15, the date of the current version",
                "A change of the envelope of fiscal year 2018 cannot take effect before its current version did"
                        + " (2018-06-15); 2018-06-14 was given",
                () -> BusinessDates.requireEnvelopeAmendment("effectiveOn", LocalDate.of(2018, 6, 14), envelope, TODAY));
    }

    @Test
    void anEnvelopesAmendmentKeepsToItsFiscalYear() {
        // an envelope recorded before business time existed may carry a date before its year allows
        Envelope early = envelope(2018, LocalDate.of(2016, 5, 1), LocalDate.of(2016, 5, 1));

        assertRefused("effectiveOn", "must be on or after 2017-01-01", "The envelope of fiscal year 2018 cannot take effect"
                + " before 2017-01-01: a budget law is passed at the earliest in the year before its fiscal year;"
                + " 2016-06-01 was given",
                () -> BusinessDates.requireEnvelopeAmendment("effectiveOn", LocalDate.of(2016, 6, 1), early, TODAY));
    }

    @Test
    void aLineTakesEffectNoEarlierThanItsEnvelopeFirstDid() {
        // the envelope's first date counts, not its current one: an amendment does not move the year's start
        assertDoesNotThrow(() -> BusinessDates.requireLineStart("effectiveOn", LocalDate.of(2017, 12, 21), envelope, TODAY));

        assertRefused("effectiveOn", "must be on or after 2017-12-21, when the envelope of fiscal year 2018 took effect",
                "Money cannot be divided before it exists: the envelope of fiscal year 2018 took effect on 2017-12-21;"
                        + " 2017-12-20 was given",
                () -> BusinessDates.requireLineStart("effectiveOn", LocalDate.of(2017, 12, 20), envelope, TODAY));
    }

    @Test
    void aLinesChangeTakesEffectNoEarlierThanItsCurrentVersion() {
        assertDoesNotThrow(() -> BusinessDates.requireLineChange("effectiveOn", LocalDate.of(2018, 4, 1), envelope, line, TODAY));

        assertRefused("effectiveOn", "must be on or after 2018-04-01, the date of the current version",
                "A change of the budget line cannot take effect before its current version did (2018-04-01);"
                        + " 2018-03-31 was given",
                () -> BusinessDates.requireLineChange("effectiveOn", LocalDate.of(2018, 3, 31), envelope, line, TODAY));
    }

    @Test
    void entriesAndSpendingTakeEffectNoEarlierThanTheirLineFirstDidButMayPrecedeItsCurrentVersion() {
        assertDoesNotThrow(() -> BusinessDates.requireOnLine("effectiveOn", LocalDate.of(2018, 1, 3), envelope, line, TODAY),
                "the line's first day, although its current version is of 2018-04-01");

        assertRefused("date", "must be on or after 2018-01-03, when the budget line took effect",
                "Nothing on a budget line can take effect before the line itself did (2018-01-03); 2018-01-02 was given",
                () -> BusinessDates.requireOnLine("date", LocalDate.of(2018, 1, 2), envelope, line, TODAY));
    }

    @Test
    void entriesAndSpendingAreHeldToTheEnvelopeToo() {
        // a line recorded before business time existed may carry a date before its envelope's
        BudgetLine early = line(LocalDate.of(2017, 6, 1), LocalDate.of(2017, 6, 1));

        assertRefused("effectiveOn", "must be on or after 2017-12-21, when the envelope of fiscal year 2018 took effect",
                "Money cannot be divided before it exists: the envelope of fiscal year 2018 took effect on 2017-12-21;"
                        + " 2017-12-20 was given",
                () -> BusinessDates.requireOnLine("effectiveOn", LocalDate.of(2017, 12, 20), envelope, early, TODAY));
    }

    private static void assertRefused(String field, String reason, String detail, Executable check) {
        ProblemException problem = assertThrows(ProblemException.class, check);
        assertEquals(422, problem.status());
        assertEquals(detail, problem.getMessage());
        assertEquals(List.of(new InvalidParam(field, reason)), problem.toProblem().invalidParams());
    }

    private static Envelope envelope(int fiscalYear, LocalDate establishedOn, LocalDate effectiveOn) {
        Envelope envelope = new Envelope();
        envelope.fiscalYear = fiscalYear;
        envelope.establishedOn = establishedOn;
        envelope.effectiveOn = effectiveOn;
        return envelope;
    }

    private static BudgetLine line(LocalDate establishedOn, LocalDate effectiveOn) {
        BudgetLine line = new BudgetLine();
        line.fiscalYear = 2018;
        line.establishedOn = establishedOn;
        line.effectiveOn = effectiveOn;
        return line;
    }
}
