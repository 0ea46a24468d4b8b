package nl.iat.platform.events;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** The relay's one native statement, {@code pg_try_advisory_xact_lock}, answered as the test says. */
final class FakeAdvisoryLock {

    final List<String> statements = new CopyOnWriteArrayList<>();
    /** Whether another relay (another instance of the service) holds the lock. */
    volatile boolean heldElsewhere;

    EntityManager entityManager(FakeTransactions transactions) {
        EntityManager entityManager = mock(EntityManager.class);
        Query lock = mock(Query.class);
        when(entityManager.createNativeQuery(anyString())).thenAnswer(invocation -> {
            statements.add(invocation.getArgument(0));
            return lock;
        });
        when(lock.getSingleResult()).thenAnswer(invocation -> {
            assertTrue(transactions.active(), "the lock is taken inside the relay's transaction");
            return !heldElsewhere;
        });
        return entityManager;
    }
}
