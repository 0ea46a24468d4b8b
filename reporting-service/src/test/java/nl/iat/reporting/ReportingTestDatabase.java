package nl.iat.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import nl.iat.testing.PostgresTestDatabase;

/** Every test of this service runs against its own PostgreSQL database, reporting_test. */
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "reporting_test"))
public class ReportingTestDatabase {
}
