package nl.iat.measures.service;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.iat.measures.parliament.ParliamentHistoryEntry;
import nl.iat.measures.parliament.ParliamentRecord;
import nl.iat.measures.parliament.RecordKind;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;

/**
 * The audit trail of commitments and motions, as {@link MeasureAudit} keeps the measures': per version who,
 * when, from which business date, and which fields of the event state differ from the version before
 * ({@link StateDiffs}).
 */
@ApplicationScoped
public class ParliamentAudit {

    /** The field of the event states that links a record to measures. */
    private static final String MEASURE_LINKS = "measureIds";

    @Inject
    StateDiffs diffs;

    @Inject
    MeasureVisibility visibility;

    /** Writes the entry of the record's current version; before is its state until now (null for the first). */
    public void record(RecordKind kind, String action, Object before, Object after, ParliamentRecord record) {
        ParliamentHistoryEntry entry = new ParliamentHistoryEntry();
        entry.id = UUID.randomUUID();
        entry.recordKind = kind;
        entry.recordId = record.id;
        entry.version = record.version;
        entry.action = action;
        entry.actor = record.changedBy;
        entry.changedAt = record.changedAt;
        entry.effectiveOn = record.effectiveOn;
        entry.changes = diffs.changes(before, after);
        entry.persist();
    }

    public Page<ParliamentHistoryEntryView> page(UUID recordId, PageRequest page) {
        List<ParliamentHistoryEntryView> entries = ParliamentHistoryEntry
                .<ParliamentHistoryEntry>find("recordId = ?1 order by version", recordId)
                .page(page.page - 1, page.pageSize).list().stream().map(this::view).toList();
        return Page.of(entries, page, ParliamentHistoryEntry.count("recordId", recordId));
    }

    private ParliamentHistoryEntryView view(ParliamentHistoryEntry entry) {
        List<ParliamentHistoryEntryView.FieldChange> changes = diffs.read(entry.changes,
                ParliamentHistoryEntryView.FieldChange.class, entry.recordId.toString());
        return new ParliamentHistoryEntryView(entry.version, entry.action, entry.actor, entry.changedAt,
                entry.effectiveOn, changes.stream().map(this::withoutHiddenMeasures).filter(Objects::nonNull).toList());
    }

    /**
     * The change as the caller may see it: links to measures above its clearance are left out of the history
     * as out of the record (ADR 0016); a change of only such links is no change to the caller (null).
     */
    private ParliamentHistoryEntryView.FieldChange withoutHiddenMeasures(ParliamentHistoryEntryView.FieldChange change) {
        if (!MEASURE_LINKS.equals(change.field())) {
            return change;
        }
        List<UUID> before = visibleLinks(change.before());
        List<UUID> after = visibleLinks(change.after());
        return Objects.equals(before, after) ? null : new ParliamentHistoryEntryView.FieldChange(change.field(), before, after);
    }

    /** The visible ones of stored links (ids as text); null stays null (no links before the first version). */
    private List<UUID> visibleLinks(Object links) {
        if (!(links instanceof List<?> ids)) {
            return null;
        }
        return visibility.visibleOf(ids.stream().map(id -> UUID.fromString(id.toString())).toList());
    }
}
