package nl.iat.budget.rest;

import static nl.iat.budget.rest.BudgetFixtures.BASE;
import static nl.iat.budget.rest.BudgetFixtures.allocate;
import static nl.iat.budget.rest.BudgetFixtures.as;
import static nl.iat.budget.rest.BudgetFixtures.measure;
import static nl.iat.budget.rest.BudgetFixtures.newLine;
import static nl.iat.budget.rest.BudgetFixtures.sharedEnvelope;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.platform.security.Roles;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.QueryPlans;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** The reads users make most plan their queries once. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class QueryPlanReuseTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void repeatedReadsPlanNoQueryAgain() {
        String lineId = newLine(1_000L);
        String allocationId = allocate(lineId, measure("APPROVED"), 400L);
        int year = sharedEnvelope();
        List<String> reads = List.of("/envelopes/" + year, "/envelopes", "/budget-lines?fiscalYear=" + year,
                "/budget-lines/" + lineId, "/budget-lines/" + lineId + "/ledger-entries", "/allocations/" + allocationId,
                "/year-summaries/" + year);
        QueryPlans.assertPlannedOnce(sessionFactory,
                () -> reads.forEach(path -> as(Roles.VIEWER).get(BASE + path).then().statusCode(200)));
    }
}
