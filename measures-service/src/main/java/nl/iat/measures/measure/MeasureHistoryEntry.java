package nl.iat.measures.measure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The audit record of one version of a measure: who, when (recorded), from which business date it took
 * effect, which action, which fields changed.
 */
@Entity
@Table(name = "measure_history")
public class MeasureHistoryEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "measure_id")
    public UUID measureId;

    public long version;

    public String action;

    public String actor;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    /** The business date this version took effect (ADR 0010). */
    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    /** JSON list of {field, before, after}. */
    public String changes;
}
