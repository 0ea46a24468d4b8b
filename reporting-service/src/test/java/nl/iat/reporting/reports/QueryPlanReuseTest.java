package nl.iat.reporting.reports;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.QueryPlans;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** The reports plan their queries once (two thirds of an overview's CPU went to replanning one). */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class QueryPlanReuseTest {

    private static final List<String> REPORTS = List.of("/overviews/2019", "/breakdowns/intervention-areas?fiscalYear=2019",
            "/overviews/2019?asOf=2019-06-30", "/overviews/2019?knownAt=2026-01-01T00:00:00Z");

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aRepeatedReportPlansNoQueryAgain() {
        QueryPlans.assertPlannedOnce(sessionFactory, () -> REPORTS.forEach(ReportFiguresTest::get));
    }
}
