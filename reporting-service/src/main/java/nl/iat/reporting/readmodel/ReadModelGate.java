package nl.iat.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the live consumers out of the read models while a rebuild runs, so they wait here, outside
 * any transaction, instead of inside one on the read-model lock (where the transaction timeout
 * would roll them back and dead-letter a perfectly good event). A rebuild closes the gate, waits
 * for the events in flight, and opens it when it has committed or failed. A rebuild in another
 * replica closes it too, through {@link RebuildWatch} (ADR 0305).
 */
@ApplicationScoped
public class ReadModelGate {

    private boolean closed;
    private boolean closedElsewhere;
    private int inFlight;

    /** Waits while a rebuild runs, here or in another replica, then lets one event in. */
    public synchronized void enter() {
        while (closed || closedElsewhere) {
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

    /** Closes (waiting for the events in flight) or opens the gate for a rebuild of any replica. */
    synchronized void rebuildRunning(boolean running) {
        closedElsewhere = running;
        while (running && inFlight > 0) {
            waitUninterruptibly();
        }
        notifyAll();
    }

    public synchronized boolean isOpen() {
        return !closed && !closedElsewhere;
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
