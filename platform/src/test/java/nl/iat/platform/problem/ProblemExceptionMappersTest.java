package nl.iat.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.ws.rs.core.Response;

import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ProblemExceptionMappersTest {

    private final ProblemExceptionMappers mappers = new ProblemExceptionMappers();

    @Test
    void aConnectionPoolThatStayedBusyIsA503WithRetryAfterNotA500() {
        // What Hibernate throws when Agroal gave no connection within its acquisition timeout.
        RuntimeException busy = new IllegalStateException(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!")));

        Response response = mappers.unexpected(busy);

        assertEquals(503, response.getStatus());
        assertEquals("1", response.getHeaderString("Retry-After"));
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
    }

    @Test
    void anyOtherDatabaseFailureStaysA500() {
        Response response = mappers.unexpected(new IllegalStateException(new GenericJDBCException("broken",
                new SQLException("relation does not exist", "42P01"))));

        assertEquals(500, response.getStatus());
        assertFalse(ProblemExceptionMappers.isPoolExhausted(new SQLException("connection refused")));
        assertTrue(ProblemExceptionMappers.isPoolExhausted(new SQLException("Acquisition timeout while waiting for new connection")));
    }
}
