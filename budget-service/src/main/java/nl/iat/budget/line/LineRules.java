package nl.iat.budget.line;

import nl.iat.budget.envelope.Envelope;
import nl.iat.platform.problem.ProblemException;

/**
 * The rules between a year's envelope, its budget lines and their allocations (README "Rules it
 * keeps", ADR 0200): the lines of a year never exceed its envelope, an envelope is never lowered
 * below its lines, a line is never lowered below what is allocated on it. Decided on figures the
 * caller read under the locks (envelope, then line); a refusal is a 409 problem.
 */
public final class LineRules {

    private LineRules() {
    }

    /**
     * @param linedCents the sum of the year's lines now
     * @param raiseCents how much that sum would grow (may be negative: always fits)
     */
    public static void requireRoomInEnvelope(Envelope envelope, long linedCents, long raiseCents) {
        if (raiseCents > 0 && linedCents + raiseCents > envelope.amountCents) {
            throw ProblemException.conflict("The lines of fiscal year " + envelope.fiscalYear + " would exceed its envelope: "
                    + (envelope.amountCents - linedCents) + " cents are still free, " + raiseCents + " were asked");
        }
    }

    /** An envelope's new amount must still hold the year's lines ({@code linedCents}). */
    public static void requireEnvelopeHoldsLines(long linedCents, long envelopeCents) {
        if (envelopeCents < linedCents) {
            throw ProblemException.conflict("The year's budget lines already hold " + linedCents
                    + " cents; the envelope cannot be lowered below that");
        }
    }

    /** A line's new amount must still hold what is allocated on it. */
    public static void requireLineHoldsAllocations(BudgetLine line, long amountCents) {
        if (amountCents < line.allocatedCents) {
            throw ProblemException.conflict("The line has " + line.allocatedCents
                    + " cents allocated; it cannot be lowered below that");
        }
    }
}
