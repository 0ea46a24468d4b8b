package nl.iat.e2e.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The numbers each scenario states (requests, accepted, refused, events, totals, time to converge):
 * printed as the scenario ends and written to docs/reliability.md when the test JVM exits.
 */
public final class Figures {

    /** By scenario number, figures by name: the file reads the same whichever order the scenarios ran in. */
    private static final Map<String, Map<String, Object>> SCENARIOS = new TreeMap<>(
            Comparator.comparingInt((String name) -> Integer.parseInt(name.split(" ", 2)[0])).thenComparing(name -> name));

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Figures::write, "reliability-figures"));
    }

    private Figures() {
    }

    public static synchronized void record(String scenario, Map<String, Object> figures) {
        SCENARIOS.put(scenario, new TreeMap<>(figures));
        System.out.println("[" + scenario + "] " + figures);
    }

    private static synchronized void write() {
        if (SCENARIOS.isEmpty()) {
            return;
        }
        Path root = Path.of(System.getProperty("iat.root", "..")).toAbsolutePath().normalize();
        StringBuilder text = new StringBuilder()
                .append("# Reliability figures\n\n")
                .append("Written by the end-to-end scenarios (`e2e-tests`, run by `./iat test`) on ")
                .append(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append(", on real processes (standalone Kafka broker, the packaged services, PostgreSQL), ")
                .append("through the gateway with tokens. Machine: ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores.\n\n")
                .append("| scenario | figures |\n|---|---|\n");
        SCENARIOS.forEach((name, figures) -> text.append("| ").append(name).append(" | ")
                .append(figures.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining("; ")))
                .append(" |\n"));
        try {
            Files.writeString(root.resolve("docs/reliability.md"), text.toString());
        } catch (IOException e) {
            System.err.println("Cannot write docs/reliability.md: " + e.getMessage());
        }
    }
}
