package nl.iat.reporting.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.testing.KafkaBrokerResource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The reports' queries are planned once: a query whose plan Hibernate cannot find again (a native
 * query with a result class did that) is planned on every request and fills one bucket of the plan
 * cache, which each request then searches; two thirds of an overview's CPU went there (issue 19).
 * Statistics are on in the test profile only.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class QueryPlanReuseTest {

    private static final List<String> REPORTS = List.of("/overviews/2019", "/breakdowns/intervention-areas?fiscalYear=2019",
            "/overviews/2019?asOf=2019-06-30", "/overviews/2019?knownAt=2026-01-01T00:00:00Z");

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aRepeatedReportPlansNoQueryAgain() {
        REPORTS.forEach(ReportFiguresTest::get);
        Statistics statistics = sessionFactory.getStatistics();
        long misses = statistics.getQueryPlanCacheMissCount();
        for (int round = 0; round < 3; round++) {
            REPORTS.forEach(ReportFiguresTest::get);
        }
        assertEquals(misses, statistics.getQueryPlanCacheMissCount(), "query plans missed in the cache on repeated reports");
    }
}
