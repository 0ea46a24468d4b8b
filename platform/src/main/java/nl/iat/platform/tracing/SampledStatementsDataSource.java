package nl.iat.platform.tracing;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalDataSourceMetrics;
import io.agroal.api.AgroalPoolInterceptor;
import io.agroal.api.configuration.AgroalDataSourceConfiguration;
import io.opentelemetry.api.trace.Span;

/**
 * The pool, handing out connections with JDBC telemetry only to work whose trace is recorded: the
 * sampler drops a statement span of an unrecorded trace anyway, but the telemetry wrapper still
 * builds it (attributes, SQL sanitising, context switches) and wraps every statement and result set
 * call, a seventh of a simple read's CPU (docs/benchmarks.md, issue 19). A transaction takes its
 * connection inside the request's or the consumed event's span, so one decision holds for all its
 * statements.
 */
class SampledStatementsDataSource implements AgroalDataSource {

    private static final long serialVersionUID = 1L;

    private final AgroalDataSource plain;
    private final AgroalDataSource traced;

    SampledStatementsDataSource(AgroalDataSource plain, AgroalDataSource traced) {
        this.plain = plain;
        this.traced = traced;
    }

    private AgroalDataSource forCurrentTrace() {
        return Span.current().getSpanContext().isSampled() ? traced : plain;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return forCurrentTrace().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return forCurrentTrace().getConnection(username, password);
    }

    @Override
    public Connection getReadOnlyConnection() throws SQLException {
        return forCurrentTrace().getReadOnlyConnection();
    }

    @Override
    public boolean isHealthy(boolean newConnection) throws SQLException {
        return plain.isHealthy(newConnection);
    }

    @Override
    public AgroalDataSourceConfiguration getConfiguration() {
        return plain.getConfiguration();
    }

    @Override
    public AgroalDataSourceMetrics getMetrics() {
        return plain.getMetrics();
    }

    @Override
    public void flush(FlushMode mode) {
        plain.flush(mode);
    }

    @Override
    public void setPoolInterceptors(Collection<? extends AgroalPoolInterceptor> interceptors) {
        plain.setPoolInterceptors(interceptors);
    }

    @Override
    public List<AgroalPoolInterceptor> getPoolInterceptors() {
        return plain.getPoolInterceptors();
    }

    @Override
    public void close() {
        plain.close();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return plain.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        plain.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        plain.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return plain.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return plain.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return plain.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return plain.isWrapperFor(type);
    }
}
