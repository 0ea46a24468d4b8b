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
        if (!listed(ifMatch, expected)) {
            throw new ProblemException(412, "Precondition Failed",
                    "The resource has changed since you read it (current ETag " + expected + "); read it again");
        }
    }

    /**
     * Whether an {@code If-Match} or {@code If-None-Match} header lists {@code tag} (quoted, as
     * {@link #of} makes it) or is {@code *}; weak and strong forms of a tag are the same here.
     */
    public static boolean listed(String header, String tag) {
        return header.trim().equals("*") || java.util.Arrays.stream(header.split(","))
                .map(String::trim)
                .map(listedTag -> listedTag.startsWith("W/") ? listedTag.substring(2) : listedTag)
                .anyMatch(tag::equals);
    }
}
