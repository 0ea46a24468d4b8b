package nl.iat.budget.measure;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import nl.iat.platform.security.Classification;

/**
 * What this service knows of a measure, learnt from the measure events (written by
 * {@code MeasureCopyUpdater}; read-only here).
 */
@Entity
@Table(name = "measure_copy")
public class MeasureCopy extends PanacheEntityBase {

    @Id
    @Column(name = "measure_id")
    public UUID measureId;

    public String code;

    public String title;

    public String status;

    /** As the measure's latest event carries it; PUBLIC for events from before classification (ADR 0016). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Classification classification = Classification.PUBLIC;

    public long sequence;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Money can go to a measure until it is cancelled or completed. */
    public boolean isClosed() {
        return "CANCELLED".equals(status) || "COMPLETED".equals(status);
    }
}
