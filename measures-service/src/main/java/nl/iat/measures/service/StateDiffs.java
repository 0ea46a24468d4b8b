package nl.iat.measures.service;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * The changes an audit trail stores for one version: which fields of the event state differ from the version
 * before, as a JSON list of {field, before, after}. Comparing the event states keeps the trail and the events
 * telling the same story; {@link MeasureAudit} and {@link ParliamentAudit} share it so both trails read alike.
 */
@ApplicationScoped
public class StateDiffs {

    /**
     * Fields every entry states by itself (its version, when and by whom it was recorded, the business date it
     * took effect), so they are not repeated as changes.
     */
    private static final Set<String> IGNORED = Set.of("version", "changedAt", "changedBy", "effectiveOn");

    /** One changed field, stored in the shape of the views' FieldChange records. */
    private record Change(String field, Object before, Object after) {
    }

    @Inject
    ObjectMapper objectMapper;

    /** The changes from before (null for a first version) to after, as JSON. */
    public String changes(Object before, Object after) {
        try {
            return objectMapper.writeValueAsString(diff(before, after));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("History cannot be serialized", e);
        }
    }

    /** Reads stored changes back as the given view type; owner names the record in the error. */
    public <T> List<T> read(String changes, Class<T> type, String owner) {
        try {
            return objectMapper.readValue(changes, objectMapper.getTypeFactory().constructCollectionType(List.class, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored history of " + owner + " is not readable", e);
        }
    }

    private List<Change> diff(Object before, Object after) {
        JsonNode old = before == null ? objectMapper.createObjectNode() : objectMapper.valueToTree(before);
        JsonNode now = objectMapper.valueToTree(after);
        List<Change> changes = new ArrayList<>();
        for (Iterator<String> fields = now.fieldNames(); fields.hasNext();) {
            String field = fields.next();
            JsonNode was = old.path(field).isMissingNode() ? NullNode.instance : old.get(field);
            JsonNode is = now.get(field);
            if (!IGNORED.contains(field) && !was.equals(is)) {
                changes.add(new Change(field, plain(was), plain(is)));
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
}
