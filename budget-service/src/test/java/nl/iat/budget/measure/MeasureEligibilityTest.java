package nl.iat.budget.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;

import nl.iat.platform.problem.InvalidParam;
import nl.iat.platform.problem.ProblemException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Money goes only to measures this service knows and that are not cancelled or completed (ADR 0202). */
@Tag("unit")
class MeasureEligibilityTest {

    private final UUID measureId = UUID.randomUUID();

    @ParameterizedTest
    @ValueSource(strings = { "PROPOSED", "APPROVED", "IN_PROGRESS" })
    void anOpenMeasureMayReceiveMoney(String status) {
        MeasureCopy measure = measure(status);

        assertSame(measure, MeasureEligibility.requireOpen(measure, measureId, "measureId"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "CANCELLED", "COMPLETED" })
    void aClosedMeasureMayNot(String status) {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> MeasureEligibility.requireOpen(measure(status), measureId, "toMeasureId"));

        assertEquals(422, problem.status());
        assertEquals("Measure M-2018-001 is " + status + ": no money can be allocated to it", problem.getMessage());
        assertEquals(List.of(new InvalidParam("toMeasureId", "measure is " + status.toLowerCase())),
                problem.toProblem().invalidParams());
    }

    @Test
    void anUnknownMeasureIsRefusedWithAHintToRetry() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> MeasureEligibility.requireOpen(null, measureId, "measureId"));

        assertEquals(422, problem.status());
        assertEquals("Measure " + measureId + " is not known to the budget service. A measure registered moments ago"
                + " reaches this service through its events; retry shortly", problem.getMessage());
        assertEquals(List.of(new InvalidParam("measureId", "unknown measure")), problem.toProblem().invalidParams());
    }

    private MeasureCopy measure(String status) {
        MeasureCopy measure = new MeasureCopy();
        measure.measureId = measureId;
        measure.code = "M-2018-001";
        measure.status = status;
        return measure;
    }
}
