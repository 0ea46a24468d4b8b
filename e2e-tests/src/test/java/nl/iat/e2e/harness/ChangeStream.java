package nl.iat.e2e.harness;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import nl.iat.e2e.client.Api;
import nl.iat.e2e.client.SuiteClient;

/**
 * A stream of allocation increases from several clients, counting what was accepted (201) and its
 * total, what was refused for overspending (409) and when anything else failed, while a fault is
 * injected once a given number of requests has been sent.
 */
public final class ChangeStream {

    private final SuiteClient suite;
    private final String budgetLineId;
    private final List<String> measures;

    public ChangeStream(SuiteClient suite, String budgetLineId, List<String> measures) {
        this.suite = suite;
        this.budgetLineId = budgetLineId;
        this.measures = measures;
    }

    /** {@code failedAt}: the {@link System#nanoTime()} of each answer that was neither 201 nor 409. */
    public record Result(int sent, int accepted, long acceptedCents, int refused, List<Long> failedAt) {

        public int failed() {
            return failedAt.size();
        }

        /** Failures answered at or after the instant (a {@link System#nanoTime()}). */
        public long failedSince(long instant) {
            return failedAt.stream().filter(at -> at - instant >= 0).count();
        }
    }

    /** Sends {@code count} increases of 1..100 cents from {@code clients} threads; runs {@code fault} after {@code faultAt}. */
    public Result run(int count, int clients, int faultAt, Runnable fault) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Long> failedAt = new CopyOnWriteArrayList<>();
        AtomicLong cents = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    if (i == faultAt) {
                        fault.run();
                    }
                    long amount = 1 + (i % 100);
                    Api.Reply reply = suite.ledgerEntry(budgetLineId, "INCREASE", measures.get(i % measures.size()), null,
                            amount, "Stream change " + i, UUID.randomUUID().toString());
                    if (reply.status() == 201) {
                        accepted.incrementAndGet();
                        cents.addAndGet(amount);
                    } else if (reply.status() == 409) {
                        refused.incrementAndGet();
                    } else {
                        failedAt.add(System.nanoTime());
                    }
                }
            });
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("The stream did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new Result(count, accepted.get(), cents.get(), refused.get(), List.copyOf(failedAt));
    }
}
