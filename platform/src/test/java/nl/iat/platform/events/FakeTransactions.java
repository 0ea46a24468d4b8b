package nl.iat.platform.events;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.narayana.jta.TransactionRunnerOptions;
import org.mockito.MockedStatic;

/**
 * Stands in for {@code QuarkusTransaction.requiringNew()} on the calling thread (Mockito's static
 * mocks are per thread): runs the work, rethrows a runtime exception and wraps a checked one as
 * Narayana does, and undoes what the work registered with {@link #undoOnRollback} when it fails.
 */
final class FakeTransactions implements AutoCloseable {

    private final MockedStatic<QuarkusTransaction> statics = mockStatic(QuarkusTransaction.class);
    private final List<Runnable> undo = new ArrayList<>();
    private boolean active;
    int committed;
    int rolledBack;

    FakeTransactions() {
        TransactionRunnerOptions runner = mock(TransactionRunnerOptions.class);
        when(runner.call(any())).thenAnswer(invocation -> inTransaction(invocation.getArgument(0)));
        doAnswer(invocation -> inTransaction(() -> {
            invocation.<Runnable>getArgument(0).run();
            return null;
        })).when(runner).run(any());
        statics.when(QuarkusTransaction::requiringNew).thenReturn(runner);
    }

    private Object inTransaction(Callable<?> work) {
        active = true;
        undo.clear();
        try {
            Object result = work.call();
            committed++;
            return result;
        } catch (RuntimeException e) {
            rollBack();
            throw e;
        } catch (Exception e) {
            rollBack();
            throw new QuarkusTransactionException(e);
        } finally {
            active = false;
        }
    }

    private void rollBack() {
        rolledBack++;
        undo.forEach(Runnable::run);
    }

    boolean active() {
        return active;
    }

    /** A write of the current transaction, taken back if it rolls back. */
    void undoOnRollback(Runnable action) {
        if (!active) {
            throw new IllegalStateException("written outside a transaction");
        }
        undo.add(action);
    }

    @Override
    public void close() {
        statics.close();
    }
}
