package nl.iat.e2e.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The numbers each scenario states (requests, accepted, refused, events, totals, time to converge):
 * printed as the scenario ends and written to docs/reliability.md when the test JVM exits. The
 * rows of scenarios this JVM did not run are kept: the dataset scenarios run in a JVM of their own.
 */
public final class Figures {

    /** By scenario number, figures by name: the file reads the same whichever order the scenarios ran in. */
    private static final Comparator<String> BY_NUMBER =
            Comparator.comparingInt((String name) -> Integer.parseInt(name.split(" ", 2)[0])).thenComparing(name -> name);
    private static final Map<String, String> SCENARIOS = new TreeMap<>(BY_NUMBER);
    private static final Pattern ROW = Pattern.compile("^\\| (\\d+ [^|]+) \\| (.*) \\|$");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Figures::write, "reliability-figures"));
    }

    private Figures() {
    }

    public static synchronized void record(String scenario, Map<String, Object> figures) {
        SCENARIOS.put(scenario, new TreeMap<>(figures).entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; ")));
        System.out.println("[" + scenario + "] " + figures);
    }

    private static synchronized void write() {
        if (SCENARIOS.isEmpty()) {
            return;
        }
        Path file = Path.of(System.getProperty("iat.root", "..")).toAbsolutePath().normalize()
                .resolve("docs/reliability.md");
        Map<String, String> rows = new TreeMap<>(BY_NUMBER);
        rows.putAll(earlierRows(file));
        rows.putAll(SCENARIOS);
        StringBuilder text = new StringBuilder()
                .append("# Reliability figures\n\n")
                .append("Last written by the end-to-end scenarios (`e2e-tests`, run by `./iat test`) on ")
                .append(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append(", on real processes (standalone Kafka broker, the packaged services, PostgreSQL), ")
                .append("through the gateway with tokens. Machine: ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores.\n\n")
                .append("| scenario | figures |\n|---|---|\n");
        rows.forEach((name, figures) -> text.append("| ").append(name).append(" | ").append(figures).append(" |\n"));
        try {
            Files.writeString(file, text.toString());
        } catch (IOException e) {
            System.err.println("Cannot write docs/reliability.md: " + e.getMessage());
        }
    }

    private static Map<String, String> earlierRows(Path file) {
        Map<String, String> rows = new TreeMap<>(BY_NUMBER);
        try {
            for (String line : Files.exists(file) ? Files.readAllLines(file) : List.<String>of()) {
                Matcher row = ROW.matcher(line);
                if (row.matches()) {
                    rows.put(row.group(1), row.group(2));
                }
            }
        } catch (IOException e) {
            System.err.println("Cannot read docs/reliability.md: " + e.getMessage());
        }
        return rows;
    }
}
