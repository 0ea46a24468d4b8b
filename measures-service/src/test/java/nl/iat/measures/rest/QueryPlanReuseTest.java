package nl.iat.measures.rest;

import static nl.iat.measures.MeasuresApi.BASE;
import static nl.iat.measures.MeasuresApi.as;
import static nl.iat.measures.MeasuresApi.measure;
import static nl.iat.measures.MeasuresApi.registerId;

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
        String id = registerId(measure("Plannen " + System.nanoTime()));
        List<String> reads = List.of("/measures/" + id, "/measures", "/measures?page=2&pageSize=5&sort=-startDate",
                "/measures/" + id + "/history", "/organisations");
        QueryPlans.assertPlannedOnce(sessionFactory,
                () -> reads.forEach(path -> as(Roles.VIEWER).get(BASE + path).then().statusCode(200)));
    }
}
