package nl.iat.reporting.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Release batches (ADR 0016): no released figure and no difference of two is one classified item's money. */
@Tag("unit")
class ReleaseBatchesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2030-01-01T00:00:00Z");
    private final List<HiddenFact> facts = new ArrayList<>();

    @Test
    void aSingleClassifiedMeasureIsNeverReleased() {
        UUID secret = UUID.randomUUID();
        measure(secret, "2013-01-10", 10);
        measure(secret, "2013-02-10", 20);
        ConfidentialFigure.Part part = batches().release(LocalDate.parse("2013-12-31"), NOW);
        assertEquals(0, part.amounts().allocatedCents());
        assertTrue(part.withheld(), "its money is withheld, and the report says so");
    }

    @Test
    void threeMeasuresAreReleasedTogetherAndAFourthWaitsForTwoMore() {
        measure(UUID.randomUUID(), "2013-01-10", 10);
        measure(UUID.randomUUID(), "2013-02-10", 20);
        measure(UUID.randomUUID(), "2013-03-10", 30);
        measure(UUID.randomUUID(), "2013-04-10", 7);
        ReleaseBatches batches = batches();
        ConfidentialFigure.Part march = batches.release(LocalDate.parse("2013-03-31"), NOW);
        ConfidentialFigure.Part april = batches.release(LocalDate.parse("2013-04-30"), NOW);
        assertEquals(60, march.amounts().allocatedCents());
        assertFalse(march.withheld());
        assertEquals(60, april.amounts().allocatedCents(), "the difference of two dates is not the fourth measure's 7");
        assertTrue(april.withheld());
    }

    @Test
    void aBatchCountsOnlyWhenTheReportIncludesAllOfIt() {
        measure(UUID.randomUUID(), "2013-01-10", 10);
        measure(UUID.randomUUID(), "2013-02-10", 20);
        measure(UUID.randomUUID(), "2013-03-10", 30);
        ConfidentialFigure.Part january = batches().release(LocalDate.parse("2013-01-31"), NOW);
        assertEquals(0, january.amounts().allocatedCents(), "January alone would be the first measure's 10");
        assertTrue(january.withheld());
        ConfidentialFigure.Part knownBeforeTheThird = batches().release(LocalDate.parse("2013-12-31"), facts.get(1).recordedAt());
        assertEquals(0, knownBeforeTheThird.amounts().allocatedCents(), "on the recording axis too");
    }

    @Test
    void oneClassifiedLineAmongThreeMeasuresKeepsTheBatchOpen() {
        UUID line = UUID.randomUUID();
        facts.add(fact(line, null, "2013-01-05", 0, 50));
        measure(UUID.randomUUID(), "2013-01-10", 10);
        measure(UUID.randomUUID(), "2013-02-10", 20);
        measure(UUID.randomUUID(), "2013-03-10", 30);
        ConfidentialFigure.Part part = batches().release(LocalDate.parse("2013-12-31"), NOW);
        assertEquals(0, part.amounts().linedCents(), "released, the batch's lined money would be that one line's amount");
        assertTrue(part.withheld());
    }

    private void measure(UUID measure, String effectiveOn, long allocated) {
        facts.add(fact(null, measure, effectiveOn, allocated, 0));
    }

    private HiddenFact fact(UUID line, UUID measure, String effectiveOn, long allocated, long lined) {
        // recorded in the order added, a day apart
        OffsetDateTime recorded = OffsetDateTime.parse("2013-01-01T12:00:00Z").plusDays(facts.size());
        return new HiddenFact(2013, line, measure, LocalDate.parse(effectiveOn), recorded,
                new ConfidentialAmounts(allocated, 0, 0, lined));
    }

    private ReleaseBatches batches() {
        return ReleaseBatches.of(facts, 3);
    }
}
