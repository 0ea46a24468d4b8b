package nl.iat.budget.service;

/** Bounds shared by every amount in the API: integer euro cents, never negative, never absurd. */
public final class Money {

    /** EUR 100 billion: far above any counter-terrorism budget, far below overflow of a long sum. */
    public static final long MAX_CENTS = 10_000_000_000_000L;

    private Money() {
    }
}
