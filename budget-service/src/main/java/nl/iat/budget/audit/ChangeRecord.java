package nl.iat.budget.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Who changed an envelope or a budget line, when, and its state before and after (JSON). */
@Entity
@Table(name = "change_record")
public class ChangeRecord extends PanacheEntityBase {

    @Id
    @Column(name = "change_id")
    public UUID changeId;

    @Column(name = "aggregate_type", nullable = false)
    public String aggregateType;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(nullable = false)
    public long version;

    /** CREATED or UPDATED. */
    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String actor;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Column(name = "before_state")
    public String beforeState;

    @Column(name = "after_state", nullable = false)
    public String afterState;
}
