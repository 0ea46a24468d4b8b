package nl.iat.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import nl.iat.e2e.client.Api;
import nl.iat.e2e.client.SuiteClient;
import nl.iat.e2e.harness.ChangeStream;
import nl.iat.e2e.harness.Figures;
import nl.iat.e2e.harness.Fixtures;
import nl.iat.e2e.harness.Fixtures.Converged;
import nl.iat.e2e.harness.ManagedProcess;
import nl.iat.e2e.harness.Suite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Scenario 17: two replicas of every service behind one gateway (ADR 0014). 1,000 allocations go
 * through the gateway, more than the line holds, while reads run beside them; mid-load one replica
 * of each service is killed with SIGKILL. Nothing is lost, doubled or overspent, the reports equal
 * the ledger to the cent, at most 1% of the requests fail and none from five seconds after the kill.
 */
class ReplicaScenario {

    private static final int YEAR = 2026;
    private static final int ALLOCATIONS = 1_000;
    private static final int KILL_AT = 300;
    private static final long INITIAL = 100L;
    /** Room for about four fifths of the stream (1..100 cents each, about 50,500 in all). */
    private static final long LINE = 10 * INITIAL + 40_000L;
    private static final Duration READY = Duration.ofSeconds(90);
    private static final long SETTLED_NANOS = Duration.ofSeconds(5).toNanos();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<ManagedProcess> started = new ArrayList<>();

    @AfterEach
    void stopTheExtraProcesses() {
        started.forEach(ManagedProcess::stop);
    }

    @Test
    void killingOneReplicaOfEachServiceMidLoadLosesNothing() throws IOException {
        Suite suite = Suite.get();
        List<ManagedProcess> second = List.of(suite.replica("measures-service", 2),
                suite.replica("budget-service", 2), suite.replica("reporting-service", 2));
        ManagedProcess gateway = suite.gateway("gateway-replicas", Map.of(
                "MEASURES_SERVICE_URL", suite.measures.url() + "," + second.get(0).url(),
                "BUDGET_SERVICE_URL", suite.budget.url() + "," + second.get(1).url(),
                "REPORTING_SERVICE_URL", suite.reporting.url() + "," + second.get(2).url(),
                // The production setting: a replica refusing connections leaves the rotation at once.
                "IAT_UPSTREAM_FAILURE_THRESHOLD", "5"));
        started.addAll(second);
        started.add(gateway);
        started.forEach(ManagedProcess::start);
        started.forEach(p -> p.awaitReady(READY));

        SuiteClient client = Fixtures.client(gateway.url());
        List<String> measures = Fixtures.approvedMeasures(client, "Replica measure", 10);
        String line = Fixtures.budgetLine(client, YEAR, LINE);
        measures.forEach(m -> client.allocate(line, "ALLOCATE", m, null, INITIAL, "Initial"));

        long[] killedAt = new long[1];
        Map<String, Long> servedBeforeTheKill = new LinkedHashMap<>();
        Reads reads = new Reads(client, measures.get(0));
        long start = System.nanoTime();
        ChangeStream.Result writes = new ChangeStream(client, line, measures).run(ALLOCATIONS, 8, KILL_AT, () -> {
            second.forEach(p -> servedBeforeTheKill.put(p.name(), apiRequestsServed(p)));
            second.forEach(ManagedProcess::kill);
            killedAt[0] = System.nanoTime();
        });
        double writeSeconds = (System.nanoTime() - start) / 1e9;
        reads.stop();

        servedBeforeTheKill.forEach((name, served) -> assertTrue(served > 0, name + " served no request before the kill"));
        long requests = writes.sent() + reads.sent.get();
        long failed = writes.failed() + reads.failedAt.size();
        long settled = killedAt[0] + SETTLED_NANOS;
        long failedAfterFiveSeconds = writes.failedSince(settled) + reads.failedAt.stream().filter(t -> t - settled >= 0).count();
        assertTrue(failed * 100 <= requests, failed + " of " + requests + " requests failed, more than 1%");
        assertEquals(0, failedAfterFiveSeconds, "failed requests five seconds after the kill");
        assertTrue(writes.refused() > 0, "the stream asks for more than the line holds");

        long expectedCents = measures.size() * INITIAL + writes.acceptedCents();
        long expectedEntries = measures.size() + writes.accepted();
        long allocated = client.yearSummary(YEAR).path("allocatedCents").asLong();
        assertEquals(expectedCents, allocated, "every 201 is in the ledger, none twice");
        assertTrue(allocated <= LINE, "never overspent: " + allocated + " of " + LINE);
        assertEquals(expectedEntries, Fixtures.ledgerEntries(client, line));
        Converged<Long> reported = Fixtures.converge(() -> client.overview(YEAR).path("allocatedCents").asLong(),
                v -> v == expectedCents);
        assertTrue(reported.reached(), "reports total " + reported.value() + " equals the ledger's " + expectedCents);
        Converged<Long> events = Fixtures.converge(() -> Fixtures.reportedMoneyChanges(client, measures),
                n -> n == expectedEntries);
        assertEquals(expectedEntries, events.value(), "every ledger entry is in the reports exactly once");

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("replicas per service", 2);
        figures.put("allocations sent", writes.sent());
        figures.put("accepted", writes.accepted());
        figures.put("refused for overspending (409)", writes.refused());
        figures.put("reads sent", reads.sent.get());
        figures.put("API requests served by the killed replicas", servedBeforeTheKill);
        figures.put("failed requests", failed);
        figures.put("failed from 5 s after the kill", failedAfterFiveSeconds);
        figures.put("allocated cents (ledger)", allocated);
        figures.put("line cents", LINE);
        figures.put("reported cents", reported.value());
        figures.put("write seconds", Math.round(writeSeconds * 10) / 10.0);
        figures.put("seconds to converge after writes", Math.round(reported.seconds() * 10) / 10.0);
        Figures.record("17 two replicas, one of each killed", figures);
    }

    /** The API requests a service process has answered, from its own HTTP server metrics. */
    private static long apiRequestsServed(ManagedProcess service) {
        String metrics;
        try {
            metrics = HTTP.send(HttpRequest.newBuilder(URI.create(service.url() + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds_count{") && !l.contains("uri=\"/q/"))
                // "name{labels} value", possibly followed by an exemplar "# {span_id=...} value time".
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.indexOf("} ") + 2).split(" ")[0])).sum();
    }

    /** One client reading a measure and a report in turn until stopped, noting when a read failed. */
    private static final class Reads {

        final AtomicInteger sent = new AtomicInteger();
        final List<Long> failedAt = new CopyOnWriteArrayList<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        Reads(SuiteClient client, String measureId) {
            Api viewer = client.viewer();
            List<String> paths = List.of("/api/measures/v1/measures/" + measureId, "/api/reports/v1/overviews/" + YEAR);
            thread = new Thread(() -> {
                for (int i = 0; running.get(); i++) {
                    int status = viewer.get(paths.get(i % paths.size())).status();
                    sent.incrementAndGet();
                    if (status != 200) {
                        failedAt.add(System.nanoTime());
                    }
                }
            }, "replica-scenario-reads");
            thread.start();
        }

        void stop() {
            running.set(false);
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
