package nl.iat.e2e.harness;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.Yaml;

/**
 * The operators' files in deploy/observability, parsed: the Grafana dashboard's and the alerting
 * rules' PromQL expressions, and the metric names they read.
 * <p>
 * Metric names are found crudely, without a PromQL parser: string literals, label matchers
 * ({@code {...}}), range and subquery selectors ({@code [...]}, where Grafana's
 * {@code $__rate_interval} sits) and label lists of {@code by}, {@code without}, {@code on},
 * {@code ignoring}, {@code group_left} and {@code group_right} are removed; then every identifier that
 * is not followed by {@code (} (a function or aggregation) and is not a keyword ({@code and},
 * {@code or}, {@code unless}, {@code bool}, {@code offset}, {@code inf}, {@code nan}) is a metric name.
 * Enough for the expressions we write; {@link #metricNames} is tested on the tricky cases.
 */
public final class ObservabilityFiles {

    public static final Path ROOT = Path.of(System.getProperty("iat.root", "..")).toAbsolutePath().normalize();
    public static final Path DASHBOARD = ROOT.resolve("deploy/observability/grafana/dashboards/iat-suite.json");
    public static final Path ALERTS = ROOT.resolve("deploy/observability/prometheus/alerts.yaml");

    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "inf", "nan");
    private static final Pattern LABEL_LIST = Pattern.compile(
            "\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", Pattern.CASE_INSENSITIVE);
    // Possessive, so "rate(" is never read as the identifier "rat" followed by "e".
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$:])([a-zA-Z_:][a-zA-Z0-9_:]*+)(?!\\s*\\()");

    private ObservabilityFiles() {
    }

    /** A Prometheus alerting rule: its name, expression and annotations. */
    public record Alert(String name, String expr, Map<String, Object> annotations) {
    }

    /** Every panel target's expression of the dashboard. */
    public static List<String> dashboardExpressions() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            panel.path("targets").forEach(target -> expressions.add(target.path("expr").asText()));
        }
        return expressions;
    }

    @SuppressWarnings("unchecked") // the rule file's structure, as Prometheus defines it
    public static List<Alert> alerts() throws IOException {
        try (Reader reader = Files.newBufferedReader(ALERTS)) {
            Map<String, Object> file = new Yaml().load(reader);
            List<Alert> alerts = new ArrayList<>();
            for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
                for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                    alerts.add(new Alert((String) rule.get("alert"), (String) rule.get("expr"),
                            (Map<String, Object>) rule.get("annotations")));
                }
            }
            return alerts;
        }
    }

    /** The metric names an expression reads (see the class comment for how). */
    public static Set<String> metricNames(String expression) {
        String stripped = expression.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
                .replaceAll("\\{[^}]*}", "{}")
                .replaceAll("\\[[^]]*]", "[]");
        stripped = LABEL_LIST.matcher(stripped).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(stripped);
        while (identifier.find()) {
            if (!KEYWORDS.contains(identifier.group(1).toLowerCase())) {
                names.add(identifier.group(1));
            }
        }
        return names;
    }
}
