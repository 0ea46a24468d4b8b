package nl.iat.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The where-clause of a list query from optional filters, with every value bound as a parameter. */
@Tag("unit")
class QueryFilterTest {

    @Test
    void withoutFiltersEverythingMatches() {
        QueryFilter filter = new QueryFilter().equal("status", "status", null).atLeast("date", "from", null);

        assertEquals("1 = 1", filter.query());
        assertEquals(Map.of(), filter.parameters());
    }

    @Test
    void givenFiltersAreJoinedWithAndInTheOrderAdded() {
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        QueryFilter filter = new QueryFilter()
                .equal("fiscalYear", "year", 2024)
                .equal("priorityLineCode", "code", null)
                .atLeast("date", "from", from)
                .atMost("date", "to", to);

        assertEquals("fiscalYear = :year and date >= :from and date <= :to", filter.query());
        assertEquals(Map.of("year", 2024, "from", from, "to", to), filter.parameters());
    }

    @Test
    void aValueNeverBecomesPartOfTheQuery() {
        String hostile = "x' or '1' = '1";
        QueryFilter filter = new QueryFilter().equal("title", "title", hostile);

        assertEquals("title = :title", filter.query());
        assertEquals(Map.of("title", hostile), filter.parameters());
    }

    @Test
    void aConditionOfItsOwnCountsOnlyWithItsValue() {
        QueryFilter filter = new QueryFilter()
                .matching(":measure member of c.measureIds", "measure", "m-1")
                .matching("lower(name) like :name", "name", null);

        assertEquals(":measure member of c.measureIds", filter.query());
        assertEquals(Map.of("measure", "m-1"), filter.parameters());
    }

    @Test
    void aYesNoFilterAddsTheConditionOfItsAnswerAndBindsItsParametersOnlyWhenAnswered() {
        LocalDate today = LocalDate.of(2024, 5, 1);
        Map<String, Object> bound = Map.of("today", today);

        assertEquals("dueDate < :today", new QueryFilter().yesNo(true, "dueDate < :today", "dueDate >= :today", bound).query());
        QueryFilter no = new QueryFilter().yesNo(false, "dueDate < :today", "dueDate >= :today", bound);
        assertEquals("dueDate >= :today", no.query());
        assertEquals(bound, no.parameters());
        QueryFilter unanswered = new QueryFilter().yesNo(null, "dueDate < :today", "dueDate >= :today", bound);
        assertEquals("1 = 1", unanswered.query());
        assertEquals(Map.of(), unanswered.parameters());
    }
}
