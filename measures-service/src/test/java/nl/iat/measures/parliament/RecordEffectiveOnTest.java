package nl.iat.measures.parliament;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import nl.iat.platform.problem.ProblemException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class RecordEffectiveOnTest {

    private static final LocalDate TODAY = LocalDate.of(2019, 4, 15);

    @Test
    void byHandTheGivenDateOrTodayNeverInTheFutureNorBackwards() {
        assertEquals(TODAY, RecordEffectiveOn.forCreation(null, TODAY));
        assertEquals(LocalDate.of(2018, 1, 1), RecordEffectiveOn.forCreation(LocalDate.of(2018, 1, 1), TODAY));
        assertEquals(422, assertThrows(ProblemException.class,
                () -> RecordEffectiveOn.forCreation(TODAY.plusDays(1), TODAY)).status());
        assertEquals(TODAY, RecordEffectiveOn.forChange(null, LocalDate.of(2019, 1, 1), TODAY));
        assertEquals(LocalDate.of(2019, 1, 1), RecordEffectiveOn.forChange(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 1), TODAY));
        ProblemException backwards = assertThrows(ProblemException.class,
                () -> RecordEffectiveOn.forChange(LocalDate.of(2018, 12, 31), LocalDate.of(2019, 1, 1), TODAY));
        assertEquals(422, backwards.status());
        assertEquals("effectiveOn", backwards.toProblem().invalidParams().get(0).name());
    }

    @Test
    void anImportTakesThePortalsDateMovedIntoTheBounds() {
        assertEquals(LocalDate.of(2019, 3, 1), RecordEffectiveOn.forImport(LocalDate.of(2019, 3, 1), null, TODAY));
        assertEquals(TODAY, RecordEffectiveOn.forImport(null, null, TODAY), "no portal date: today");
        assertEquals(TODAY, RecordEffectiveOn.forImport(TODAY.plusDays(2), null, TODAY), "never in the future");
        assertEquals(LocalDate.of(2019, 3, 10), RecordEffectiveOn.forImport(LocalDate.of(2019, 3, 1),
                LocalDate.of(2019, 3, 10), TODAY), "never before the record's current state");
    }
}
