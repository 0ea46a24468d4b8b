package nl.iat.measures.measure;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The audit record of one version of a measure: who, when, which action, which fields changed. */
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

    /** JSON list of {field, before, after}. */
    public String changes;
}
