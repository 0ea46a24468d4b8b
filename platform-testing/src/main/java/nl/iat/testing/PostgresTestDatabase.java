package nl.iat.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The service's own test database ({@code <service>_test}) on the project's PostgreSQL server,
 * created when missing and wiped by Flyway at start so every run begins clean. Host, port, user
 * and password come from {@code IAT_DB_HOST}, {@code IAT_DB_PORT}, {@code IAT_DB_USER} and
 * {@code IAT_DB_PASSWORD} (defaults 127.0.0.1, 5432, postgres, empty). Also provides the test key
 * pair that {@link TestTokens} signs with. Register it once per service with
 * {@code @QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "measures_test"))}.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        if (database == null || !database.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Name the test database with the init arg 'database'");
        }
    }

    @Override
    public Map<String, String> start() {
        PostgresServer server = PostgresServer.fromEnvironment();
        server.requireReachable();
        server.createDatabaseIfMissing(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password(),
                "quarkus.flyway.clean-disabled", "false",
                "quarkus.flyway.clean-at-start", "true",
                "mp.jwt.verify.publickey.location", TestTokens.publicKeyLocation());
    }

    @Override
    public void stop() {
    }

    /** The PostgreSQL server the tests use. */
    public record PostgresServer(String host, int port, String user, String password) {

        public static PostgresServer fromEnvironment() {
            return new PostgresServer(env("IAT_DB_HOST", "127.0.0.1"), Integer.parseInt(env("IAT_DB_PORT", "5432")),
                    env("IAT_DB_USER", "postgres"), env("IAT_DB_PASSWORD", ""));
        }

        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        public void requireReachable() {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 2_000);
            } catch (IOException e) {
                throw new IllegalStateException("PostgreSQL is not reachable at " + host + ":" + port
                        + ". Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"
                        + " (or set IAT_DB_HOST / IAT_DB_PORT).");
            }
        }

        public void createDatabaseIfMissing(String database) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
                    Statement statement = connection.createStatement()) {
                var exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
                if (!exists.next()) {
                    statement.execute("create database " + database);
                }
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState())) {
                    throw new IllegalStateException("Cannot create test database " + database + ": " + e.getMessage(), e);
                }
            }
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
