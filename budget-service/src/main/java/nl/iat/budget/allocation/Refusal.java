package nl.iat.budget.allocation;

import nl.iat.platform.problem.ProblemException;

/**
 * A 409 the allocation rules give, with a stable reason code beside its free-text detail: the code
 * is what the metrics count refusals by ({@code BudgetMetrics}), so it never changes with the wording.
 */
public final class Refusal extends ProblemException {

    /** More money than the line has free, or than the allocation holds for a commitment or expenditure. */
    public static final String OVERSPEND = "overspend";
    /** Releasing more than the allocation holds beyond what is committed or spent. */
    public static final String EXCEEDS_RELEASABLE = "exceeds-releasable";
    public static final String NOTHING_TO_WITHDRAW = "nothing-to-withdraw";
    public static final String ALLOCATION_EXISTS = "allocation-exists";
    public static final String NO_ALLOCATION = "no-allocation";

    private final String reason;

    private Refusal(String reason, String detail) {
        super(409, "Conflict", detail);
        this.reason = reason;
    }

    public static Refusal of(String reason, String detail) {
        return new Refusal(reason, detail);
    }

    public String reason() {
        return reason;
    }
}
