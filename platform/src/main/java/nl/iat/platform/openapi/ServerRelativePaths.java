package nl.iat.platform.openapi;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Makes every path relative to the document's server URL. The server URL carries the API's base
 * ({@code /api/measures/v1}, as the NL GOV rule on versions in the URI asks), so a path that
 * repeated it would make Swagger UI and every generated client call the base twice.
 */
final class ServerRelativePaths {

    private ServerRelativePaths() {
    }

    static void apply(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            return;
        }
        String base = URI.create(openAPI.getServers().get(0).getUrl()).getPath().replaceAll("/$", "");
        if (base.isEmpty()) {
            return;
        }
        Map<String, PathItem> relative = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems().forEach((path, item) ->
                relative.put(path.startsWith(base + "/") ? path.substring(base.length()) : path, item));
        openAPI.getPaths().setPathItems(relative);
    }
}
