package nl.iat.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One service behind the gateway: the path prefix it owns, where its replicas run (one or more
 * origins, all http or all https), and who may write to it. Paths are passed on unchanged, so the
 * prefix is both the public and the upstream path.
 */
public record Upstream(String name, String prefix, List<URI> origins, Set<String> writeRoles) {

    public Upstream {
        origins = List.copyOf(origins);
        if (origins.isEmpty() || origins.stream().map(URI::getScheme).distinct().count() != 1) {
            throw new IllegalArgumentException("The " + name + " service needs one or more URLs of one scheme: " + origins);
        }
    }

    /** The documents Swagger UI loads before anyone has a token. */
    private static final Set<String> PUBLIC_DOCUMENTS = Set.of("/openapi.json", "/asyncapi.yaml");
    /** The event schemas an AsyncAPI document refers to, served beside it (event-contracts). */
    private static final Pattern PUBLIC_SCHEMA = Pattern.compile("/schemas/[A-Za-z0-9.-]+\\.schema\\.json");

    public boolean owns(String path) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    public boolean isPublicDocument(String path) {
        if (!owns(path)) {
            return false;
        }
        String local = path.substring(prefix.length());
        return PUBLIC_DOCUMENTS.contains(local) || PUBLIC_SCHEMA.matcher(local).matches();
    }

    /** Whether host and port are those of one of the service's replicas. */
    public boolean runsAt(String host, int port) {
        return origins.stream().anyMatch(o -> o.getHost().equalsIgnoreCase(host) && port(o) == port);
    }

    public boolean tls() {
        return "https".equals(origins.get(0).getScheme());
    }

    public static int port(URI origin) {
        if (origin.getPort() != -1) {
            return origin.getPort();
        }
        return "https".equals(origin.getScheme()) ? 443 : 80;
    }
}
