package nl.iat.platform.events;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mockStatic;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.mockito.MockedStatic;

/**
 * The {@code outbox_event} table in memory, behind {@link OutboxEvent}'s queries (on the calling
 * thread): rows in position order, {@code nextUnpublished} and {@code markPublished} as in SQL.
 */
final class FakeOutbox implements AutoCloseable {

    static final String SOURCE = "/iat/test-service";

    static final String TYPE = "nl.iat.test.thing-changed.v1";

    private final List<OutboxEvent> rows = new CopyOnWriteArrayList<>();
    private final MockedStatic<OutboxEvent> statics = mockStatic(OutboxEvent.class);
    private long nextPosition = 1;
    final AtomicInteger reads = new AtomicInteger();
    final AtomicInteger marks = new AtomicInteger();

    FakeOutbox() {
        statics.when(() -> OutboxEvent.nextUnpublished(anyInt())).thenAnswer(invocation -> {
            reads.incrementAndGet();
            int limit = invocation.getArgument(0);
            return rows.stream().filter(row -> row.publishedAt == null).limit(limit).toList();
        });
        statics.when(() -> OutboxEvent.markPublished(any(), any())).thenAnswer(invocation -> {
            marks.incrementAndGet();
            List<Long> positions = invocation.getArgument(0);
            OffsetDateTime at = invocation.getArgument(1);
            rows.stream().filter(row -> positions.contains(row.position)).forEach(row -> row.publishedAt = at);
            return null;
        });
    }

    /** Appends a committed, unpublished event, as {@code OutboxWriter.append} would. */
    synchronized OutboxEvent append(String subject, long sequence) {
        OutboxEvent event = new OutboxEvent();
        event.position = nextPosition++;
        event.eventId = UUID.randomUUID();
        event.type = TYPE;
        event.source = SOURCE;
        event.subject = subject;
        event.sequence = sequence;
        event.occurredAt = OffsetDateTime.of(2024, 3, 1, 9, 30, 15, 123_456_000, ZoneOffset.UTC)
                .plusSeconds(event.position);
        event.data = "{\"subject\":\"" + subject + "\",\"sequence\":" + sequence + "}";
        rows.add(event);
        return event;
    }

    List<OutboxEvent> unpublished() {
        return rows.stream().filter(row -> row.publishedAt == null).toList();
    }

    List<OutboxEvent> published() {
        return rows.stream().filter(row -> row.publishedAt != null).toList();
    }

    @Override
    public void close() {
        statics.close();
    }
}
