package nl.iat.budget.measure;

import java.util.List;
import java.util.UUID;

import nl.iat.platform.problem.InvalidParam;
import nl.iat.platform.problem.ProblemException;
import nl.iat.platform.security.Classification;

/**
 * Decides from the local copy whether money may go to a measure. The copy follows the measure
 * events, so a measure registered a moment ago may not be known yet: the problem says so and the
 * client retries (ADR 0202). A measure the caller may not see (ADR 0016) is passed in as none.
 */
public final class MeasureEligibility {

    private MeasureEligibility() {
    }

    /**
     * The decision on the copy found for {@code measureId} ({@code null}: none), without the database.
     *
     * @param field the request property naming the measure, reported in {@code invalidParams}
     */
    public static MeasureCopy requireOpen(MeasureCopy measure, UUID measureId, String field) {
        if (measure == null) {
            throw ProblemException.unprocessable("Measure " + measureId + " is not known to the budget service."
                    + " A measure registered moments ago reaches this service through its events; retry shortly",
                    List.of(new InvalidParam(field, "unknown measure")));
        }
        if (measure.isClosed()) {
            throw ProblemException.unprocessable("Measure " + measure.code + " is " + measure.status
                    + ": no money can be allocated to it",
                    List.of(new InvalidParam(field, "measure is " + measure.status.toLowerCase())));
        }
        return measure;
    }

    /**
     * Refuses money for a measure classified above the line it comes from (ADR 0016): a line's allocated and
     * free money are read with the line, so they would tell its readers what a hidden measure received.
     */
    public static void requireFundableFrom(MeasureCopy measure, Classification line, String field) {
        if (!line.covers(measure.classification)) {
            throw ProblemException.unprocessable("Measure " + measure.code + " is " + measure.classification
                    + ": its money comes from a budget line classified at least " + measure.classification
                    + ", or the line's totals would disclose it", List.of(new InvalidParam(field,
                            "measure is classified above the line (" + line + ")")));
        }
    }
}
