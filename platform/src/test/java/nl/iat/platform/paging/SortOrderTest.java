package nl.iat.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.panache.common.Sort;
import nl.iat.platform.problem.InvalidParam;
import nl.iat.platform.problem.ProblemException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code sort} parameter: API field names, {@code -} for descending, only the declared fields. */
@Tag("unit")
class SortOrderTest {

    private static final Map<String, String> SORTABLE = sortable();

    private static Map<String, String> sortable() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("fiscalYear", "fiscalYear");
        fields.put("title", "title");
        fields.put("amountCents", "amountCents");
        fields.put("createdAt", "created");
        return fields;
    }

    @Test
    void mapsFieldsToAttributesInTheGivenOrderAndDirections() {
        Sort sort = SortOrder.parse("-fiscalYear, title,-createdAt", SORTABLE, "title", "id");

        assertEquals(List.of("fiscalYear Descending", "title Ascending", "created Descending", "id Ascending"),
                columns(sort));
    }

    @Test
    void aUniqueFieldNeedsNoTieBreak() {
        assertEquals(List.of("number Descending"), columns(SortOrder.parse("-number", Map.of("number", "number"), "number", null)));
    }

    @Test
    void givesTheFieldsByTheirApiNamesForSortsThatAreNotPanacheQueries() {
        assertEquals(List.of(new SortOrder.Field("createdAt", true), new SortOrder.Field("title", false)),
                SortOrder.fields("-createdAt,title", SORTABLE.keySet(), "fiscalYear"));
        assertEquals(List.of(new SortOrder.Field("fiscalYear", false)), SortOrder.fields(null, SORTABLE.keySet(), "fiscalYear"));
        assertThrows(ProblemException.class, () -> SortOrder.fields("created", SORTABLE.keySet(), "fiscalYear"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "  " })
    void withoutASortTheFallbackApplies(String sort) {
        assertEquals(List.of("fiscalYear Ascending", "title Descending", "id Ascending"),
                columns(SortOrder.parse(sort, SORTABLE, "fiscalYear,-title", "id")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "created", "amount_cents", "title,secret", "-", "+title", "TITLE" })
    void refusesAnythingButADeclaredField(String sort) {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> SortOrder.parse(sort, SORTABLE, "title", "id"));

        assertEquals(400, problem.status());
        List<InvalidParam> invalid = problem.toProblem().invalidParams();
        assertEquals(1, invalid.size());
        assertEquals("sort", invalid.get(0).name());
        assertEquals("'" + rejected(sort) + "' is not sortable; use one of fiscalYear, title, amountCents, createdAt,"
                + " optionally prefixed by - for descending", invalid.get(0).reason());
    }

    /** The first part of the sort that is not a declared field, as the problem names it. */
    private static String rejected(String sort) {
        for (String part : sort.split(",")) {
            String name = part.trim().startsWith("-") ? part.trim().substring(1) : part.trim();
            if (!SORTABLE.containsKey(name)) {
                return name;
            }
        }
        throw new IllegalArgumentException(sort);
    }

    private static List<String> columns(Sort sort) {
        return sort.getColumns().stream().map(column -> column.getName() + " " + column.getDirection()).toList();
    }
}
