package nl.iat.reporting;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.iat.contracts.EventContracts;
import nl.iat.testing.TestEvents;

/**
 * Publishes events of the measures- and budget-service to the real broker: each one is the example
 * of its type's contract (event-contracts) with the fields a test cares about changed, and is checked
 * against the type's schema before it is sent, so the reports are tested on what producers may send.
 */
public final class SuiteEvents {

    public static final String MEASURE_TOPIC = "iat.measures.events";
    public static final String BUDGET_TOPIC = "iat.budget.events";
    public static final String PARLIAMENT_TOPIC = "iat.parliament.events";
    public static final String MEASURE_SOURCE = "urn:nld:iat:measures";
    public static final String BUDGET_SOURCE = "urn:nld:iat:budget";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SuiteEvents() {
    }

    /**
     * The id of an organisation a test names ({@code "org-a"}, at most six characters): a UUID, as the
     * contract has it, whose text sorts as the names do.
     */
    public static String organisation(String name) {
        String hex = HexFormat.of().formatHex(name.getBytes(StandardCharsets.UTF_8));
        if (hex.length() > 12) {
            throw new IllegalArgumentException("An organisation name of at most six characters: " + name);
        }
        return "00000000-0000-4000-8000-" + (hex + "000000000000").substring(0, 12);
    }

    /** A measure's state; change fields with {@link Measure#with} and publish each version. */
    public static final class Measure {
        public final UUID id = UUID.randomUUID();
        private final ObjectNode state = EventContracts.example("nl.iat.measures.registered.v1");
        private long sequence;
        private OffsetDateTime time;
        private String effectiveOn;
        private String lastType;
        private String lastEventId;
        private OffsetDateTime lastTime;
        private String traceparent;

        /** Gives the following events this time attribute (recording time) instead of now. */
        public Measure at(String rfc3339) {
            time = OffsetDateTime.parse(rfc3339);
            return this;
        }

        /** Gives the following events this {@code ce_traceparent}, the trace their producer was in. */
        public Measure tracedBy(String w3cTraceparent) {
            traceparent = w3cTraceparent;
            return this;
        }

        /** Gives the following events this business date instead of their recording date. */
        public Measure on(String date) {
            effectiveOn = date;
            return this;
        }

        public Measure(String code, String area, String priorityLine, String approach, String nature, String organisation,
                String status, String startDate, String endDate) {
            state.put("measureId", id.toString());
            state.put("code", code);
            state.put("title", "Measure " + code);
            state.put("interventionAreaCode", area);
            state.put("priorityLineCode", priorityLine);
            state.put("approach", approach);
            state.put("nature", nature);
            state.put("leadOrganisationId", organisation(organisation));
            state.put("leadOrganisationName", "Organisation " + organisation);
            state.put("startDate", startDate);
            state.put("endDate", endDate);
            state.put("status", status);
        }

        /** Sets a field of the state (a value, a list or a map); lead organisations by {@link #organisation(String)}. */
        public Measure with(String field, Object value) {
            state.set(field, JSON.valueToTree(value));
            return this;
        }

        public String registered() {
            return publish("nl.iat.measures.registered.v1");
        }

        public String changed() {
            return publish("nl.iat.measures.changed.v1");
        }

        public String statusChanged(String status, String reason) {
            state.set("previousStatus", state.get("status"));
            state.put("status", status);
            state.put("statusReason", reason);
            return publish("nl.iat.measures.status-changed.v1");
        }

        public String publish(String type) {
            sequence++;
            lastTime = time == null ? OffsetDateTime.now(ZoneOffset.UTC) : time;
            state.put("version", sequence);
            state.put("changedAt", rfc3339(lastTime));
            state.put("effectiveOn", effectiveOn != null ? effectiveOn : dateOf(lastTime));
            EventContracts.assertValid(type, state);
            lastType = type;
            lastEventId = UUID.randomUUID().toString();
            TestEvents.publish(MEASURE_TOPIC, lastEventId, MEASURE_SOURCE, type, id.toString(), sequence, lastTime,
                    state.toString(), traceparent);
            return lastEventId;
        }

        /** Delivers the last event again, with the same id and data, as a producer retry would. */
        public void redeliverLast() {
            TestEvents.publish(MEASURE_TOPIC, lastEventId, MEASURE_SOURCE, lastType, id.toString(), sequence, lastTime,
                    state.toString());
        }
    }

    public static String envelope(int year, long amountCents) {
        return envelope(year, amountCents, OffsetDateTime.now(ZoneOffset.UTC));
    }

    public static String envelope(int year, long amountCents, OffsetDateTime time) {
        return envelope(year, amountCents, time, dateOf(time));
    }

    public static String envelope(int year, long amountCents, OffsetDateTime time, String effectiveOn) {
        String type = "nl.iat.budget.envelopes.set.v1";
        ObjectNode data = EventContracts.example(type).put("fiscalYear", year).put("amountCents", amountCents)
                .put("changedAt", rfc3339(time)).put("effectiveOn", effectiveOn);
        EventContracts.assertValid(type, data);
        String eventId = UUID.randomUUID().toString();
        TestEvents.publish(BUDGET_TOPIC, eventId, BUDGET_SOURCE, type, "envelope-" + year, 1, time, data.toString());
        return eventId;
    }

    /** A budget line; its events share the line id as key and count their own sequence. */
    public static final class BudgetLine {
        public final UUID id = UUID.randomUUID();
        public final int year;
        public final String priorityLine;
        private long sequence;
        private OffsetDateTime time;
        private String effectiveOn;
        private String lastType;
        private String lastData;
        private String classification;

        /** Gives the following events this time attribute (recording time) instead of now. */
        public BudgetLine at(String rfc3339) {
            time = OffsetDateTime.parse(rfc3339);
            return this;
        }

        /** Gives the following events this business date instead of their recording date. */
        public BudgetLine on(String date) {
            effectiveOn = date;
            return this;
        }

        public BudgetLine(int year, String priorityLine) {
            this.year = year;
            this.priorityLine = priorityLine;
        }

        /** Gives the line's following versions this classification (ADR 0016) instead of the example's. */
        public BudgetLine classified(String level) {
            classification = level;
            return this;
        }

        public String set(long amountCents) {
            String type = "nl.iat.budget.budget-lines.set.v1";
            ObjectNode data = ofThisLine(type).put("title", "Line " + priorityLine).put("amountCents", amountCents)
                    .put("allocatedCents", 0).put("version", sequence + 1);
            return publish(type, classification == null ? data : data.put("classification", classification));
        }

        /** One ledger entry; changes are (allocationId, measureId, before, after) quadruples. */
        public String ledger(String kind, long amountCents, Object... changes) {
            String type = "nl.iat.budget.ledger-entries.recorded.v1";
            ObjectNode entry = ofThisLine(type).put("entryId", UUID.randomUUID().toString()).put("kind", kind)
                    .put("amountCents", amountCents);
            ArrayNode list = entry.putArray("changes");
            for (int i = 0; i < changes.length; i += 4) {
                list.addObject().put("allocationId", changes[i].toString()).put("measureId", changes[i + 1].toString())
                        .put("beforeCents", ((Number) changes[i + 2]).longValue())
                        .put("afterCents", ((Number) changes[i + 3]).longValue());
            }
            return publish(type, entry);
        }

        public String spending(String kind, UUID allocationId, UUID measureId, long amountCents) {
            String type = "nl.iat.budget.spending.recorded.v1";
            return publish(type, ofThisLine(type).put("spendingId", UUID.randomUUID().toString()).put("kind", kind)
                    .put("allocationId", allocationId.toString()).put("measureId", measureId.toString())
                    .put("amountCents", amountCents).put("date", businessDate()).put("description", "Invoice, \"urgent\""));
        }

        /** The example of the type, on this line. */
        private ObjectNode ofThisLine(String type) {
            return EventContracts.example(type).put("budgetLineId", id.toString()).put("fiscalYear", year)
                    .put("priorityLineCode", priorityLine);
        }

        /** Publishes valid data of the type with this line's next sequence number; returns the event id. */
        public String publish(String type, ObjectNode data) {
            data.put("effectiveOn", businessDate());
            EventContracts.assertValid(type, data);
            return send(type, data.toString());
        }

        /** Publishes data the type's schema refuses (a producer bug), with this line's next sequence number. */
        public String publishInvalid(String type, String data) {
            if (EventContracts.errors(type, data).isEmpty()) {
                throw new AssertionError("The data is valid " + type + " data: " + data);
            }
            return send(type, data);
        }

        private String send(String type, String data) {
            sequence++;
            lastType = type;
            lastData = data;
            String eventId = UUID.randomUUID().toString();
            TestEvents.publish(BUDGET_TOPIC, eventId, BUDGET_SOURCE, type, id.toString(), sequence, recordingTime(),
                    lastData);
            return eventId;
        }

        private OffsetDateTime recordingTime() {
            return time == null ? OffsetDateTime.now(ZoneOffset.UTC) : time;
        }

        private String businessDate() {
            return effectiveOn != null ? effectiveOn : dateOf(recordingTime());
        }

        /** Delivers the last event again, with the same id, as a producer retry would. */
        public void redeliverLast(String eventId) {
            TestEvents.publish(BUDGET_TOPIC, eventId, BUDGET_SOURCE, lastType, id.toString(), sequence, lastData);
        }
    }

    /** A commitment or motion to parliament: its state, changed with {@link #with}, published as full states. */
    public static final class ParliamentItem {
        public final UUID id = UUID.randomUUID();
        private final String type;
        private final ObjectNode state;
        private long sequence;
        private OffsetDateTime time;
        private String effectiveOn;

        private ParliamentItem(String type, String idField, String number) {
            this.type = type;
            this.state = EventContracts.example(type);
            state.put(idField, id.toString()).put("number", number).put("portalId", UUID.randomUUID().toString());
        }

        public static ParliamentItem commitment(String number, String status, String dueDate, UUID... measureIds) {
            return new ParliamentItem("nl.iat.parliament.commitments.set.v1", "commitmentId", number)
                    .with("status", status).with("dueDate", dueDate).with("measureIds", List.of(measureIds));
        }

        public static ParliamentItem motion(String number, String followUpStatus, String decision, UUID... measureIds) {
            return new ParliamentItem("nl.iat.parliament.motions.set.v1", "motionId", number)
                    .with("followUpStatus", followUpStatus).with("decision", decision).with("measureIds", List.of(measureIds));
        }

        public ParliamentItem with(String field, Object value) {
            state.set(field, JSON.valueToTree(value));
            return this;
        }

        /** Gives the following events this recording time instead of now. */
        public ParliamentItem at(String rfc3339) {
            time = OffsetDateTime.parse(rfc3339);
            return this;
        }

        /** Gives the following events this business date instead of their recording date. */
        public ParliamentItem on(String date) {
            effectiveOn = date;
            return this;
        }

        public String publish() {
            sequence++;
            OffsetDateTime recorded = time == null ? OffsetDateTime.now(ZoneOffset.UTC) : time;
            state.put("version", sequence).put("changedAt", rfc3339(recorded))
                    .put("effectiveOn", effectiveOn != null ? effectiveOn : dateOf(recorded));
            EventContracts.assertValid(type, state);
            String eventId = UUID.randomUUID().toString();
            TestEvents.publish(PARLIAMENT_TOPIC, eventId, MEASURE_SOURCE, type, id.toString(), sequence, recorded,
                    state.toString());
            return eventId;
        }
    }

    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The date of a recording time in Europe/Amsterdam: a fact's business date unless given another. */
    public static String dateOf(OffsetDateTime time) {
        return time.atZoneSameInstant(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate().toString();
    }

    /** RFC 3339 always has seconds; OffsetDateTime.toString() leaves out zero seconds. */
    private static String rfc3339(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
