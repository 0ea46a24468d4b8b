package nl.iat.e2e.client;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The suite's public APIs through the gateway, in domain terms, with a token per role. Used by the
 * end-to-end scenarios and by the illustrative dataset loader, so both exercise the same calls.
 */
public final class SuiteClient {

    private final Api editor;
    private final Api controller;
    private final Api admin;
    private final Api viewer;

    public SuiteClient(String gatewayUrl, Map<String, String> tokensByRole) {
        this(new Api(gatewayUrl, null), tokensByRole);
    }

    /** Every role's calls through {@code base} (its address and manners), each with its role's token. */
    public SuiteClient(Api base, Map<String, String> tokensByRole) {
        editor = base.withToken(tokensByRole.get("measure-editor"));
        controller = base.withToken(tokensByRole.get("budget-controller"));
        admin = base.withToken(tokensByRole.get("admin"));
        viewer = base.withToken(tokensByRole.get("viewer"));
    }

    public Api editor() {
        return editor;
    }

    public Api controller() {
        return controller;
    }

    public Api admin() {
        return admin;
    }

    public Api viewer() {
        return viewer;
    }

    /** The id of a seeded organisation, by (part of) its name. */
    public String organisationId(String name) {
        JsonNode items = expect(viewer.get("/api/measures/v1/organisations?pageSize=100"), 200).path("items");
        for (JsonNode organisation : items) {
            if (organisation.path("name").asText().contains(name)) {
                return organisation.path("id").asText(organisation.path("organisationId").asText());
            }
        }
        throw new IllegalStateException("No organisation named " + name);
    }

    /** Registers a measure and returns its id. */
    public String registerMeasure(Map<String, Object> measure) {
        return expect(editor.post("/api/measures/v1/measures", measure, idempotencyKey()), 201).path("id").asText();
    }

    public Map<String, Object> measure(String title, String area, String priorityLine, String approach, String nature,
            String leadOrganisationId) {
        Map<String, Object> measure = new HashMap<>();
        measure.put("title", title);
        measure.put("description", "Illustrative measure: " + title);
        measure.put("frameworkCode", "NCTS-2016-2020");
        measure.put("interventionAreaCode", area);
        if (priorityLine != null) {
            measure.put("priorityLineCode", priorityLine);
        }
        measure.put("approach", approach);
        measure.put("nature", nature);
        measure.put("leadOrganisationId", leadOrganisationId);
        measure.put("startDate", "2018-01-01");
        measure.put("endDate", "2021-12-31");
        measure.put("parliamentaryPapers", List.of("29 754, nr. 436"));
        return measure;
    }

    /** Moves a measure to a new status (reads its ETag first), taking effect today. */
    public void transition(String measureId, String status, String reason) {
        transition(measureId, status, reason, null);
    }

    /** Moves a measure to a new status taking effect on the business date (null: today). */
    public void transition(String measureId, String status, String reason, String effectiveOn) {
        Api.Reply current = expectReply(editor.get("/api/measures/v1/measures/" + measureId), 200);
        expect(editor.send("POST", "/api/measures/v1/measures/" + measureId + "/status-transitions",
                dated(Map.of("status", status, "reason", reason), effectiveOn), "application/json",
                Map.of("If-Match", current.header("ETag"))), 200);
    }

    public void assess(String measureId, Map<String, Object> assessment) {
        Api.Reply current = expectReply(editor.get("/api/measures/v1/measures/" + measureId), 200);
        expectReply(editor.send("PUT", "/api/measures/v1/measures/" + measureId + "/assessment", assessment,
                "application/json", Map.of("If-Match", current.header("ETag"))), 200, 201);
    }

    public String addMilestone(String measureId, String title, String dueDate, String doneOn) {
        Map<String, Object> milestone = new HashMap<>(Map.of("title", title, "dueDate", dueDate));
        if (doneOn != null) {
            milestone.put("doneOn", doneOn);
        }
        return expect(editor.post("/api/measures/v1/measures/" + measureId + "/milestones", milestone, idempotencyKey()), 201)
                .path("id").asText();
    }

    /** Enters a commitment ({@code commitments}) or motion ({@code motions}) by hand; returns its id. */
    public String enterParliamentItem(String kind, Map<String, Object> item) {
        return expect(editor.post("/api/measures/v1/" + kind, item, idempotencyKey()), 201).path("id").asText();
    }

    /** Replaces a commitment or motion (reads its ETag first). */
    public void replaceParliamentItem(String kind, String id, Map<String, Object> item) {
        Api.Reply current = expectReply(editor.get("/api/measures/v1/" + kind + "/" + id), 200);
        expect(editor.send("PUT", "/api/measures/v1/" + kind + "/" + id, item, "application/json",
                Map.of("If-Match", current.header("ETag"))), 200);
    }

    /** Creates the envelope of a year unless it exists. */
    public void ensureEnvelope(int fiscalYear, long amountCents) {
        ensureEnvelope(fiscalYear, amountCents, null);
    }

    /** Creates the envelope of a year unless it exists, taking effect on the business date (null: today). */
    public void ensureEnvelope(int fiscalYear, long amountCents, String effectiveOn) {
        if (admin.get("/api/budget/v1/envelopes/" + fiscalYear).status() == 404) {
            expect(admin.post("/api/budget/v1/envelopes", dated(Map.of("fiscalYear", fiscalYear, "amountCents", amountCents,
                    "budgetArticle", "VI.36 Contraterrorisme en Nationaal Veiligheidsbeleid"), effectiveOn),
                    idempotencyKey()), 201);
        }
    }

    public String createBudgetLine(int fiscalYear, String priorityLine, String title, String ownerOrganisationId,
            long amountCents) {
        return createBudgetLine(fiscalYear, priorityLine, title, ownerOrganisationId, amountCents, null);
    }

    public String createBudgetLine(int fiscalYear, String priorityLine, String title, String ownerOrganisationId,
            long amountCents, String effectiveOn) {
        return createBudgetLine(fiscalYear, priorityLine, title, ownerOrganisationId, amountCents, effectiveOn, "PUBLIC");
    }

    /** A line with a classification (ADR 0016), at most the controller token's clearance. */
    public String createBudgetLine(int fiscalYear, String priorityLine, String title, String ownerOrganisationId,
            long amountCents, String effectiveOn, String classification) {
        return expect(controller.post("/api/budget/v1/budget-lines", dated(Map.of("fiscalYear", fiscalYear,
                "priorityLineCode", priorityLine, "title", title, "ownerOrganisationId", ownerOrganisationId,
                "amountCents", amountCents, "classification", classification), effectiveOn), idempotencyKey()), 201)
                .path("budgetLineId").asText();
    }

    /** The request with its business date, when one is given (else the service takes today). */
    private static Map<String, Object> dated(Map<String, Object> request, String effectiveOn) {
        Map<String, Object> dated = new HashMap<>(request);
        if (effectiveOn != null) {
            dated.put("effectiveOn", effectiveOn);
        }
        return dated;
    }

    /** Appends a ledger entry; returns the raw reply so callers can count refusals. */
    public Api.Reply ledgerEntry(String budgetLineId, String kind, String measureId, String toMeasureId, long amountCents,
            String reason, String idempotencyKey) {
        return ledgerEntry(budgetLineId, kind, measureId, toMeasureId, amountCents, reason, idempotencyKey, null);
    }

    /** A ledger entry decided on the business date (null: today). */
    public Api.Reply ledgerEntry(String budgetLineId, String kind, String measureId, String toMeasureId, long amountCents,
            String reason, String idempotencyKey, String effectiveOn) {
        Map<String, Object> entry = dated(Map.of("kind", kind, "measureId", measureId, "reason", reason), effectiveOn);
        if (toMeasureId != null) {
            entry.put("toMeasureId", toMeasureId);
        }
        if (!"WITHDRAW".equals(kind)) {
            entry.put("amountCents", amountCents);
        }
        return controller.post("/api/budget/v1/budget-lines/" + budgetLineId + "/ledger-entries", entry,
                Map.of("Idempotency-Key", idempotencyKey));
    }

    /**
     * Appends a ledger entry, retrying while the budget-service has not yet learnt of a measure
     * registered moments ago (it learns of measures through their events).
     */
    public JsonNode allocate(String budgetLineId, String kind, String measureId, String toMeasureId, long amountCents,
            String reason) {
        return allocate(budgetLineId, kind, measureId, toMeasureId, amountCents, reason, UUID.randomUUID().toString());
    }

    /** As above, with the caller's Idempotency-Key (a refused attempt does not use the key up). */
    public JsonNode allocate(String budgetLineId, String kind, String measureId, String toMeasureId, long amountCents,
            String reason, String key) {
        return allocateOn(budgetLineId, kind, measureId, toMeasureId, amountCents, reason, key, null);
    }

    /** As above, decided on the business date (null: today). */
    public JsonNode allocateOn(String budgetLineId, String kind, String measureId, String toMeasureId, long amountCents,
            String reason, String key, String effectiveOn) {
        long deadline = System.currentTimeMillis() + 60_000;
        Api.Reply reply = ledgerEntry(budgetLineId, kind, measureId, toMeasureId, amountCents, reason, key, effectiveOn);
        while (reply.status() == 422 && reply.body().contains("is not known") && System.currentTimeMillis() < deadline) {
            pause(200);
            reply = ledgerEntry(budgetLineId, kind, measureId, toMeasureId, amountCents, reason, key, effectiveOn);
        }
        return expect(reply, 201);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String allocationId(String budgetLineId, String measureId) {
        JsonNode items = expect(viewer.get("/api/budget/v1/allocations?budgetLineId=" + budgetLineId + "&measureId="
                + measureId), 200).path("items");
        return items.path(0).path("allocationId").asText();
    }

    public void recordSpending(String allocationId, String kind, long amountCents, String date, String description) {
        expect(controller.post("/api/budget/v1/allocations/" + allocationId + "/" + kind,
                Map.of("amountCents", amountCents, "date", date, "description", description), idempotencyKey()), 201);
    }

    public JsonNode yearSummary(int fiscalYear) {
        return expect(viewer.get("/api/budget/v1/year-summaries/" + fiscalYear), 200);
    }

    public JsonNode overview(int fiscalYear) {
        return expect(viewer.get("/api/reports/v1/overviews/" + fiscalYear), 200);
    }

    public JsonNode measurePicture(String measureId) {
        return expect(viewer.get("/api/reports/v1/measures/" + measureId), 200);
    }

    /**
     * The measure's picture, or a missing node while the reports have not applied its registration yet
     * (404): measure and budget events cross the broker on their own topics, in no set order.
     */
    public JsonNode measurePictureOnceKnown(String measureId) {
        Api.Reply reply = expectReply(viewer.get("/api/reports/v1/measures/" + measureId), 200, 404);
        return reply.status() == 404 ? MissingNode.getInstance() : reply.json();
    }

    public JsonNode createProgressReport(String title, String referenceDate, String periodStart, String periodEnd) {
        return expect(admin.post("/api/reports/v1/progress-reports", Map.of("title", title, "referenceDate", referenceDate,
                "periodStart", periodStart, "periodEnd", periodEnd), idempotencyKey()), 201);
    }

    private static Map<String, String> idempotencyKey() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }

    public static JsonNode expect(Api.Reply reply, int status) {
        return expectReply(reply, status).json();
    }

    public static Api.Reply expectReply(Api.Reply reply, int... statuses) {
        for (int status : statuses) {
            if (reply.status() == status) {
                return reply;
            }
        }
        throw new IllegalStateException("Expected " + java.util.Arrays.toString(statuses) + " but got " + reply);
    }
}
