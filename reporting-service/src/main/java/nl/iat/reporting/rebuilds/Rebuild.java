package nl.iat.reporting.rebuilds;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A rebuild of the read models from the topics, requested by an admin. */
@Entity
@Table(name = "rebuild")
public class Rebuild extends PanacheEntityBase {

    public static final String RUNNING = "RUNNING";
    public static final String COMPLETED = "COMPLETED";
    public static final String FAILED = "FAILED";

    @Id
    public UUID id;

    public String status;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @Column(name = "events_replayed")
    public long eventsApplied;

    @Column(name = "events_skipped")
    public long eventsSkipped;

    @Column(name = "events_per_second")
    public Long eventsPerSecond;

    public String failure;
}
