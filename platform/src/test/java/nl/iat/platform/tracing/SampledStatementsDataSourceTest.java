package nl.iat.platform.tracing;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.SQLException;

import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class SampledStatementsDataSourceTest {

    private final AgroalDataSource plain = mock(AgroalDataSource.class);
    private final AgroalDataSource traced = mock(AgroalDataSource.class);
    private final Connection plainConnection = mock(Connection.class);
    private final Connection tracedConnection = mock(Connection.class);
    private final SampledStatementsDataSource dataSource = new SampledStatementsDataSource(plain, traced);

    @BeforeEach
    void pools() throws SQLException {
        when(plain.getConnection()).thenReturn(plainConnection);
        when(traced.getConnection()).thenReturn(tracedConnection);
    }

    @Test
    void aRecordedTraceGetsTheTracedConnection() throws SQLException {
        try (Scope ignored = inSpan(true)) {
            assertSame(tracedConnection, dataSource.getConnection());
        }
    }

    @Test
    void anUnrecordedTraceGetsThePlainConnection() throws SQLException {
        try (Scope ignored = inSpan(false)) {
            assertSame(plainConnection, dataSource.getConnection());
        }
    }

    @Test
    void workOutsideAnyTraceGetsThePlainConnection() throws SQLException {
        assertSame(plainConnection, dataSource.getConnection());
    }

    private static Scope inSpan(boolean sampled) {
        SpanContext span = SpanContext.create("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7",
                sampled ? TraceFlags.getSampled() : TraceFlags.getDefault(), TraceState.getDefault());
        return Context.root().with(Span.wrap(span)).makeCurrent();
    }
}
