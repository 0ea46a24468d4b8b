package nl.iat.reporting;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.iat.testing.TestEvents;

/** Publishes contract-conformant events (docs/events.md) of the measures- and budget-service to the real broker. */
public final class SuiteEvents {

    public static final String MEASURE_TOPIC = "iat.measures.events";
    public static final String BUDGET_TOPIC = "iat.budget.events";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SuiteEvents() {
    }

    /** A measure's state; change fields with {@link Measure#with} and publish each version. */
    public static final class Measure {
        public final UUID id = UUID.randomUUID();
        private final Map<String, Object> state = new LinkedHashMap<>();
        private long sequence;
        private OffsetDateTime time;

        /** Gives the following events this time attribute instead of now. */
        public Measure at(String rfc3339) {
            time = OffsetDateTime.parse(rfc3339);
            return this;
        }

        public Measure(String code, String area, String priorityLine, String approach, String nature, String organisation,
                String status, String startDate, String endDate) {
            state.put("measureId", id.toString());
            state.put("code", code);
            state.put("title", "Measure " + code);
            state.put("frameworkCode", "NCTS-2016-2020");
            state.put("interventionAreaCode", area);
            state.put("priorityLineCode", priorityLine);
            state.put("approach", approach);
            state.put("nature", nature);
            state.put("leadOrganisationId", organisation);
            state.put("leadOrganisationName", "Organisation " + organisation);
            state.put("partnerOrganisationIds", List.of());
            state.put("startDate", startDate);
            state.put("endDate", endDate);
            state.put("status", status);
            state.put("previousStatus", null);
            state.put("statusReason", null);
            state.put("assessment", null);
            state.put("milestones", List.of());
            state.put("parliamentaryPapers", List.of("29 754, nr. 436"));
            state.put("changedBy", "editor-client");
        }

        public Measure with(String field, Object value) {
            state.put(field, value);
            return this;
        }

        public String registered() {
            return publish("nl.iat.measures.registered.v1");
        }

        public String changed() {
            return publish("nl.iat.measures.changed.v1");
        }

        public String statusChanged(String status, String reason) {
            state.put("previousStatus", state.get("status"));
            state.put("status", status);
            state.put("statusReason", reason);
            return publish("nl.iat.measures.status-changed.v1");
        }

        public String publish(String type) {
            sequence++;
            state.put("version", sequence);
            OffsetDateTime when = time == null ? OffsetDateTime.now(ZoneOffset.UTC) : time;
            state.put("changedAt", when.toString());
            String eventId = UUID.randomUUID().toString();
            TestEvents.publish(MEASURE_TOPIC, eventId, "urn:nld:iat:measures", type, id.toString(), sequence, when,
                    json(state));
            return eventId;
        }
    }

    public static String envelope(int year, long amountCents) {
        return envelope(year, amountCents, OffsetDateTime.now(ZoneOffset.UTC));
    }

    public static String envelope(int year, long amountCents, OffsetDateTime time) {
        String eventId = UUID.randomUUID().toString();
        TestEvents.publish(BUDGET_TOPIC, eventId, "urn:nld:iat:budget", "nl.iat.budget.envelopes.set.v1",
                "envelope-" + year, 1, time, json(map("fiscalYear", year, "amountCents", amountCents, "budgetArticle", "VI.36",
                        "previousAmountCents", null, "actor", "controller-client", "changedAt", time.toString())));
        return eventId;
    }

    /** A budget line; its events share the line id as key and count their own sequence. */
    public static final class BudgetLine {
        public final UUID id = UUID.randomUUID();
        public final int year;
        public final String priorityLine;
        private long sequence;
        private OffsetDateTime time;

        /** Gives the following events this time attribute instead of now. */
        public BudgetLine at(String rfc3339) {
            time = OffsetDateTime.parse(rfc3339);
            return this;
        }

        public BudgetLine(int year, String priorityLine) {
            this.year = year;
            this.priorityLine = priorityLine;
        }

        public String set(long amountCents) {
            return publish("nl.iat.budget.budget-lines.set.v1", map("budgetLineId", id.toString(), "fiscalYear", year,
                    "priorityLineCode", priorityLine, "title", "Line " + priorityLine, "ownerOrganisationId", null,
                    "amountCents", amountCents, "previousAmountCents", null, "allocatedCents", 0, "version", sequence + 1,
                    "actor", "controller-client", "changedAt", "2018-01-01T00:00:00Z"));
        }

        /** One ledger entry; changes are (allocationId, measureId, before, after) quadruples. */
        public String ledger(String kind, long amountCents, Object... changes) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (int i = 0; i < changes.length; i += 4) {
                list.add(map("allocationId", changes[i].toString(), "measureId", changes[i + 1].toString(),
                        "beforeCents", changes[i + 2], "afterCents", changes[i + 3]));
            }
            return publish("nl.iat.budget.ledger-entries.recorded.v1", map("entryId", UUID.randomUUID().toString(),
                    "budgetLineId", id.toString(), "fiscalYear", year, "priorityLineCode", priorityLine, "kind", kind,
                    "amountCents", amountCents, "changes", list, "lineAllocatedBeforeCents", 0,
                    "lineAllocatedAfterCents", 0, "reason", kind + " for the test", "parliamentaryPaper", "29 754, nr. 436",
                    "actor", "controller-client", "recordedAt", "2018-03-01T09:00:00Z"));
        }

        public String spending(String kind, UUID allocationId, UUID measureId, long amountCents) {
            return publish("nl.iat.budget.spending.recorded.v1", map("spendingId", UUID.randomUUID().toString(),
                    "kind", kind, "budgetLineId", id.toString(), "fiscalYear", year, "priorityLineCode", priorityLine,
                    "allocationId", allocationId.toString(), "measureId", measureId.toString(), "amountCents", amountCents,
                    "allocationCommittedAfterCents", 0, "allocationSpentAfterCents", 0, "date", year + "-05-01",
                    "description", "Invoice, \"urgent\"", "actor", "controller-client", "recordedAt", "2018-05-01T09:00:00Z"));
        }

        private String lastType;
        private String lastData;

        /** Publishes an event with this line's next sequence number; returns the event id. */
        public String publish(String type, Map<String, Object> data) {
            sequence++;
            lastType = type;
            lastData = json(data);
            String eventId = UUID.randomUUID().toString();
            TestEvents.publish(BUDGET_TOPIC, eventId, "urn:nld:iat:budget", type, id.toString(), sequence,
                    time == null ? OffsetDateTime.now(ZoneOffset.UTC) : time, lastData);
            return eventId;
        }

        /** Delivers the last event again, with the same id, as a producer retry would. */
        public void redeliverLast(String eventId) {
            TestEvents.publish(BUDGET_TOPIC, eventId, "urn:nld:iat:budget", lastType, id.toString(), sequence, lastData);
        }
    }

    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
