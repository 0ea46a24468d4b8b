package nl.iat.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.iat.platform.problem.InvalidParam;
import nl.iat.platform.problem.Problem;
import nl.iat.platform.problem.ProblemException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Filter values from query strings: absent is null, a bad value is a 400 naming the parameter. */
@Tag("unit")
class QueryParamsTest {

    enum Status { PLANNED, ACTIVE }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "   " })
    void anAbsentOrBlankValueIsNoFilter(String value) {
        assertNull(QueryParams.enumValue("status", value, Status.class));
        assertNull(QueryParams.date("from", value));
        assertNull(QueryParams.uuid("organisationId", value));
        assertNull(QueryParams.bool("active", value));
        assertNull(QueryParams.integer("fiscalYear", value));
        assertNull(QueryParams.text("q", value, 10));
    }

    @Test
    void parsesTrimmedValues() {
        UUID id = UUID.randomUUID();
        assertEquals(Status.ACTIVE, QueryParams.enumValue("status", " ACTIVE ", Status.class));
        assertEquals(LocalDate.of(2018, 1, 31), QueryParams.date("from", " 2018-01-31 "));
        assertEquals(id, QueryParams.uuid("organisationId", " " + id + " "));
        assertEquals(Boolean.TRUE, QueryParams.bool("active", " true"));
        assertEquals(Boolean.FALSE, QueryParams.bool("active", "false "));
        assertEquals(2025, QueryParams.integer("fiscalYear", " 2025 "));
        assertEquals(-3, QueryParams.integer("offset", "-3"));
        assertEquals("jihad", QueryParams.text("q", " jihad ", 10));
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        assertInvalid("status", "must be one of [PLANNED, ACTIVE]",
                () -> QueryParams.enumValue("status", "active", Status.class));
        assertInvalid("status", "must be one of [PLANNED, ACTIVE]",
                () -> QueryParams.enumValue("status", "DONE", Status.class));
    }

    @ParameterizedTest
    @ValueSource(strings = { "31-01-2018", "2018-02-30", "2018-1-31", "2018-01-31T00:00:00Z" })
    void anInvalidDateIsA400(String value) {
        assertInvalid("dateFrom", "must be a date like 2018-01-31", () -> QueryParams.date("dateFrom", value));
    }

    @ParameterizedTest
    @ValueSource(strings = { "not-a-uuid", "1234", "2b9d4c3e1f0a4e578c6b7a9e0d1f2c3b" })
    void anInvalidUuidIsA400(String value) {
        assertInvalid("measureId", "must be a UUID", () -> QueryParams.uuid("measureId", value));
    }

    @ParameterizedTest
    @ValueSource(strings = { "TRUE", "yes", "1", "False" })
    void onlyLowerCaseTrueAndFalseAreBooleans(String value) {
        assertInvalid("active", "must be true or false", () -> QueryParams.bool("active", value));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025.0", "twenty", "2147483648", "1e3" })
    void anythingButAWholeNumberThatFitsIsA400(String value) {
        assertInvalid("fiscalYear", "must be a whole number", () -> QueryParams.integer("fiscalYear", value));
    }

    @Test
    void textIsBoundedInLength() {
        assertEquals("abcde", QueryParams.text("q", "abcde", 5));
        assertInvalid("q", "must be at most 5 characters", () -> QueryParams.text("q", "abcdef", 5));
    }

    static void assertInvalid(String name, String reason, Executable parse) {
        ProblemException problem = assertThrows(ProblemException.class, parse);
        Problem document = problem.toProblem();
        assertEquals(400, problem.status());
        assertEquals(400, document.status());
        assertEquals(List.of(new InvalidParam(name, reason)), document.invalidParams());
    }
}
