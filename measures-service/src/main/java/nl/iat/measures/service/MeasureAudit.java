package nl.iat.measures.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.iat.measures.events.MeasureState;
import nl.iat.measures.measure.MeasureHistoryEntry;

/**
 * Writes the audit trail of measures: per version who, when, from which business date, and which
 * fields of the measure's state differ from the version before ({@link StateDiffs}).
 */
@ApplicationScoped
public class MeasureAudit {

    @Inject
    StateDiffs diffs;

    public void record(String action, MeasureState before, MeasureState after) {
        MeasureHistoryEntry entry = new MeasureHistoryEntry();
        entry.id = UUID.randomUUID();
        entry.measureId = after.measureId();
        entry.version = after.version();
        entry.action = action;
        entry.actor = after.changedBy();
        entry.changedAt = after.changedAt();
        entry.effectiveOn = after.effectiveOn();
        entry.changes = diffs.changes(before, after);
        entry.persist();
    }

    public HistoryEntryView view(MeasureHistoryEntry entry) {
        return new HistoryEntryView(entry.version, entry.action, entry.actor, entry.changedAt, entry.effectiveOn,
                diffs.read(entry.changes, HistoryEntryView.FieldChange.class, "measure " + entry.measureId));
    }
}
