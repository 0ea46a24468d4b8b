package nl.iat.budget.service;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import nl.iat.budget.audit.ChangeRecord;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.paging.PanachePaging;

/** Records, in the writer's transaction, who changed an envelope or a line and what changed. */
@ApplicationScoped
public class ChangeLog {

    public static final String ENVELOPE = "envelope";
    public static final String BUDGET_LINE = "budget-line";
    private static final TypeReference<Map<String, Object>> STATE = new TypeReference<>() {
    };

    @Inject
    ObjectMapper objectMapper;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String aggregateType, String aggregateId, long version, String actor, OffsetDateTime at,
            Object before, Object after) {
        ChangeRecord record = new ChangeRecord();
        record.changeId = UUID.randomUUID();
        record.aggregateType = aggregateType;
        record.aggregateId = aggregateId;
        record.version = version;
        record.action = before == null ? "CREATED" : "UPDATED";
        record.actor = actor;
        record.changedAt = at;
        record.beforeState = before == null ? null : toJson(before);
        record.afterState = toJson(after);
        record.persist();
    }

    public Page<ChangeView> history(String aggregateType, String aggregateId, PageRequest page) {
        return PanachePaging.page(ChangeRecord.<ChangeRecord>find("aggregateType = ?1 and aggregateId = ?2",
                Sort.by("version"), aggregateType, aggregateId), page, record -> ChangeView.of(record, this::fromJson));
    }

    private String toJson(Object state) {
        try {
            return objectMapper.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("State cannot be recorded", e);
        }
    }

    private Map<String, Object> fromJson(String json) {
        try {
            return json == null ? null : objectMapper.readValue(json, STATE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Recorded state is not JSON", e);
        }
    }
}
