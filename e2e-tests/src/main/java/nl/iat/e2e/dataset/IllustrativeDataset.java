package nl.iat.e2e.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.iat.e2e.client.Api;
import nl.iat.e2e.client.SuiteClient;

/**
 * Loads an illustrative dataset through the public APIs of a running suite, so a newcomer sees a
 * living system: the EUR 13,000,000 envelope for 2018-2021, budget lines per priority line, thirty
 * measures over the five intervention areas in every status, with milestones and assessments (some
 * HIGH impact), allocations, reallocations, commitments, expenditures and one progress report.
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

    private final SuiteClient suite;

    public IllustrativeDataset(SuiteClient suite) {
        this.suite = suite;
    }

    public static void main(String[] args) {
        String gateway = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        System.out.println(new IllustrativeDataset(new SuiteClient(gateway, developmentTokens(gateway))).load());
    }

    /** A token per role from the gateway's development token endpoint, as the README shows. */
    public static Map<String, String> developmentTokens(String gateway) {
        Map<String, String> tokens = new HashMap<>();
        for (String role : List.of("viewer", "measure-editor", "budget-controller", "admin")) {
            Api.Reply reply = new Api(gateway, null).get("/dev/tokens?role=" + role);
            tokens.put(role, SuiteClient.expect(reply, 200).path("accessToken").asText());
        }
        return tokens;
    }

    /** Loads everything; returns a one-line summary. */
    public String load() {
        List<String> measures = registerMeasures();
        int allocations = 0;
        for (int year = 2018; year <= 2021; year++) {
            suite.ensureEnvelope(year, ENVELOPE_CENTS);
            allocations += fundYear(year, measures);
        }
        // A progress report freezes a day that has ended.
        String yesterday = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
        suite.createProgressReport("Voortgangsrapportage Integrale aanpak terrorisme (illustratief)", yesterday,
                "2017-12-31", yesterday);
        return measures.size() + " measures, 4 envelopes, 20 budget lines, " + allocations
                + " ledger entries and spendings, 1 progress report (all illustrative)";
    }

    private List<String> registerMeasures() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String area = AREAS[i % AREAS.length];
            String priorityLine = i % 6 == 5 ? null : PRIORITY_LINES[i % PRIORITY_LINES.length];
            String title = "Illustratief: " + TOPICS[i % TOPICS.length] + " " + (i + 1);
            String id = suite.registerMeasure(suite.measure(title, area, priorityLine, APPROACHES[i % 3],
                    priorityLine == null ? "CONTINUATION" : "INTENSIFICATION",
                    suite.organisationId(LEADS[i % LEADS.length])));
            suite.addMilestone(id, "Plan van aanpak vastgesteld", "2018-03-31", i % 2 == 0 ? "2018-03-15" : null);
            suite.addMilestone(id, "Tussenevaluatie", "2019-06-30", null);
            assess(id, i);
            advance(id, stage(i));
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

    /** Walks the lifecycle so every status occurs: 0 stays proposed, 4 cancelled, 5 completed. */
    private void advance(String id, int stage) {
        if (stage == 0) {
            return;
        }
        if (stage == 4) {
            suite.transition(id, "CANCELLED", "Illustratief: niet doorgezet");
            return;
        }
        suite.transition(id, "APPROVED", "Illustratief: goedgekeurd");
        if (stage >= 2) {
            suite.transition(id, "IN_PROGRESS", "Illustratief: uitvoering gestart");
        }
        if (stage == 5) {
            suite.transition(id, "COMPLETED", "Illustratief: afgerond");
        }
    }

    private int fundYear(int year, List<String> measures) {
        int entries = 0;
        String owner = suite.organisationId("NCTV");
        for (int p = 0; p < PRIORITY_LINES.length; p++) {
            String line = suite.createBudgetLine(year, PRIORITY_LINES[p], "Illustratief: " + PRIORITY_LINES[p] + " " + year,
                    owner, LINE_CENTS);
            List<String> funded = fundable(measures, p);
            for (String measure : funded) {
                suite.allocate(line, "ALLOCATE", measure, null, 80_000_000L, "Illustratieve toekenning");
                entries++;
            }
            if (funded.size() >= 2) {
                suite.allocate(line, "INCREASE", funded.get(0), null, 10_000_000L, "Illustratieve ophoging");
                suite.allocate(line, "REALLOCATE", funded.get(0), funded.get(1), 5_000_000L, "Illustratieve herschikking");
                String allocation = suite.allocationId(line, funded.get(0));
                suite.recordSpending(allocation, "commitments", 60_000_000L, year + "-03-01", "Illustratieve verplichting");
                suite.recordSpending(allocation, "expenditures", 25_000_000L, year + "-06-01", "Illustratieve uitgave");
                entries += 4;
            }
        }
        return entries;
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
