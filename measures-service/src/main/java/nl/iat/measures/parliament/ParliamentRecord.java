package nl.iat.measures.parliament;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What a commitment and a motion share as records of parliament: identity, the portal's Id, the number, and the
 * versioning of ADR 0101 (version, business date, who created and last changed it). Each keeps its own table and
 * link table to measures; the static finders stay on the entities, since Panache generates them per entity.
 */
@MappedSuperclass
public abstract class ParliamentRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The portal's Id (for a motion: of its Zaak); null for a record entered by hand. */
    @Column(name = "portal_id")
    public String portalId;

    public String number;

    public boolean illustrative;

    /** Business time (ADR 0010): the date the current state took effect, in Europe/Amsterdam. */
    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    @Column(name = "changed_by")
    public String changedBy;

    /** Marks the record as created by the actor: version 1, which is also the first event sequence. */
    public void create(String actor, OffsetDateTime at) {
        version = 1;
        createdAt = at;
        createdBy = actor;
        changedAt = at;
        changedBy = actor;
    }

    /** Marks one more change by the actor: the next version, which is also the next event sequence. */
    public void touch(String actor, OffsetDateTime at) {
        version++;
        changedBy = actor;
        changedAt = at;
    }
}
