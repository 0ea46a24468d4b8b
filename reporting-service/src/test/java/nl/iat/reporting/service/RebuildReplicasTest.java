package nl.iat.reporting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.reporting.readmodel.ReadModelGate;
import nl.iat.reporting.readmodel.ReadModelProjector;
import nl.iat.testing.Waits;
import nl.iat.testing.KafkaBrokerResource;
import org.junit.jupiter.api.Test;

/**
 * With several replicas, one that starts must not fail the rebuild another replica is running (it
 * holds the read-model lock for its whole transaction); a rebuild whose process is gone is failed.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class RebuildReplicasTest {

    @Inject
    RebuildService rebuilds;

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ReadModelGate gate;

    @Test
    void theConsumersWaitWhileAnotherReplicaRebuilds() {
        UUID id = running();
        assertFalse(Waits.until(gate::isOpen, open -> !open, Duration.ofSeconds(5)), "closed for another replica's rebuild");
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update rebuild set status = 'COMPLETED', finished_at = now() where id = ?1")
                .setParameter(1, id).executeUpdate());
        assertTrue(Waits.until(gate::isOpen, open -> open, Duration.ofSeconds(5)), "open again when it has finished");
    }

    @Test
    void aStartingReplicaLeavesAnotherReplicasRunningRebuildAlone() throws Exception {
        UUID id = running();
        try (Connection otherReplica = dataSource.getConnection()) {
            advisory(otherReplica, "pg_advisory_lock");
            rebuilds.interrupted(null);
            assertEquals("RUNNING", status(id), "the rebuild of the replica holding the lock goes on");
            advisory(otherReplica, "pg_advisory_unlock");
        }
        rebuilds.interrupted(null);
        assertEquals("FAILED", status(id), "with no one rebuilding, the row was left by a process that stopped");
    }

    private UUID running() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update rebuild set status = 'FAILED' where status = 'RUNNING'").executeUpdate();
            entityManager.createNativeQuery("""
                    insert into rebuild (id, status, requested_by, requested_at) values (?1, 'RUNNING', 'test', now())""")
                    .setParameter(1, id).executeUpdate();
        });
        return id;
    }

    private String status(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select status from rebuild where id = ?1").setParameter(1, id).getSingleResult());
    }

    private static void advisory(Connection connection, String function) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement("select " + function + "(?)")) {
            statement.setLong(1, ReadModelProjector.READ_MODEL_LOCK);
            statement.executeQuery().close();
        }
    }
}
