package nl.iat.reporting.readmodel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

import nl.iat.platform.events.CloudEventHeaders;
import nl.iat.reporting.measures.MeasureVersions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import nl.iat.reporting.events.ConsumedTopics;

/**
 * Rebuilds the read models: wipes them and applies the measure and budget topics again from the
 * beginning up to their end offsets at the start, in the caller's transaction. It holds the
 * read-model lock throughout, so the live consumers wait; an event they then bring that the rebuild
 * already applied is in the history and is skipped. Readers see the old figures until the commit.
 * The rebuild writes the facts only, a poll at a time with a few set-based statements (RebuildWriter,
 * ADR 0302), and derives the totals from them at the end: updating the same totals rows once
 * per event inside one transaction would grow their version chains and make the rebuild quadratic.
 */
@ApplicationScoped
public class ReadModelRebuild {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);

    /** The read models and the history; processed_event, dead letters, reports and rebuilds stay. */
    private static final List<String> READ_MODELS = List.of("event_history", "measure_version", "allocation_change",
            "spending_change", "parliament_item_version", "envelope_version", "budget_line_version", "allocation_current", "money_by_group",
            "measure_count_by_group", "group_label", "monthly_money", "as_of_snapshot", "money_snapshot",
            "count_snapshot");

    @Inject
    ConsumedTopics topics;

    @Inject
    EntityManager entityManager;

    @Inject
    ReadModelProjector projector;

    @Inject
    TotalsDerivation totals;

    @Inject
    MeasureVersions measureVersions;

    @Inject
    RebuildProgress progress;

    /** What a rebuild did: events applied, and events skipped (repeats and unprocessable ones). */
    public record Result(long applied, long skipped) {
    }

    /** The checked events of one poll, and how many of its records were unprocessable. */
    private record Poll(List<ReadModelProjector.Decoded> events, long unprocessable) {
    }

    private static final Poll END = new Poll(List.of(), 0);

    /**
     * Runs {@code work} in its own transaction holding the read-model lock, if the lock comes free
     * within a few tries; false when it stays taken. Consumers hold it for milliseconds per event; a
     * rebuild holds it for its whole transaction, so a lock taken throughout means that a rebuild runs,
     * in this process or in another replica.
     */
    public boolean whenNoRebuildRuns(Runnable work) {
        for (int attempt = 0; attempt < 10; attempt++) {
            boolean done = QuarkusTransaction.requiringNew().call(() -> {
                if (!projector.tryLockReadModels()) {
                    return false;
                }
                work.run();
                return true;
            });
            if (done) {
                return true;
            }
            pause();
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Wipes the read models and applies the topics again. A second thread reads and checks the records
     * while this one, in the transaction, writes the previous poll: the two overlap.
     */
    public Result wipeAndRebuild() {
        projector.lockReadModels();
        READ_MODELS.forEach(table -> entityManager.createNativeQuery("delete from " + table).executeUpdate());
        BlockingQueue<Poll> polls = new ArrayBlockingQueue<>(2);
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> new Thread(r, "read-model-rebuild-reader"));
        progress.started();
        try {
            Future<?> reading = reader.submit(() -> read(polls));
            RebuildWriter writer = new RebuildWriter(entityManager, measureVersions);
            long applied = 0;
            long skipped = 0;
            long waiting = 0;
            long writing = 0;
            for (long started = System.nanoTime();; started = System.nanoTime()) {
                Poll poll = next(polls, reading);
                long taken = System.nanoTime();
                waiting += taken - started;
                if (poll == END) {
                    break;
                }
                RebuildWriter.Written written = writer.write(poll.events());
                writing += System.nanoTime() - taken;
                applied += written.applied();
                skipped += written.repeats() + poll.unprocessable();
                progress.processed(poll.events().size() + poll.unprocessable());
            }
            long deriving = System.nanoTime();
            totals.recompute();
            // Where a rebuild's time goes, for the benchmarks (docs/benchmarks/reporting-service.md).
            LOG.infof("Rebuild: %d ms waiting for records, %d ms writing facts, %d ms deriving totals",
                    waiting / 1_000_000, writing / 1_000_000, (System.nanoTime() - deriving) / 1_000_000);
            return new Result(applied, skipped);
        } finally {
            reader.shutdownNow();
            progress.finished();
        }
    }

    /** The next poll from the reader; throws what made the reader fail. */
    private static Poll next(BlockingQueue<Poll> polls, Future<?> reading) {
        try {
            while (true) {
                Poll poll = polls.poll(100, TimeUnit.MILLISECONDS);
                if (poll != null) {
                    return poll;
                }
                if (reading.isDone()) {
                    reading.get();
                    throw new IllegalStateException("The topic reader stopped before the end of the topics");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The rebuild was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Reading the topics failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Reads both topics from the beginning to their end offsets at the start, a checked poll at a time. */
    private Void read(BlockingQueue<Poll> polls) throws InterruptedException {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
            progress.planned(partitions.stream().mapToLong(p -> end.get(p) - beginning.get(p)).sum());
            while (!reachedEnd(consumer, partitions, end)) {
                List<ReadModelProjector.Decoded> events = new ArrayList<>();
                long unprocessable = 0;
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    try {
                        events.add(projector.decode(CloudEventHeaders.event(record.headers(), record.value())));
                    } catch (RuntimeException e) {
                        unprocessable++; // it went to the dead-letter topic when it was first consumed
                    }
                }
                polls.put(new Poll(events, unprocessable));
            }
        }
        polls.put(END);
        return null;
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions,
            Map<TopicPartition, Long> end) {
        return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics.names()) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos != null) {
                infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
        }
        return partitions;
    }

    private KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, topics.bootstrapServers());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Large polls: each is written with a few statements (RebuildWriter), so fewer, bigger ones are cheaper.
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "10000");
        props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, String.valueOf(64 * 1024 * 1024));
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(16 * 1024 * 1024));
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }


}
