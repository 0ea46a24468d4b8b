package nl.iat.e2e.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import nl.iat.e2e.client.Api;
import nl.iat.e2e.client.SuiteClient;
import nl.iat.e2e.dataset.IllustrativeDataset;

/**
 * Event lag (issue 19): from an allocation change accepted through the gateway (its 2xx answer arrived)
 * to the moment its figure is in the reports (the reporting transaction that applied its event
 * committed, {@link CommitListener}), split at {@code published_at} of the budget outbox into the
 * relay's share and the consumer's share. Open loop: changes are sent on a fixed schedule, whatever
 * the answers do. Run it through docs/benchmarks/event-lag/run.sh, which installs the trigger it
 * listens to. Usage: {@code EventLag <gatewayUrl> <rate per s> <warm-up> <duration>} (10s, 500ms, 1m).
 * Exits 1 when an allocation was refused or failed, or never became visible.
 */
public final class EventLag {

    /** What an allocation change writes to the budget outbox (BudgetEvents), with the line id as subject. */
    static final String LEDGER_EVENT = "nl.iat.budget.ledger-entries.recorded.v1";
    /** A fiscal year of its own: before the letter of 2017, so the illustrative dataset never uses it. */
    static final int YEAR = 2016;
    static final long ENVELOPE_CENTS = 1_000_000_000_000L;
    /** Each run takes a line of EUR 1,000,000 and increases one allocation by a cent per request. */
    static final long LINE_CENTS = 100_000_000L;
    /**
     * The gateway limits each client (token subject) to 1200 requests a minute by default: the load
     * comes from as many clients as keep each at half that, as many systems would send it.
     */
    static final double RATE_PER_CLIENT = 10;
    static final Duration SETTLE = Duration.ofSeconds(10);

    /** The line and measure the load increases, and the setup's own first ledger entry there. */
    record Target(String budgetLineId, String measureId, String firstEntryId) {
    }

    /** One allocation change: when it was sent, when its answer arrived, and the answer. */
    record Sent(boolean measured, long lateNanos, Instant sentAt, Instant answeredAt, int status, String entryId) {

        /** Stamps the answer's arrival first, then reads the ledger entry id from a 2xx answer. */
        static Sent answered(boolean measured, long lateNanos, Instant sentAt, Api.Reply reply) {
            Instant answeredAt = Instant.now();
            return new Sent(measured, lateNanos, sentAt, answeredAt, reply.status(),
                    reply.status() / 100 == 2 ? reply.json().path("entryId").asText() : null);
        }

        boolean accepted() {
            return status / 100 == 2;
        }
    }

    /**
     * The outbox row of a ledger entry: its event id and when Kafka acked it (null until then); and the
     * reporting consumer's {@code processed_at}, the now() of its transaction, which starts with that insert.
     */
    record Event(String eventId, Instant publishedAt, Instant consumerStartedAt) {
    }

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        double rate = Double.parseDouble(args[1]);
        Duration warmup = duration(args[2]);
        Duration measured = duration(args[3]);
        String load = loadAverage();
        boolean clean;
        try (CommitListener visible = new CommitListener(connect("reporting"))) {
            requireTrigger();
            SuiteClient suite = new SuiteClient(new Api(gateway, null).waitingWhenLimited(),
                    IllustrativeDataset.developmentTokens(gateway));
            Target target = setUp(suite);
            List<Api> clients = clients(gateway, suite, (int) Math.ceil(rate / RATE_PER_CLIENT));
            List<Sent> sent = send(clients, target, rate, warmup, measured);
            Instant end = Instant.now();
            List<Sent> accepted = sent.stream().filter(Sent::accepted).toList();
            Map<String, Event> events = awaitVisible(visible, target, accepted, end.plus(SETTLE));
            System.out.printf("load %s at start, %s at the end (/proc/loadavg); %d cores; this client used %.1f s of CPU%n",
                    load, loadAverage(), Runtime.getRuntime().availableProcessors(), ((com.sun.management.OperatingSystemMXBean)
                            ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9);
            System.out.printf("%s allocations/s, open loop, through %s from %d clients; warm-up %s (not counted),"
                    + " measured %s; fiscal year %d, budget line %s%n", args[1], gateway, clients.size(),
                    args[2], args[3], YEAR, target.budgetLineId());
            clean = report(sent, accepted, target, events, visible);
        }
        System.exit(clean ? 0 : 1);
    }

    /**
     * A budget line of its own in {@link #YEAR} and a new measure with a first allocation on it, which
     * the load increases. The measure reaches the budget-service through its event: {@code allocate}
     * retries until it is known there, as the dataset loader does.
     */
    static Target setUp(SuiteClient suite) {
        String nctv = suite.organisationId("NCTV");
        String name = "Benchmark event lag " + Instant.now();
        suite.ensureEnvelope(YEAR, ENVELOPE_CENTS);
        String line = suite.createBudgetLine(YEAR, "FINANCING", name, nctv, LINE_CENTS);
        Map<String, Object> measure = suite.measure(name, "VOORKOMEN", "FINANCING", "PREVENTIVE", "INTENSIFICATION", nctv);
        measure.put("description", "Receives the allocations of docs/benchmarks/event-lag/run.sh");
        String measureId = suite.registerMeasure(measure);
        JsonNode first = suite.allocate(line, "ALLOCATE", measureId, null, 1, "Benchmark event lag: first allocation");
        return new Target(line, measureId, first.path("entryId").asText());
    }

    /** Development tokens of distinct subjects (admin of one organisation after another), so distinct clients. */
    static List<Api> clients(String gateway, SuiteClient suite, int count) {
        List<String> subjects = new ArrayList<>();
        for (String clearance : List.of("", "&clearance=PUBLIC", "&clearance=RESTRICTED", "&clearance=SECRET")) {
            for (JsonNode organisation : SuiteClient.expect(suite.viewer().get("/api/measures/v1/organisations?pageSize=100"),
                    200).path("items")) {
                subjects.add("&organisation=" + organisation.path("id").asText() + clearance);
            }
        }
        if (count > subjects.size()) {
            throw new IllegalArgumentException("A rate this high needs more than " + subjects.size() + " clients");
        }
        Api anonymous = new Api(gateway, null);
        return subjects.subList(0, count).stream()
                .map(subject -> anonymous.withToken(SuiteClient.expect(anonymous.get("/dev/tokens?role=admin" + subject), 200)
                        .path("accessToken").asText()))
                .toList();
    }

    /**
     * Sends one allocation change (an INCREASE of one cent, with its own Idempotency-Key as a client
     * should) every 1/rate s for warm-up plus duration, each without waiting for earlier answers;
     * returns them all once every answer is in (the client gives up on one after 30 s).
     */
    static List<Sent> send(List<Api> clients, Target target, double rate, Duration warmup, Duration measured) {
        long period = Math.round(1e9 / rate);
        long warmupCount = warmup.toNanos() / period;
        long total = warmupCount + measured.toNanos() / period;
        String path = "/api/budget/v1/budget-lines/" + target.budgetLineId() + "/ledger-entries";
        Map<String, Object> increase = Map.of("kind", "INCREASE", "measureId", target.measureId(), "amountCents", 1,
                "reason", "Benchmark event lag");
        List<CompletableFuture<Sent>> answers = new ArrayList<>();
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * period;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            boolean counted = i >= warmupCount;
            long late = System.nanoTime() - due;
            Instant sentAt = Instant.now();
            answers.add(clients.get((int) (i % clients.size()))
                    .sendAsync("POST", path, increase, "application/json", Map.of("Idempotency-Key", UUID.randomUUID().toString()))
                    .thenApply(reply -> Sent.answered(counted, late, sentAt, reply)));
        }
        return answers.stream().map(CompletableFuture::join).toList();
    }

    /**
     * Waits until every accepted change's event was committed in the reports or the deadline passed,
     * then a little longer for the relay's mark when one is missing: the consumer may commit before
     * the relay has marked the batch published. Returns the events by ledger entry id.
     */
    static Map<String, Event> awaitVisible(CommitListener visible, Target target, List<Sent> accepted, Instant deadline)
            throws SQLException, InterruptedException {
        try (Connection budget = connect("budget")) {
            // Each 2xx came after its transaction committed, so every accepted change's outbox row is there.
            Map<String, Event> events = outbox(budget, target);
            while (Instant.now().isBefore(deadline) && accepted.stream()
                    .anyMatch(change -> visibleAt(visible, events, change) == null)) {
                Thread.sleep(50);
            }
            Instant markDeadline = Instant.now().plusSeconds(2);
            Map<String, Event> marked = outbox(budget, target);
            while (Instant.now().isBefore(markDeadline) && marked.values().stream().anyMatch(e -> e.publishedAt() == null)) {
                Thread.sleep(50);
                marked = outbox(budget, target);
            }
            return withConsumerStarts(marked);
        }
    }

    /** Adds when the reporting consumer's transaction of each event started (processed_event.processed_at). */
    static Map<String, Event> withConsumerStarts(Map<String, Event> events) throws SQLException {
        Map<String, Instant> started = new HashMap<>();
        try (Connection reporting = connect("reporting");
                PreparedStatement query = reporting.prepareStatement("select event_id, processed_at from processed_event"
                        + " where consumer = 'reporting' and event_id = any(?)")) {
            query.setArray(1, reporting.createArrayOf("text", events.values().stream().map(Event::eventId).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    started.put(rows.getString(1), rows.getObject(2, OffsetDateTime.class).toInstant());
                }
            }
        }
        Map<String, Event> result = new HashMap<>();
        events.forEach((entry, event) -> result.put(entry, new Event(event.eventId(), event.publishedAt(),
                started.get(event.eventId()))));
        return result;
    }

    static Map<String, Event> outbox(Connection budget, Target target) throws SQLException {
        Map<String, Event> events = new HashMap<>();
        try (PreparedStatement query = budget.prepareStatement("select event_id, data::json ->> 'entryId', published_at"
                + " from outbox_event where subject = ? and type = ?")) {
            query.setString(1, target.budgetLineId());
            query.setString(2, LEDGER_EVENT);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    OffsetDateTime published = rows.getObject(3, OffsetDateTime.class);
                    events.put(rows.getString(2), new Event(rows.getString(1), published == null ? null : published.toInstant(), null));
                }
            }
        }
        return events;
    }

    private static Instant visibleAt(CommitListener visible, Map<String, Event> events, Sent change) {
        Event event = events.get(change.entryId());
        return event == null ? null : visible.visibleAt(event.eventId());
    }

    /** Prints the figures; true when every change was accepted and became visible. */
    static boolean report(List<Sent> sent, List<Sent> accepted, Target target, Map<String, Event> events,
            CommitListener visible) {
        Map<Integer, Integer> refused = new TreeMap<>();
        sent.stream().filter(change -> !change.accepted()).forEach(change -> refused.merge(change.status(), 1, Integer::sum));
        long missing = accepted.stream().filter(change -> visibleAt(visible, events, change) == null).count();
        List<Sent> measured = accepted.stream().filter(Sent::measured).toList();
        System.out.printf("sent %d (%d measured), accepted %d, not 2xx %d%s; sends late by at most %.1f ms%n",
                sent.size(), sent.stream().filter(Sent::measured).count(), accepted.size(), sent.size() - accepted.size(),
                refused.isEmpty() ? "" : " (status: count " + refused + ", -1 = no answer)",
                sent.stream().mapToLong(Sent::lateNanos).max().orElse(0) / 1e6);
        System.out.printf("%-34s %6s %8s %8s %8s %8s%n", "measured allocations, ms", "count", "p50", "p90", "p99", "max");
        row("request (sent -> accepted)", measured, change -> between(change.sentAt(), change.answeredAt()));
        row("total (accepted -> in reports)", measured,
                change -> between(change.answeredAt(), visibleAt(visible, events, change)));
        row("relay (accepted -> published)", measured,
                change -> between(change.answeredAt(), published(events, change)));
        row("consumer (published -> in reports)", measured,
                change -> between(published(events, change), visibleAt(visible, events, change)));
        row("  of which to its transaction start", measured,
                change -> between(published(events, change), consumerStarted(events, change)));
        row("  of which its transaction", measured,
                change -> between(consumerStarted(events, change), visibleAt(visible, events, change)));
        long unpublished = accepted.stream().filter(change -> published(events, change) == null).count();
        System.out.printf("not in the reports %d s after the last send: %d of %d accepted (not marked published: %d)%n",
                SETTLE.toSeconds(), missing, accepted.size(), unpublished);
        // A 504 is the gateway giving up waiting: the budget-service may still have recorded the change.
        Set<String> answered = new HashSet<>(List.of(target.firstEntryId()));
        accepted.forEach(change -> answered.add(change.entryId()));
        System.out.printf("ledger entries recorded on the line without a 2xx answer: %d%n",
                events.keySet().stream().filter(entry -> !answered.contains(entry)).count());
        return refused.isEmpty() && missing == 0;
    }

    private static Instant consumerStarted(Map<String, Event> events, Sent change) {
        Event event = events.get(change.entryId());
        return event == null ? null : event.consumerStartedAt();
    }

    private static Instant published(Map<String, Event> events, Sent change) {
        Event event = events.get(change.entryId());
        return event == null ? null : event.publishedAt();
    }

    /** Milliseconds from a to b, microsecond precision; null when either is unknown. */
    private static Double between(Instant a, Instant b) {
        return a == null || b == null ? null : Duration.between(a, b).toNanos() / 1e6;
    }

    /** Nearest-rank percentiles over the changes whose figure is known (a share may be negative). */
    private static void row(String name, List<Sent> changes, Function<Sent, Double> figure) {
        double[] ms = changes.stream().map(figure).filter(value -> value != null).mapToDouble(Double::doubleValue)
                .sorted().toArray();
        if (ms.length == 0) {
            System.out.printf("%-34s %6d%n", name, 0);
            return;
        }
        System.out.printf("%-34s %6d %8.2f %8.2f %8.2f %8.2f%n", name, ms.length, rank(ms, 50), rank(ms, 90), rank(ms, 99),
                ms[ms.length - 1]);
    }

    private static double rank(double[] sorted, int percentile) {
        return sorted[Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    /** The trigger comes from run.sh; without it nothing would ever become visible. */
    static void requireTrigger() throws SQLException {
        try (Connection reporting = connect("reporting");
                ResultSet row = reporting.createStatement().executeQuery(
                        "select 1 from pg_trigger where tgname = 'iat_event_lag' and not tgisinternal")) {
            if (!row.next()) {
                throw new IllegalStateException("No trigger iat_event_lag on processed_event in the reporting database:"
                        + " run docs/benchmarks/event-lag/run.sh, which installs it");
            }
        }
    }

    /** A database of the local run, with the connection settings `./iat run` uses. */
    static Connection connect(String database) throws SQLException {
        String url = "jdbc:postgresql://" + env("IAT_DB_HOST", "127.0.0.1") + ":" + env("IAT_DB_PORT", "5432") + "/" + database;
        return DriverManager.getConnection(url, env("IAT_DB_USER", "postgres"), env("IAT_DB_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static Duration duration(String text) {
        String value = text.strip();
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        if (value.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        return Duration.ofSeconds(Long.parseLong(value.endsWith("s") ? value.substring(0, value.length() - 1) : value));
    }

    private static String loadAverage() throws IOException {
        return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
    }
}
