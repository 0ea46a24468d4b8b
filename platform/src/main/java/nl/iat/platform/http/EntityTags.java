package nl.iat.platform.http;

import nl.iat.platform.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP: a resource's version is its ETag, and an update must send the
 * ETag it read in {@code If-Match} (428 when missing, 412 when stale).
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "Precondition Required",
                    "Send the ETag of the version you read in the If-Match header");
        }
        String expected = of(currentVersion);
        boolean matches = ifMatch.trim().equals("*") || java.util.Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(expected::equals);
        if (!matches) {
            throw new ProblemException(412, "Precondition Failed",
                    "The resource has changed since you read it (current ETag " + expected + "); read it again");
        }
    }
}
