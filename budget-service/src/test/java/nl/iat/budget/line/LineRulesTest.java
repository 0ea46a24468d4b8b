package nl.iat.budget.line;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.iat.budget.envelope.Envelope;
import nl.iat.platform.problem.ProblemException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The rules between a year's envelope, its lines and what is allocated on them. */
@Tag("unit")
class LineRulesTest {

    private final Envelope envelope = envelope(2018, 1_300_000);

    @Test
    void theLinesOfAYearFitInItsEnvelopeUpToTheLastCent() {
        assertDoesNotThrow(() -> LineRules.requireRoomInEnvelope(envelope, 900_000, 400_000));

        assertRefused("The lines of fiscal year 2018 would exceed its envelope: 400000 cents are still free,"
                + " 400001 were asked", () -> LineRules.requireRoomInEnvelope(envelope, 900_000, 400_001));
    }

    @Test
    void loweringALineAlwaysFitsEvenInAnEnvelopeAlreadyOverdrawn() {
        assertDoesNotThrow(() -> LineRules.requireRoomInEnvelope(envelope, 1_500_000, -100_000));
        assertDoesNotThrow(() -> LineRules.requireRoomInEnvelope(envelope, 1_500_000, 0));
    }

    @Test
    void anEnvelopeIsNeverLoweredBelowItsLines() {
        assertDoesNotThrow(() -> LineRules.requireEnvelopeHoldsLines(900_000, 900_000));

        assertRefused("The year's budget lines already hold 900000 cents; the envelope cannot be lowered below that",
                () -> LineRules.requireEnvelopeHoldsLines(900_000, 899_999));
    }

    @Test
    void aLineIsNeverLoweredBelowWhatIsAllocated() {
        BudgetLine line = new BudgetLine();
        line.amountCents = 1_000;
        line.allocatedCents = 600;

        assertDoesNotThrow(() -> LineRules.requireLineHoldsAllocations(line, 600));
        assertRefused("The line has 600 cents allocated; it cannot be lowered below that",
                () -> LineRules.requireLineHoldsAllocations(line, 599));
    }

    private static void assertRefused(String detail, Executable check) {
        ProblemException problem = assertThrows(ProblemException.class, check);
        assertEquals(409, problem.status());
        assertEquals(detail, problem.getMessage());
    }

    private static Envelope envelope(int fiscalYear, long amountCents) {
        Envelope envelope = new Envelope();
        envelope.fiscalYear = fiscalYear;
        envelope.amountCents = amountCents;
        return envelope;
    }
}
