package nl.iat.measures.measure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What every audit record of one version holds, whatever it audits: who, when (recorded), from which business
 * date it took effect, which action, which fields changed. Each audited kind keeps its own table.
 */
@MappedSuperclass
public abstract class HistoryEntry extends PanacheEntityBase {

    @Id
    public UUID id;

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
