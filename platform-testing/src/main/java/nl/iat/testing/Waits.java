package nl.iat.testing;

import java.time.Duration;
import java.util.function.Supplier;

/** Polling for eventually consistent results (events crossing the broker), without fixed sleeps. */
public final class Waits {

    private Waits() {
    }

    /** Polls until the supplier's value satisfies the condition, returning the last value seen. */
    public static <T> T until(Supplier<T> supplier, java.util.function.Predicate<T> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = supplier.get();
        while (!condition.test(value) && System.nanoTime() < deadline) {
            pause(100);
            value = supplier.get();
        }
        return value;
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
