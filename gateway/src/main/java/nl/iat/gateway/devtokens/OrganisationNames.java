package nl.iat.gateway.devtokens;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.jwt.build.Jwt;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import nl.iat.gateway.config.GatewayConfig;
import nl.iat.gateway.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds an organisation's id by its name for a development token ({@code ?organisation=AIVD}): the
 * measures-service owns the organisations, so the gateway asks its {@code GET /organisations?name=}
 * as any client would, with a viewer token it signs itself. Local run only, like the tokens.
 */
@ApplicationScoped
class OrganisationNames {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Inject
    GatewayConfig config;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @ConfigProperty(name = "mp.jwt.verify.audiences")
    List<String> audiences;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** The id of the organisation with exactly this name (case-insensitive), if the measures-service knows one. */
    Optional<UUID> idOf(String name) throws IOException, InterruptedException {
        GatewayConfig.Route measures = config.routes().get("measures");
        String base = measures.url().split(",")[0].strip() + measures.prefix();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/organisations?pageSize=100&name="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + Jwt.issuer(issuer).audience(audiences.get(0)).subject("dev-tokens")
                        .groups(Roles.VIEWER).expiresIn(Duration.ofMinutes(1)).sign())
                .GET().build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET /organisations answered " + response.statusCode());
        }
        JsonArray items = new JsonObject(response.body()).getJsonArray("items", new JsonArray());
        return items.stream().map(JsonObject.class::cast)
                .filter(organisation -> name.equalsIgnoreCase(organisation.getString("name")))
                .map(organisation -> UUID.fromString(organisation.getString("id")))
                .findFirst();
    }
}
