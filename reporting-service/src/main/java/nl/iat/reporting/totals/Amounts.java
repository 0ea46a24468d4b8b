package nl.iat.reporting.totals;

/** Allocated, committed and spent money in cents; committed and spent are kept apart, never added. */
public record Amounts(long allocatedCents, long committedCents, long spentCents) {

    public static final Amounts ZERO = new Amounts(0, 0, 0);

    public Amounts negated() {
        return new Amounts(-allocatedCents, -committedCents, -spentCents);
    }

    public Amounts plus(Amounts other) {
        return new Amounts(allocatedCents + other.allocatedCents, committedCents + other.committedCents,
                spentCents + other.spentCents);
    }
}
