package nl.iat.measures.parliament;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The audit record of one version of a commitment or motion: who, when (recorded), from which business date
 * it took effect, which action (by hand or by an import), which fields changed.
 */
@Entity
@Table(name = "parliament_history")
public class ParliamentHistoryEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind")
    public RecordKind recordKind;

    @Column(name = "record_id")
    public UUID recordId;

    public long version;

    public String action;

    public String actor;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    /** JSON list of {field, before, after}. */
    public String changes;
}
