package nl.iat.e2e.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * When each event became visible in the reports: the reporting-service records an event in
 * {@code processed_event} in the same transaction as its read-model change, and the trigger that
 * docs/benchmarks/event-lag/run.sh installs there notifies {@value #CHANNEL} with the event id.
 * PostgreSQL delivers a notification only when its transaction commits, so its arrival here is the
 * moment the figure is in the reports, stamped with this JVM's clock; nothing is polled.
 */
final class CommitListener implements AutoCloseable {

    static final String CHANNEL = "iat_event_lag";

    private final Connection connection;
    private final Map<String, Instant> visibleAt = new ConcurrentHashMap<>();
    private final Thread receiver;
    private volatile boolean open = true;
    private volatile SQLException failure;

    /** Listens on its own connection (autocommit, so LISTEN takes effect at once) from now on. */
    CommitListener(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement listen = connection.createStatement()) {
            listen.execute("listen " + CHANNEL);
        }
        receiver = new Thread(this::receive, "event-lag-listener");
        receiver.setDaemon(true);
        receiver.start();
    }

    private void receive() {
        try {
            PGConnection postgres = connection.unwrap(PGConnection.class);
            while (open) {
                // Blocks on the socket until notifications arrive (or 200 ms pass), so the stamp is their arrival.
                PGNotification[] notifications = postgres.getNotifications(200);
                Instant now = Instant.now();
                if (notifications != null) {
                    for (PGNotification notification : notifications) {
                        // The first commit counts; the idempotent consumer never records an event twice anyway.
                        visibleAt.putIfAbsent(notification.getParameter(), now);
                    }
                }
            }
        } catch (SQLException e) {
            if (open) {
                failure = e;
            }
        }
    }

    /** When the event's reporting transaction committed; null while it has not. */
    Instant visibleAt(String eventId) {
        if (failure != null) {
            throw new IllegalStateException("Lost the LISTEN connection to the reporting database", failure);
        }
        return visibleAt.get(eventId);
    }

    @Override
    public void close() throws SQLException, InterruptedException {
        open = false;
        receiver.join(1_000);
        connection.close();
    }
}
