package nl.iat.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the live consumers out of the read models while a rebuild runs, so they wait here, outside
 * any transaction, instead of inside one on the read-model lock (where the transaction timeout
 * would roll them back and dead-letter a perfectly good event). A rebuild closes the gate, waits
 * for the events in flight, and opens it when it has committed or failed.
 */
@ApplicationScoped
public class ReadModelGate {

    private boolean closed;
    private int inFlight;

    /** Waits while a rebuild runs, then lets one event in. */
    public synchronized void enter() {
        while (closed) {
            waitUninterruptibly();
        }
        inFlight++;
    }

    public synchronized void exit() {
        inFlight--;
        notifyAll();
    }

    /** Stops new events and waits until those in flight are done. */
    public synchronized void close() {
        closed = true;
        while (inFlight > 0) {
            waitUninterruptibly();
        }
    }

    public synchronized void open() {
        closed = false;
        notifyAll();
    }

    private void waitUninterruptibly() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the read models", e);
        }
    }
}
