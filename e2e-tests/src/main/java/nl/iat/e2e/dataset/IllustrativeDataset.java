package nl.iat.e2e.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.iat.e2e.client.Api;
import nl.iat.e2e.client.SuiteClient;

/**
 * Loads an illustrative dataset through the public APIs of a running suite, so a newcomer sees a
 * living system with a history: the EUR 13,000,000 envelope for 2018-2021, budget lines per priority
 * line, thirty measures over the five intervention areas in every status, with milestones and
 * assessments (some HIGH impact), allocations, reallocations, commitments and expenditures, each
 * dated in business time as decided and paid (ADR 0010), from the letter of December 2017 to 2021.
 * Two progress reports are frozen, shaped like the real ones (peildatum 2019-04-01 as Kamerstuk
 * 29 754, nr. 500, and 2022-05-01 as nr. 645), with two late corrections recorded between them.
 * Everything is marked illustrative: the real division of the money is not public.
 * Usage: {@code IllustrativeDataset <gatewayUrl>} (the gateway must hand out development tokens).
 */
public final class IllustrativeDataset {

    private static final String[] AREAS = { "VERWERVEN", "VOORKOMEN", "VERDEDIGEN", "VOORBEREIDEN", "VERVOLGEN" };
    private static final String[] PRIORITY_LINES = { "EARLY_DETECTION", "FINANCING", "DIGITAL_RESILIENCE",
            "DERADICALISATION", "INTERNATIONAL" };
    private static final String[] APPROACHES = { "PREVENTIVE", "REPRESSIVE", "CURATIVE" };
    private static final String[] LEADS = { "NCTV", "AIVD", "Politie", "Openbaar Ministerie", "FIOD" };
    private static final String[] TOPICS = { "inlichtingencapaciteit", "terrorismefinanciering", "online extremisme",
            "deradicalisering", "internationale samenwerking", "beveiliging vitale processen" };
    private static final long ENVELOPE_CENTS = 1_300_000_000L;
    private static final long LINE_CENTS = 260_000_000L;
    /** The day the letter's measures were adopted, and the first of the register's business dates. */
    private static final LocalDate ADOPTED = LocalDate.of(2017, 12, 18);
    public static final String FIRST_REPORT_DATE = "2019-04-01";
    public static final String SECOND_REPORT_DATE = "2022-05-01";
    public static final String CORRECTION_DATE = "2019-02-15";
    /** The year with classified measures, after both progress reports' peildatum so that neither holds it. */
    public static final int CLASSIFIED_YEAR = 2023;
    /** The codes of the classified measures' titles, to find them again (ADR 0016). */
    public static final String RESTRICTED_TITLE = "Illustratief vertrouwelijk: ";

    /** The first allocation of a year, on its first funded line: where the late corrections go. */
    private record Funded(int entries, String budgetLineId, String measureId, String allocationId) {
    }

    private final SuiteClient suite;

    public IllustrativeDataset(SuiteClient suite) {
        this.suite = suite;
    }

    public static void main(String[] args) {
        String gateway = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        // The local run's gateway keeps its production rate limit; the loader waits it out like any batch client.
        Api api = new Api(gateway, null).waitingWhenLimited();
        System.out.println(new IllustrativeDataset(new SuiteClient(api, developmentTokens(gateway))).load());
    }

    /**
     * A token per role from the gateway's development token endpoint, as the README shows, of the NCTV:
     * the central team enters the whole dataset, across the organisations that lead or own it (ADR 0015),
     * cleared for SECRET so that it may classify measures and go on working on them (ADR 0016).
     */
    public static Map<String, String> developmentTokens(String gateway) {
        return developmentTokens(gateway, "SECRET");
    }

    /** A token per role of the NCTV, with the clearance (null: none, so PUBLIC only). */
    public static Map<String, String> developmentTokens(String gateway, String clearance) {
        Map<String, String> tokens = new HashMap<>();
        for (String role : List.of("viewer", "measure-editor", "budget-controller", "admin")) {
            Api.Reply reply = new Api(gateway, null).get("/dev/tokens?role=" + role + "&organisation=NCTV"
                    + (clearance == null ? "" : "&clearance=" + clearance));
            tokens.put(role, SuiteClient.expect(reply, 200).path("accessToken").asText());
        }
        return tokens;
    }

    /** Loads everything in business order; returns a one-line summary. */
    public String load() {
        List<String> measures = registerMeasures();
        int items = parliament(measures);
        int entries = 0;
        Funded in2019 = null;
        for (int year = 2018; year <= 2021; year++) {
            suite.ensureEnvelope(year, ENVELOPE_CENTS, (year - 1) + "-12-18");
            Funded funded = fundYear(year, measures);
            entries += funded.entries();
            in2019 = year == 2019 ? funded : in2019;
        }
        suite.createProgressReport("Voortgangsrapportage Integrale aanpak terrorisme (illustratief, zoals Kamerstuk "
                + "29 754, nr. 500)", FIRST_REPORT_DATE, "2017-12-31", FIRST_REPORT_DATE);
        entries += correct(in2019);
        suite.createProgressReport("Voortgangsrapportage Integrale aanpak terrorisme (illustratief, zoals Kamerstuk "
                + "29 754, nr. 645)", SECOND_REPORT_DATE, "2019-04-02", SECOND_REPORT_DATE);
        entries += classifiedYear();
        return measures.size() + 5 + " measures (3 of them RESTRICTED), 5 envelopes, 24 budget lines (3 RESTRICTED), " + entries
                + " ledger entries and spendings dated 2017-2023, " + items + " commitments and motions, 2 progress reports"
                + " (all illustrative)";
    }

    /**
     * Commitments and motions to parliament linked to the measures, dated as made, decided and fulfilled:
     * one fulfilled before the first report, one overdue on its peildatum and fulfilled after it, one still
     * open (overdue by the second report), an adopted motion followed up, a rejected one.
     */
    private int parliament(List<String> measures) {
        String first = commitment("TZ201712-901", "Uw Kamer wordt in het voorjaar van 2018 geïnformeerd over de voortgang",
                "2017-12-20", "2018-04-30", measures.subList(0, 2));
        fulfil(first, "TZ201712-901", "Uw Kamer wordt in het voorjaar van 2018 geïnformeerd over de voortgang",
                "2017-12-20", "2018-04-30", measures.subList(0, 2), "29 754, nr. 460", "2018-04-26");
        String overdue = commitment("TZ201811-902", "Uw Kamer ontvangt een evaluatie van de deradicaliseringsaanpak",
                "2018-11-15", "2019-03-01", measures.subList(3, 5));
        fulfil(overdue, "TZ201811-902", "Uw Kamer ontvangt een evaluatie van de deradicaliseringsaanpak", "2018-11-15",
                "2019-03-01", measures.subList(3, 5), "29 754, nr. 520", "2019-09-10");
        commitment("TZ201906-903", "Uw Kamer wordt geïnformeerd over de financiering van online preventie",
                "2019-06-20", "2021-12-31", measures.subList(6, 8));
        String adopted = motion("2018Z05901", 441, "Motie over deradicalisering in detentie", "ADOPTED", "2018-03-27",
                "OPEN", null, measures.subList(1, 3), "2018-03-27");
        followUp(adopted, "2018Z05901", 441, "Motie over deradicalisering in detentie", "ADOPTED", "2018-03-27",
                "FULFILLED", "29 754, nr. 540", measures.subList(1, 3), "2020-02-01");
        motion("2019Z09902", 502, "Motie over een register van teruggekeerde strijders", "REJECTED", "2019-05-14",
                "LAPSED", null, List.of(), "2019-05-14");
        return 5;
    }

    private String commitment(String number, String text, String madeOn, String dueDate, List<String> measureIds) {
        return suite.enterParliamentItem("commitments", commitmentState(number, text, madeOn, dueDate, measureIds, "OPEN",
                null, madeOn));
    }

    private void fulfil(String id, String number, String text, String madeOn, String dueDate, List<String> measureIds,
            String letter, String on) {
        suite.replaceParliamentItem("commitments", id, commitmentState(number, text, madeOn, dueDate, measureIds,
                "FULFILLED", letter, on));
    }

    private static Map<String, Object> commitmentState(String number, String text, String madeOn, String dueDate,
            List<String> measureIds, String status, String letter, String effectiveOn) {
        Map<String, Object> item = new HashMap<>(Map.of("number", number, "text", text + " (illustratief)",
                "status", status, "madeOn", madeOn, "dueDate", dueDate, "ministry", "Justitie en Veiligheid",
                "measureIds", measureIds, "illustrative", true, "effectiveOn", effectiveOn));
        if (letter != null) {
            item.put("fulfilledBy", letter + " (illustratief)");
        }
        return item;
    }

    private String motion(String number, int volgnummer, String title, String decision, String decidedOn, String followUp,
            String letter, List<String> measureIds, String effectiveOn) {
        return suite.enterParliamentItem("motions", motionState(number, volgnummer, title, decision, decidedOn, followUp,
                letter, measureIds, effectiveOn));
    }

    private void followUp(String id, String number, int volgnummer, String title, String decision, String decidedOn,
            String followUp, String letter, List<String> measureIds, String effectiveOn) {
        suite.replaceParliamentItem("motions", id, motionState(number, volgnummer, title, decision, decidedOn, followUp,
                letter, measureIds, effectiveOn));
    }

    private static Map<String, Object> motionState(String number, int volgnummer, String title, String decision,
            String decidedOn, String followUp, String letter, List<String> measureIds, String effectiveOn) {
        Map<String, Object> item = new HashMap<>(Map.of("number", number, "dossierNumber", "29754",
                "volgnummer", volgnummer, "title", title + " (illustratief)", "submitters", List.of("Illustratief"),
                "cabinetAppreciation", "Oordeel Kamer", "decision", decision, "decidedOn", decidedOn,
                "followUpStatus", followUp, "measureIds", measureIds));
        item.putAll(Map.of("illustrative", true, "effectiveOn", effectiveOn));
        if (letter != null) {
            item.put("reportedIn", letter + " (illustratief)");
        }
        return item;
    }

    /**
     * Two late corrections, recorded after the first progress report was frozen and dated before its
     * peildatum: the second report lists them, the first never changes.
     */
    private int correct(Funded in2019) {
        suite.allocateOn(in2019.budgetLineId(), "DECREASE", in2019.measureId(), null, 2_500_000L,
                "Correctie (illustratief): toekenning februari 2019 te hoog geboekt", java.util.UUID.randomUUID().toString(),
                CORRECTION_DATE);
        suite.recordSpending(in2019.allocationId(), "expenditures", 3_000_000L, "2019-03-28",
                "Correctie (illustratief): nagekomen factuur maart 2019");
        return 2;
    }

    private List<String> registerMeasures() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String area = AREAS[i % AREAS.length];
            String priorityLine = i % 6 == 5 ? null : PRIORITY_LINES[i % PRIORITY_LINES.length];
            String title = "Illustratief: " + TOPICS[i % TOPICS.length] + " " + (i + 1);
            Map<String, Object> measure = suite.measure(title, area, priorityLine, APPROACHES[i % 3],
                    priorityLine == null ? "CONTINUATION" : "INTENSIFICATION", suite.organisationId(LEADS[i % LEADS.length]));
            measure.put("effectiveOn", ADOPTED.plusDays(i).toString());
            String id = suite.registerMeasure(measure);
            suite.addMilestone(id, "Plan van aanpak vastgesteld", "2018-03-31", i % 2 == 0 ? "2018-03-15" : null);
            suite.addMilestone(id, "Tussenevaluatie", "2019-06-30", null);
            assess(id, i);
            advance(id, stage(i), i);
            ids.add(id);
        }
        return ids;
    }

    private void assess(String id, int i) {
        String impact = List.of("NONE", "LOW", "MEDIUM", "HIGH").get(i % 4);
        Map<String, Object> assessment = new HashMap<>(Map.of("impactLevel", impact,
                "fundamentalRights", "NONE".equals(impact) ? List.of() : List.of("PRIVACY")));
        if (!incompleteHighImpact(i)) {
            assessment.put("legalBasis", "Illustratieve wettelijke grondslag");
            assessment.put("justification", "Illustratieve onderbouwing van noodzaak en proportionaliteit");
            assessment.put("reviewDate", i % 5 == 0 ? "2019-01-01" : "2022-01-01");
        }
        suite.assess(id, assessment);
    }

    /** Lifecycle stage of measure i; a HIGH-impact one without complete justification cannot be approved. */
    private static int stage(int i) {
        return incompleteHighImpact(i) ? 0 : i % 6;
    }

    private static boolean incompleteHighImpact(int i) {
        return i % 4 == 3 && i % 8 == 7;
    }

    /**
     * Walks the lifecycle so every status occurs, on dates through 2018-2021: 0 stays proposed,
     * 4 cancelled, 5 completed.
     */
    private void advance(String id, int stage, int i) {
        if (stage == 0) {
            return;
        }
        if (stage == 4) {
            suite.transition(id, "CANCELLED", "Illustratief: niet doorgezet", "2018-09-03");
            return;
        }
        suite.transition(id, "APPROVED", "Illustratief: goedgekeurd", LocalDate.of(2018, 1, 22).plusDays(i % 10).toString());
        if (stage >= 2) {
            suite.transition(id, "IN_PROGRESS", "Illustratief: uitvoering gestart",
                    LocalDate.of(2018, 4, 2).plusDays(i).toString());
        }
        if (stage == 5) {
            suite.transition(id, "COMPLETED", "Illustratief: afgerond", "2021-06-30");
        }
    }

    /**
     * The year's lines (decided on 20 December before it), allocations from mid-February, an increase
     * in May, a reallocation in September, a commitment in March and payments in June and November.
     */
    private Funded fundYear(int year, List<String> measures) {
        int entries = 0;
        Funded first = null;
        String owner = suite.organisationId("NCTV");
        for (int p = 0; p < PRIORITY_LINES.length; p++) {
            String line = suite.createBudgetLine(year, PRIORITY_LINES[p], "Illustratief: " + PRIORITY_LINES[p] + " " + year,
                    owner, LINE_CENTS, (year - 1) + "-12-20");
            List<String> funded = fundable(measures, p);
            for (String measure : funded) {
                entry(line, "ALLOCATE", measure, null, 80_000_000L, "Illustratieve toekenning",
                        LocalDate.of(year, 2, 15).plusDays(7L * p));
                entries++;
            }
            if (funded.size() >= 2) {
                entry(line, "INCREASE", funded.get(0), null, 10_000_000L, "Illustratieve ophoging", LocalDate.of(year, 5, 1));
                entry(line, "REALLOCATE", funded.get(0), funded.get(1), 5_000_000L, "Illustratieve herschikking",
                        LocalDate.of(year, 9, 1));
                String allocation = suite.allocationId(line, funded.get(0));
                suite.recordSpending(allocation, "commitments", 60_000_000L, year + "-03-20", "Illustratieve verplichting");
                suite.recordSpending(allocation, "expenditures", 25_000_000L, year + "-06-01", "Illustratieve uitgave");
                suite.recordSpending(allocation, "expenditures", 15_000_000L, year + "-11-15", "Illustratieve uitgave");
                entries += 5;
                first = first != null ? first : new Funded(0, line, funded.get(0), allocation);
            }
        }
        return new Funded(entries, first.budgetLineId(), first.measureId(), first.allocationId());
    }

    private void entry(String line, String kind, String measure, String toMeasure, long cents, String reason,
            LocalDate effectiveOn) {
        suite.allocateOn(line, kind, measure, toMeasure, cents, reason, java.util.UUID.randomUUID().toString(),
                effectiveOn.toString());
    }

    /**
     * Fiscal year 2023, from June (after both progress reports): a public line funding two public measures, and
     * three RESTRICTED lines of the AIVD each funding a RESTRICTED measure of the AIVD (ADR 0016: money for a
     * classified measure comes from a line classified as high). A viewer without clearance sees the three only
     * as the overview's confidential figure: three lines and three measures, so it is released and the totals
     * are the same for every reader.
     */
    private int classifiedYear() {
        String opened = CLASSIFIED_YEAR + "-06-01";
        suite.ensureEnvelope(CLASSIFIED_YEAR, ENVELOPE_CENTS, opened);
        String title = "Illustratief: " + PRIORITY_LINES[0] + " " + CLASSIFIED_YEAR;
        List<String> lines = new ArrayList<>(List.of(suite.createBudgetLine(CLASSIFIED_YEAR, PRIORITY_LINES[0], title,
                suite.organisationId("NCTV"), LINE_CENTS, opened)));
        lines.add(lines.get(0));
        for (int i = 0; i < 3; i++) {
            lines.add(suite.createBudgetLine(CLASSIFIED_YEAR, PRIORITY_LINES[0], RESTRICTED_TITLE + PRIORITY_LINES[0] + " "
                    + (i + 1), suite.organisationId("AIVD"), 40_000_000L, opened, "RESTRICTED"));
        }
        long[] cents = { 80_000_000L, 60_000_000L, 10_000_000L, 20_000_000L, 30_000_000L };
        for (int i = 0; i < cents.length; i++) {
            String id = approvedMeasureOfTheClassifiedYear(i, i >= 2);
            entry(lines.get(i), "ALLOCATE", id, null, cents[i], "Illustratieve toekenning",
                    LocalDate.of(CLASSIFIED_YEAR, 6, 15).plusDays(7L * i));
        }
        return cents.length;
    }

    private String approvedMeasureOfTheClassifiedYear(int i, boolean restricted) {
        Map<String, Object> measure = suite.measure((restricted ? RESTRICTED_TITLE : "Illustratief: ") + TOPICS[i] + " "
                + CLASSIFIED_YEAR, AREAS[i], PRIORITY_LINES[0], APPROACHES[i % 3], "INTENSIFICATION",
                suite.organisationId(restricted ? "AIVD" : "NCTV"));
        measure.put("startDate", CLASSIFIED_YEAR + "-01-01");
        measure.put("endDate", (CLASSIFIED_YEAR + 1) + "-12-31");
        measure.put("effectiveOn", CLASSIFIED_YEAR + "-06-01");
        measure.put("classification", restricted ? "RESTRICTED" : "PUBLIC");
        String id = suite.registerMeasure(measure);
        suite.assess(id, Map.of("impactLevel", "NONE", "fundamentalRights", List.of(), "legalBasis",
                "Illustratieve wettelijke grondslag", "justification", "Illustratieve onderbouwing", "reviewDate",
                (CLASSIFIED_YEAR + 1) + "-06-01"));
        suite.transition(id, "APPROVED", "Illustratief: goedgekeurd", CLASSIFIED_YEAR + "-06-02");
        return id;
    }

    /** Measures that may receive money (approved or in progress; stages 1-3), two per priority line. */
    private static List<String> fundable(List<String> measures, int priorityLine) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < measures.size() && result.size() < 2; i++) {
            int stage = stage(i);
            if (stage >= 1 && stage <= 3 && i % PRIORITY_LINES.length == priorityLine) {
                result.add(measures.get(i));
            }
        }
        return result;
    }
}
