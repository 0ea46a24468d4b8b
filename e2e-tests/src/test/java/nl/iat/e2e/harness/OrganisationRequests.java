package nl.iat.e2e.harness;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import nl.iat.e2e.client.Api;
import nl.iat.e2e.client.SuiteClient;

/**
 * A valid request for every write operation of the three documents, by operation id, on records of
 * the caller's own organisation or of another one, so the organisation matrix reaches the
 * services' check on the object instead of a 400. The central team (NCTV tokens, coordinating) sets
 * the records up once per organisation and the rows reuse them; each request reads the ETag it
 * needs just before it is sent, and creating operations get a fresh name, number or year each time.
 */
public final class OrganisationRequests {

    private static final String MEASURES = "/api/measures/v1";
    private static final String BUDGET = "/api/budget/v1";
    private static final String REPORTS = "/api/reports/v1";
    private static final long LINE_CENTS = 1_000_000;
    private static final long ALLOCATION_CENTS = 100_000;
    private static final Map<String, String> NEXT_STATUS = Map.of("PROPOSED", "APPROVED", "APPROVED", "IN_PROGRESS",
            "IN_PROGRESS", "COMPLETED");

    /** Whose records a request touches, seen from the caller. */
    public enum Side { OWN, OTHER }

    /**
     * A request; {@code organisationField} the body field naming the organisation when the request
     * creates a record for one; {@code witnesses} the addresses whose answer a refusal must leave as
     * they were.
     */
    public record Request(String method, String url, Object body, Map<String, String> headers,
            String organisationField, List<String> witnesses) {
    }

    /** The records of one organisation that the rows write on. */
    private record Records(String measureId, String milestoneId, String budgetLineId, String allocationId) {
    }

    private final SuiteClient central;
    private final Map<Side, String> organisations;
    private final Map<Side, Records> records = new EnumMap<>(Side.class);
    private final Map<String, Function<Side, Request>> builders = new HashMap<>();
    private final AtomicInteger sequence = new AtomicInteger(500 + (int) (System.nanoTime() % 400));
    private final int fiscalYear;
    private String fundedMeasureId;
    private String commitmentId;
    private String motionId;
    private String organisationId;

    public OrganisationRequests(SuiteClient central, String ownOrganisation, String otherOrganisation) {
        this.central = central;
        this.organisations = Map.of(Side.OWN, ownOrganisation, Side.OTHER, otherOrganisation);
        this.fiscalYear = freeFiscalYear();
        central.ensureEnvelope(fiscalYear, Fixtures.ENVELOPE_CENTS);
        measureBuilders();
        parliamentBuilders();
        referenceDataBuilders();
        budgetBuilders();
        reportBuilders();
    }

    public Set<String> operationIds() {
        return builders.keySet();
    }

    public boolean covers(String operationId) {
        return builders.containsKey(operationId);
    }

    public Request build(String operationId, Side side) {
        return builders.get(operationId).apply(side);
    }

    private void measureBuilders() {
        builders.put("registerMeasure", side -> post(MEASURES + "/measures", measureBody(side), "leadOrganisationId",
                MEASURES + "/measures?pageSize=1"));
        builders.put("updateMeasure", side -> onMeasure(side, "PUT", "", measureBody(side)));
        builders.put("reviseAssessment", side -> onMeasure(side, "PUT", "/assessment",
                Map.of("impactLevel", "LOW", "fundamentalRights", List.of("PRIVACY"))));
        builders.put("addMilestone", side -> post(MEASURES + "/measures/" + of(side).measureId() + "/milestones",
                milestoneBody(), null, measure(side)));
        builders.put("updateMilestone", side -> onMeasure(side, "PUT", "/milestones/" + of(side).milestoneId(),
                milestoneBody()));
        builders.put("transitionMeasureStatus", side -> onMeasure(side, "POST", "/status-transitions",
                Map.of("status", NEXT_STATUS.get(read(measure(side)).json().path("status").asText()),
                        "reason", "Organisation matrix")));
    }

    private void parliamentBuilders() {
        builders.put("createCommitment", side -> post(MEASURES + "/commitments", commitmentBody(number("TZ")), null,
                MEASURES + "/commitments?pageSize=1"));
        builders.put("updateCommitment", side -> replace(MEASURES + "/commitments/" + commitment(),
                commitmentBody(read(MEASURES + "/commitments/" + commitment()).json().path("number").asText())));
        builders.put("createMotion", side -> post(MEASURES + "/motions", motionBody(number("M")), null,
                MEASURES + "/motions?pageSize=1"));
        builders.put("updateMotion", side -> replace(MEASURES + "/motions/" + motion(),
                motionBody(read(MEASURES + "/motions/" + motion()).json().path("number").asText())));
        // Without "@odata.context": the service reads it, but the document's schema has no such property.
        builders.put("importParliamentRecords", side -> post(MEASURES + "/parliament-imports", Map.of(
                "value", List.of(toezegging())), null, MEASURES + "/commitments?pageSize=1"));
    }

    private void referenceDataBuilders() {
        builders.put("addFramework", side -> post(MEASURES + "/frameworks", Map.of("code", "MATRIX-" + sequence.incrementAndGet(),
                "labels", labels(), "validFrom", "2030-01-01",
                "interventionAreas", List.of(Map.of("code", "DOEL_1", "number", 1, "labels", labels()))), null,
                MEASURES + "/frameworks?pageSize=1"));
        builders.put("addOrganisation", side -> post(MEASURES + "/organisations", organisationBody(), null,
                MEASURES + "/organisations?pageSize=1"));
        builders.put("replaceOrganisation", side -> replace(MEASURES + "/organisations/" + organisation(),
                organisationBody()));
        builders.put("addPriorityLine", side -> post(MEASURES + "/priority-lines", Map.of(
                "code", "MATRIX_" + sequence.incrementAndGet(), "number", freePriorityLineNumber(), "labels", labels()), null,
                MEASURES + "/priority-lines?pageSize=1"));
        // An edition long past, so the current threat level stays the seeded one.
        builders.put("recordThreatLevel", side -> post(MEASURES + "/threat-levels", Map.of(
                "dtnEdition", sequence.incrementAndGet(), "publishedOn", "2001-01-01", "level", 3), null,
                MEASURES + "/threat-levels?pageSize=1"));
    }

    private void budgetBuilders() {
        builders.put("createEnvelope", side -> post(BUDGET + "/envelopes", Map.of("fiscalYear", freeFiscalYear(),
                "amountCents", Fixtures.ENVELOPE_CENTS, "budgetArticle", "VI.36 Contraterrorisme"), null,
                BUDGET + "/envelopes?pageSize=1"));
        builders.put("updateEnvelope", side -> replace(BUDGET + "/envelopes/" + fiscalYear, Map.of(
                "amountCents", Fixtures.ENVELOPE_CENTS, "budgetArticle", "VI.36 Contraterrorisme " + sequence.incrementAndGet())));
        builders.put("createBudgetLine", side -> post(BUDGET + "/budget-lines", Map.of("fiscalYear", fiscalYear,
                "priorityLineCode", "DERADICALISATION", "title", "Matrix line " + sequence.incrementAndGet(),
                "ownerOrganisationId", organisations.get(side), "amountCents", LINE_CENTS), "ownerOrganisationId",
                BUDGET + "/year-summaries/" + fiscalYear));
        builders.put("updateBudgetLine", side -> replace(line(side), Map.of("title", "Matrix line " + sequence.incrementAndGet(),
                "ownerOrganisationId", organisations.get(side), "amountCents", LINE_CENTS)));
        builders.put("recordLedgerEntry", side -> post(line(side) + "/ledger-entries", Map.of("kind", "INCREASE",
                "measureId", fundedMeasure(), "amountCents", 100, "reason", "Organisation matrix"), null,
                line(side), line(side) + "/ledger-entries?pageSize=1", BUDGET + "/year-summaries/" + fiscalYear));
        builders.put("recordCommitment", side -> spending(side, "commitments"));
        builders.put("recordExpenditure", side -> spending(side, "expenditures"));
    }

    private void reportBuilders() {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(1);
        builders.put("freezeProgressReport", side -> post(REPORTS + "/progress-reports", Map.of(
                "title", "Matrix report " + sequence.incrementAndGet(), "referenceDate", yesterday.toString(),
                "periodStart", "2017-12-31", "periodEnd", yesterday.toString()), null, REPORTS + "/progress-reports?pageSize=1"));
        builders.put("requestRebuild", side -> new Request("POST", REPORTS + "/rebuilds", null, Map.of(), null, List.of()));
    }

    private Request onMeasure(Side side, String method, String path, Object body) {
        String measure = measure(side);
        return new Request(method, measure + path, body, Map.of("If-Match", read(measure).header("ETag")), null,
                List.of(measure));
    }

    /** A replacing write with the ETag just read; a refusal must leave the record as it was. */
    private Request replace(String url, Object body) {
        return new Request("PUT", url, body, Map.of("If-Match", read(url).header("ETag")), null, List.of(url));
    }

    private static Request post(String url, Object body, String organisationField, String... witnesses) {
        return new Request("POST", url, body, Map.of(), organisationField, List.of(witnesses));
    }

    private Request spending(Side side, String kind) {
        String allocation = BUDGET + "/allocations/" + of(side).allocationId();
        return post(allocation + "/" + kind, Map.of("amountCents", 100, "date", LocalDate.now(ZoneId.of("Europe/Amsterdam"))
                .toString(), "description", "Organisation matrix"), null, allocation, line(side));
    }

    private String measure(Side side) {
        return MEASURES + "/measures/" + of(side).measureId();
    }

    private String line(Side side) {
        return BUDGET + "/budget-lines/" + of(side).budgetLineId();
    }

    /** The organisation's measure (with a milestone) and line (with an allocation), made once. */
    private Records of(Side side) {
        return records.computeIfAbsent(side, this::create);
    }

    private Records create(Side side) {
        String organisation = organisations.get(side);
        String measureId = central.registerMeasure(measureBody(side));
        String milestoneId = central.addMilestone(measureId, "Matrix milestone", "2030-06-30", null);
        String lineId = central.createBudgetLine(fiscalYear, "DERADICALISATION", "Matrix line of " + side, organisation,
                LINE_CENTS);
        central.allocate(lineId, "ALLOCATE", fundedMeasure(), null, ALLOCATION_CENTS, "Organisation matrix");
        return new Records(measureId, milestoneId, lineId, central.allocationId(lineId, fundedMeasure()));
    }

    /** An approved measure of the central team that the lines fund: whose measure gets money does not matter. */
    private String fundedMeasure() {
        if (fundedMeasureId == null) {
            fundedMeasureId = Fixtures.approvedMeasure(central, "Matrix funded measure");
        }
        return fundedMeasureId;
    }

    private String commitment() {
        if (commitmentId == null) {
            commitmentId = central.enterParliamentItem("commitments", commitmentBody(number("TZ")));
        }
        return commitmentId;
    }

    private String motion() {
        if (motionId == null) {
            motionId = central.enterParliamentItem("motions", motionBody(number("M")));
        }
        return motionId;
    }

    private String organisation() {
        if (organisationId == null) {
            organisationId = SuiteClient.expect(central.admin().post(MEASURES + "/organisations", organisationBody()), 201)
                    .path("id").asText();
        }
        return organisationId;
    }

    private Api.Reply read(String url) {
        return SuiteClient.expectReply(central.admin().get(url), 200);
    }

    /** The first year without an envelope: other scenarios keep to recent years. */
    private int freeFiscalYear() {
        for (int year = 2000; year <= 2100; year++) {
            if (central.admin().get(BUDGET + "/envelopes/" + year).status() == 404) {
                return year;
            }
        }
        throw new IllegalStateException("Every fiscal year has an envelope");
    }

    /** Priority line numbers are unique and at most 99. */
    private int freePriorityLineNumber() {
        Set<Integer> taken = new HashSet<>();
        read(MEASURES + "/priority-lines?pageSize=100").json().path("items")
                .forEach(line -> taken.add(line.path("number").asInt()));
        for (int number = 1; number <= 99; number++) {
            if (!taken.contains(number)) {
                return number;
            }
        }
        throw new IllegalStateException("Every priority line number is taken");
    }

    private Map<String, Object> measureBody(Side side) {
        return central.measure("Matrix measure " + sequence.incrementAndGet(), "VOORKOMEN", "DERADICALISATION",
                "PREVENTIVE", "INTENSIFICATION", organisations.get(side));
    }

    private Map<String, Object> milestoneBody() {
        return Map.of("title", "Matrix milestone " + sequence.incrementAndGet(), "dueDate", "2030-06-30");
    }

    private static Map<String, Object> commitmentBody(String number) {
        return Map.of("number", number, "text", "De Kamer wordt voor de zomer geinformeerd.", "status", "OPEN",
                "madeOn", "2018-01-10");
    }

    private static Map<String, Object> motionBody(String number) {
        return Map.of("number", number, "dossierNumber", "29754", "title", "Motie over de organisatiematrix",
                "followUpStatus", "OPEN");
    }

    private Map<String, Object> toezegging() {
        return Map.of("Id", UUID.randomUUID().toString(), "Nummer", number("TZ"), "Tekst", "De Kamer wordt geinformeerd.",
                "Status", "Openstaand", "Aanmaakdatum", "2021-04-08T00:00:00+02:00", "Verwijderd", false);
    }

    private Map<String, Object> organisationBody() {
        return Map.of("name", "Gemeente Matrix " + UUID.randomUUID().toString().substring(0, 8), "kind", "LOCAL_GOVERNMENT");
    }

    private static Map<String, Object> labels() {
        return Map.of("nameNl", "Matrix", "nameEn", "Matrix", "descriptionNl", "Organisatiematrix",
                "descriptionEn", "Organisation matrix");
    }

    private static String number(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
