package nl.iat.measures;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import nl.iat.testing.PostgresTestDatabase;

/** Every test of this service runs against its own PostgreSQL database, measures_test. */
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "measures_test"))
public class MeasuresTestDatabase {
}
