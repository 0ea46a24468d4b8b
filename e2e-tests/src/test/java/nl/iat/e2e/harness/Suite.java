package nl.iat.e2e.harness;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.iat.testing.PostgresTestDatabase.PostgresServer;
import nl.iat.testing.TestTokens;

/**
 * The whole suite as real processes: the standalone Kafka broker, the three packaged services on
 * their own {@code *_e2e} databases, and the gateway in front. Started once per test JVM on free
 * ports, stopped when the JVM exits. Scenarios kill and restart single processes. The scenarios
 * on the illustrative dataset run in a second JVM with their own databases (system property
 * {@code iat.e2e.databases}, a suffix such as {@code _e2e_dataset}).
 */
public final class Suite {

    private static final Duration READY = Duration.ofSeconds(90);
    private static final String DATABASES = System.getProperty("iat.e2e.databases", "_e2e");
    private static final List<String> SERVICE_DATABASES = List.of("measures", "budget", "reporting");
    /** The Redis key prefix of this run's rate-limit buckets. */
    public static final String RUN_KEYS = "iat-e2e:" + java.util.UUID.randomUUID() + ":";
    private static Suite instance;

    private final Path root = Path.of(System.getProperty("iat.root", "..")).toAbsolutePath().normalize();
    private final Path work = root.resolve("e2e-tests/target/e2e" + DATABASES.replaceFirst("^_e2e", ""));
    private final PostgresServer postgres = PostgresServer.fromEnvironment();
    public final ManagedProcess broker;
    public final ManagedProcess measures;
    public final ManagedProcess budget;
    public final ManagedProcess reporting;
    public final ManagedProcess gateway;
    /** Where every process exports its spans (ADR 0011), as to a collector. */
    public final OtlpReceiver traces;
    private final Map<String, String> common;

    private Suite() throws IOException {
        postgres.requireReachable();
        deleteRecursively(work);
        Files.createDirectories(work.resolve("logs"));
        int kafkaPort = freePort();
        broker = new ManagedProcess("kafka", List.of(java(), "-Xmx512m", "-cp",
                root.resolve("kafka-broker/target/classes") + ":" + root.resolve("kafka-broker/target/lib") + "/*",
                "nl.iat.kafka.LocalKafkaBroker", work.resolve("kafka").toString(), String.valueOf(kafkaPort),
                String.valueOf(freePort())), Map.of(), log("kafka"), kafkaPort, null);
        traces = new OtlpReceiver(freePort());
        Map<String, String> common = Map.of(
                "IAT_OTLP_ENDPOINT", traces.endpoint(),
                "IAT_TRACE_SAMPLE_RATIO", "1",
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + kafkaPort,
                "IAT_JWT_PUBLIC_KEY", Path.of(java.net.URI.create(TestTokens.publicKeyLocation())).toString(),
                "IAT_DB_HOST", postgres.host(),
                "IAT_DB_PORT", String.valueOf(postgres.port()),
                "IAT_DB_USER", postgres.user(),
                "IAT_DB_PASSWORD", postgres.password());
        this.common = common;
        measures = service("measures-service", "measures-service");
        budget = service("budget-service", "budget-service");
        reporting = service("reporting-service", "reporting-service");
        gateway = gateway("gateway", Map.of());
    }

    /**
     * A gateway process in front of the suite's services, on a free port, configured like the
     * suite's own with the given variables on top; not started. Scenarios that need a second
     * gateway (or other limits) start and stop it themselves.
     */
    public ManagedProcess gateway(String name, Map<String, String> overrides) throws IOException {
        int port = freePort();
        Map<String, String> env = new HashMap<>(common);
        env.put("PORT", String.valueOf(port));
        env.put("IAT_PUBLIC_URL", "http://127.0.0.1:" + port);
        env.put("MEASURES_SERVICE_URL", measures.url());
        env.put("BUDGET_SERVICE_URL", budget.url());
        env.put("REPORTING_SERVICE_URL", reporting.url());
        env.put("IAT_DEV_TOKENS", "true");
        env.put("IAT_JWT_PRIVATE_KEY", root.resolve("e2e-tests/target/test-keys/private.pem").toString());
        // The scenarios are one client firing hundreds of requests at once on a 2-core machine.
        env.put("IAT_RATE_LIMIT_PER_MINUTE", "6000000");
        env.put("IAT_RATE_LIMIT_BURST", "100000");
        // Buckets in the shared Redis of their own, so runs on one machine never meet.
        env.put("IAT_RATE_LIMIT_KEY_PREFIX", RUN_KEYS);
        env.put("IAT_UPSTREAM_RESPONSE_TIMEOUT", "30s");
        env.put("IAT_UPSTREAM_FAILURE_THRESHOLD", "1000");
        env.put("IAT_UPSTREAM_POOL_WAIT", "5s");
        env.putAll(overrides);
        return new ManagedProcess(name, jar("gateway"), env, log(name), port, "/q/health/ready");
    }

    /**
     * A further replica of a service module ("budget-service"): its own port, the same database and
     * consumer groups as the suite's process; not started.
     */
    public ManagedProcess replica(String module, int number) throws IOException {
        return service(module, module + "-" + number);
    }

    /** The running suite, started on first use. */
    public static synchronized Suite get() {
        if (instance == null) {
            try {
                Suite suite = new Suite();
                suite.startAll();
                Runtime.getRuntime().addShutdownHook(new Thread(suite::stopAll, "e2e-suite-stop"));
                instance = suite;
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("Cannot start the suite: " + e.getMessage(), e);
            }
        }
        return instance;
    }

    public String gatewayUrl() {
        return gateway.url();
    }

    public PostgresServer postgres() {
        return postgres;
    }

    /** A JDBC connection to a service's e2e database, for checks the APIs do not offer (e.g. the outbox). */
    public Connection database(String name) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(name + DATABASES), postgres.user(), postgres.password());
    }

    private void startAll() throws SQLException {
        recreateDatabases();
        broker.start().awaitReady(READY);
        List.of(measures, budget, reporting, gateway).forEach(ManagedProcess::start);
        List.of(measures, budget, reporting, gateway).forEach(p -> p.awaitReady(READY));
    }

    private void stopAll() {
        List.of(gateway, reporting, budget, measures, broker).forEach(ManagedProcess::stop);
        traces.stop();
    }

    private void recreateDatabases() throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.user(),
                postgres.password()); Statement statement = connection.createStatement()) {
            for (String service : SERVICE_DATABASES) {
                String db = service + DATABASES;
                statement.execute("drop database if exists " + db + " with (force)");
                statement.execute("create database " + db);
            }
        }
    }

    private ManagedProcess service(String module, String name) throws IOException {
        int port = freePort();
        Map<String, String> env = new HashMap<>(common);
        env.put("PORT", String.valueOf(port));
        env.put("IAT_DB_NAME", module.replace("-service", "") + DATABASES);
        return new ManagedProcess(name, jar(module), env, log(name), port, "/q/health/ready");
    }

    private List<String> jar(String module) {
        Path jar = root.resolve(module + "/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (mvn verify does)");
        }
        return List.of(java(), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString());
    }

    private Path log(String name) {
        return work.resolve("logs").resolve(name + ".log");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
