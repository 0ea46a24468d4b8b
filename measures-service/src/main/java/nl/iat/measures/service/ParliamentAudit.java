package nl.iat.measures.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import nl.iat.measures.parliament.ParliamentHistoryEntry;
import nl.iat.measures.parliament.RecordKind;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;

/**
 * The audit trail of commitments and motions, as {@link MeasureAudit} keeps the measures': per version who,
 * when, from which business date, and which fields of the event state differ from the version before.
 */
@ApplicationScoped
public class ParliamentAudit {

    /** Fields every entry states by itself, so they are not repeated as changes. */
    private static final Set<String> IGNORED = Set.of("version", "changedAt", "changedBy", "effectiveOn");

    @Inject
    ObjectMapper objectMapper;

    /** One version of a record, described by its states before (null for the first) and after. */
    public record Version(RecordKind kind, UUID recordId, String action, Object before, Object after) {
    }

    public void record(Version version, long number, String actor, OffsetDateTime changedAt, LocalDate effectiveOn) {
        ParliamentHistoryEntry entry = new ParliamentHistoryEntry();
        entry.id = UUID.randomUUID();
        entry.recordKind = version.kind();
        entry.recordId = version.recordId();
        entry.version = number;
        entry.action = version.action();
        entry.actor = actor;
        entry.changedAt = changedAt;
        entry.effectiveOn = effectiveOn;
        entry.changes = write(diff(version.before(), version.after()));
        entry.persist();
    }

    public Page<ParliamentHistoryEntryView> page(UUID recordId, PageRequest page) {
        List<ParliamentHistoryEntryView> entries = ParliamentHistoryEntry
                .<ParliamentHistoryEntry>find("recordId = ?1 order by version", recordId)
                .page(page.page - 1, page.pageSize).list().stream().map(this::view).toList();
        return Page.of(entries, page, ParliamentHistoryEntry.count("recordId", recordId));
    }

    private ParliamentHistoryEntryView view(ParliamentHistoryEntry entry) {
        try {
            List<ParliamentHistoryEntryView.FieldChange> changes = objectMapper.readValue(entry.changes,
                    new TypeReference<>() {
                    });
            return new ParliamentHistoryEntryView(entry.version, entry.action, entry.actor, entry.changedAt,
                    entry.effectiveOn, changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored history of " + entry.recordId + " is not readable", e);
        }
    }

    private List<ParliamentHistoryEntryView.FieldChange> diff(Object before, Object after) {
        JsonNode old = before == null ? objectMapper.createObjectNode() : objectMapper.valueToTree(before);
        JsonNode now = objectMapper.valueToTree(after);
        List<ParliamentHistoryEntryView.FieldChange> changes = new ArrayList<>();
        for (Iterator<String> fields = now.fieldNames(); fields.hasNext();) {
            String field = fields.next();
            JsonNode was = old.path(field).isMissingNode() ? NullNode.instance : old.get(field);
            JsonNode is = now.get(field);
            if (!IGNORED.contains(field) && !was.equals(is)) {
                changes.add(new ParliamentHistoryEntryView.FieldChange(field, plain(was), plain(is)));
            }
        }
        return changes;
    }

    private Object plain(JsonNode value) {
        try {
            return objectMapper.treeToValue(value, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("History value cannot be converted", e);
        }
    }

    private String write(List<ParliamentHistoryEntryView.FieldChange> changes) {
        try {
            return objectMapper.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("History cannot be serialized", e);
        }
    }
}
