package nl.iat.platform.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import nl.iat.platform.tracing.W3cTraceContext;
import org.hibernate.jpa.HibernateHints;

/**
 * A CloudEvent waiting in the service's own database to be published. It is written in the same
 * transaction as the change it describes (transactional outbox), so a change and its event are
 * either both stored or both not.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    /** Publication order: the relay publishes strictly by position. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String source;

    /** The aggregate id: Kafka key and CloudEvents subject. */
    @Column(nullable = false)
    public String subject;

    /** Per-aggregate sequence number, so consumers can check ordering. */
    @Column(nullable = false)
    public long sequence;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(nullable = false, columnDefinition = "text")
    public String data;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** W3C trace context of the transaction that wrote the event; null when it had none (ADR 0011). */
    @Column(name = "trace_parent")
    public String traceParent;

    @Column(name = "trace_state")
    public String traceState;

    W3cTraceContext traceContext() {
        return traceParent == null ? null : new W3cTraceContext(traceParent, traceState);
    }

    /** Read-only: the relay marks them in one statement, so no per-event dirty checking or update. */
    static List<OutboxEvent> nextUnpublished(int limit) {
        return find("publishedAt is null order by position").withHint(HibernateHints.HINT_READ_ONLY, true)
                .page(0, limit).list();
    }

    static void markPublished(List<Long> positions, OffsetDateTime publishedAt) {
        update("publishedAt = ?1 where position in ?2", publishedAt, positions);
    }

    public static long countUnpublished() {
        return count("publishedAt is null");
    }
}
