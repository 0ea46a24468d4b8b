package nl.iat.e2e.harness;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.function.Consumer;

/**
 * The clients generated from the committed OpenAPI documents (e2e-tests/pom.xml), pointed at the
 * gateway with a bearer token. Each keeps its document's server URL ({@code /api/measures/v1}, ...)
 * as its base path: only scheme, host and port come from the gateway.
 */
public final class GeneratedClients {

    private GeneratedClients() {
    }

    public static nl.iat.client.measures.ApiClient measures(String token) {
        URI gateway = gateway();
        return new nl.iat.client.measures.ApiClient().setScheme(gateway.getScheme())
                .setHost(gateway.getHost()).setPort(gateway.getPort()).setRequestInterceptor(bearer(token));
    }

    public static nl.iat.client.budget.ApiClient budget(String token) {
        URI gateway = gateway();
        return new nl.iat.client.budget.ApiClient().setScheme(gateway.getScheme())
                .setHost(gateway.getHost()).setPort(gateway.getPort()).setRequestInterceptor(bearer(token));
    }

    public static nl.iat.client.reports.ApiClient reports(String token) {
        URI gateway = gateway();
        return new nl.iat.client.reports.ApiClient().setScheme(gateway.getScheme())
                .setHost(gateway.getHost()).setPort(gateway.getPort()).setRequestInterceptor(bearer(token));
    }

    private static URI gateway() {
        return URI.create(Suite.get().gatewayUrl());
    }

    private static Consumer<HttpRequest.Builder> bearer(String token) {
        return request -> request.header("Authorization", "Bearer " + token);
    }
}
