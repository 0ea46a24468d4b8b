package nl.iat.platform.tracing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.runtime.AgroalOpenTelemetryWrapper;

/**
 * JDBC telemetry ({@code quarkus.datasource.jdbc.telemetry}) for recorded traces only: Quarkus wraps
 * each data source with this bean, which keeps the unwrapped pool beside the traced one.
 */
@Alternative
@Priority(1)
@Singleton
public class SampledStatementsTelemetry extends AgroalOpenTelemetryWrapper {

    @Override
    public AgroalDataSource apply(AgroalDataSource dataSource) {
        return new SampledStatementsDataSource(dataSource, super.apply(dataSource));
    }
}
