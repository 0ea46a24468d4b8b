package nl.iat.measures.measure;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The audit record of one version of a measure. */
@Entity
@Table(name = "measure_history")
public class MeasureHistoryEntry extends HistoryEntry {

    @Column(name = "measure_id")
    public UUID measureId;
}
