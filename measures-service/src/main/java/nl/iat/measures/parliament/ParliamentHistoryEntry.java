package nl.iat.measures.parliament;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import nl.iat.measures.measure.HistoryEntry;

/** The audit record of one version of a commitment or motion; its action tells by hand from by an import. */
@Entity
@Table(name = "parliament_history")
public class ParliamentHistoryEntry extends HistoryEntry {

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind")
    public RecordKind recordKind;

    @Column(name = "record_id")
    public UUID recordId;
}
