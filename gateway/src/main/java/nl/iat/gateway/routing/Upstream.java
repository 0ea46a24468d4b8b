package nl.iat.gateway.routing;

import java.net.URI;
import java.util.Set;

/**
 * One service behind the gateway: the path prefix it owns, where it runs, and who may write to it.
 * Paths are passed on unchanged, so the prefix is both the public and the upstream path.
 */
public record Upstream(String name, String prefix, URI origin, Set<String> writeRoles) {

    /** The documents Swagger UI loads before anyone has a token. */
    private static final Set<String> PUBLIC_DOCUMENTS = Set.of("/openapi.json", "/asyncapi.yaml");

    public boolean owns(String path) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    public boolean isPublicDocument(String path) {
        return owns(path) && PUBLIC_DOCUMENTS.contains(path.substring(prefix.length()));
    }

    public String host() {
        return origin.getHost();
    }

    public int port() {
        if (origin.getPort() != -1) {
            return origin.getPort();
        }
        return "https".equals(origin.getScheme()) ? 443 : 80;
    }

    public boolean tls() {
        return "https".equals(origin.getScheme());
    }
}
