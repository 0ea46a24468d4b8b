package nl.iat.measures.service;

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
import nl.iat.measures.events.MeasureState;
import nl.iat.measures.measure.MeasureHistoryEntry;

/**
 * Writes the audit trail of measures: per version who, when, from which business date, and which
 * fields of the measure's state differ from the version before. Comparing the event states keeps the
 * trail and the events telling the same story.
 */
@ApplicationScoped
public class MeasureAudit {

    /**
     * Fields every entry states by itself (its version, when and by whom it was recorded, the business
     * date it took effect), so they are not repeated as changes.
     */
    private static final Set<String> IGNORED = Set.of("version", "changedAt", "changedBy", "effectiveOn");

    @Inject
    ObjectMapper objectMapper;

    public void record(String action, MeasureState before, MeasureState after) {
        MeasureHistoryEntry entry = new MeasureHistoryEntry();
        entry.id = UUID.randomUUID();
        entry.measureId = after.measureId();
        entry.version = after.version();
        entry.action = action;
        entry.actor = after.changedBy();
        entry.changedAt = after.changedAt();
        entry.effectiveOn = after.effectiveOn();
        entry.changes = write(diff(before, after));
        entry.persist();
    }

    public HistoryEntryView view(MeasureHistoryEntry entry) {
        try {
            List<HistoryEntryView.FieldChange> changes = objectMapper.readValue(entry.changes, new TypeReference<>() {
            });
            return new HistoryEntryView(entry.version, entry.action, entry.actor, entry.changedAt,
                    entry.effectiveOn, changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored history of measure " + entry.measureId + " is not readable", e);
        }
    }

    private List<HistoryEntryView.FieldChange> diff(MeasureState before, MeasureState after) {
        JsonNode old = before == null ? objectMapper.createObjectNode() : objectMapper.valueToTree(before);
        JsonNode now = objectMapper.valueToTree(after);
        List<HistoryEntryView.FieldChange> changes = new ArrayList<>();
        for (Iterator<String> fields = now.fieldNames(); fields.hasNext();) {
            String field = fields.next();
            JsonNode was = old.path(field).isMissingNode() ? NullNode.instance : old.get(field);
            JsonNode is = now.get(field);
            if (!IGNORED.contains(field) && !was.equals(is)) {
                changes.add(new HistoryEntryView.FieldChange(field, plain(was), plain(is)));
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

    private String write(List<HistoryEntryView.FieldChange> changes) {
        try {
            return objectMapper.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("History cannot be serialized", e);
        }
    }
}
