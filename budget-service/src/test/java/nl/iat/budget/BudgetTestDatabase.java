package nl.iat.budget;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import nl.iat.testing.PostgresTestDatabase;

/** Every test of this service runs against its own PostgreSQL database, budget_test. */
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "budget_test"))
public class BudgetTestDatabase {
}
