package nl.iat.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Checks that requests plan each of their queries once: a query whose plan Hibernate cannot find
 * again in its cache is planned on every request, and a native query with a result class once made
 * every report fill and search one overfull bucket of that cache (issue 19). Per query, so that work
 * in the background (consumers, scheduled jobs) planning a query for the first time does not count.
 * Needs {@code quarkus.hibernate-orm.statistics=true} in the test profile.
 */
public final class QueryPlans {

    private static final int ROUNDS = 3;

    private QueryPlans() {
    }

    /** Runs the requests once to plan their queries, then three times more: no query misses the plan cache each time. */
    public static void assertPlannedOnce(SessionFactory sessionFactory, Runnable requests) {
        Statistics statistics = sessionFactory.getStatistics();
        requests.run();
        Map<String, Long> before = misses(statistics);
        for (int round = 0; round < ROUNDS; round++) {
            requests.run();
        }
        List<String> replanned = misses(statistics).entrySet().stream()
                .filter(query -> query.getValue() - before.getOrDefault(query.getKey(), 0L) >= ROUNDS)
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), replanned, "queries planned anew on every repeated request");
    }

    private static Map<String, Long> misses(Statistics statistics) {
        return Arrays.stream(statistics.getQueries()).collect(Collectors.toMap(Function.identity(),
                query -> statistics.getQueryStatistics(query).getPlanCacheMissCount()));
    }
}
