package nl.iat.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Prometheus text format of {@code /q/metrics}: the value of one series, or every metric
 * name present. Enough for tests; label values with escaped quotes are not needed here.
 */
public final class PrometheusText {

    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)\\})?\\s+(\\S+).*");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"([^\"]*)\"");

    private PrometheusText() {
    }

    /**
     * The sum of the samples of {@code name} whose labels include all of {@code labels} (0 when there
     * is none), so a test can ask for one label and add up the rest.
     */
    public static double value(String text, String name, Map<String, String> labels) {
        double sum = 0;
        for (String line : text.lines().toList()) {
            Matcher sample = SAMPLE.matcher(line);
            if (!line.startsWith("#") && sample.matches() && sample.group(1).equals(name)
                    && labelsOf(sample.group(3)).entrySet().containsAll(labels.entrySet())) {
                sum += Double.parseDouble(sample.group(4));
            }
        }
        return sum;
    }

    /** Whether at least one sample of {@code name} is present. */
    public static boolean has(String text, String name) {
        return names(text).contains(name);
    }

    /** Every metric name that has a sample. */
    public static Set<String> names(String text) {
        Set<String> names = new TreeSet<>();
        for (String line : text.lines().toList()) {
            Matcher sample = SAMPLE.matcher(line);
            if (!line.startsWith("#") && sample.matches()) {
                names.add(sample.group(1));
            }
        }
        return names;
    }

    private static Map<String, String> labelsOf(String labels) {
        Map<String, String> map = new LinkedHashMap<>();
        if (labels != null) {
            Matcher label = LABEL.matcher(labels);
            while (label.find()) {
                map.put(label.group(1), label.group(2));
            }
        }
        return map;
    }
}
