package nl.iat.e2e.harness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.function.Consumer;

/**
 * The clients generated from the committed OpenAPI documents (e2e-tests/pom.xml), pointed at the
 * gateway with a bearer token. Each keeps its document's server URL ({@code /api/measures/v1}, ...)
 * as its base path: only scheme, host and port come from the gateway. Their exchanges are checked
 * against the documents like every other ({@link ContractCheck}).
 */
public final class GeneratedClients {

    private GeneratedClients() {
    }

    public static nl.iat.client.measures.ApiClient measures(String token) {
        URI gateway = gateway();
        return new nl.iat.client.measures.ApiClient() {
            @Override
            public HttpClient getHttpClient() {
                return observed(super.getHttpClient());
            }
        }.setScheme(gateway.getScheme()).setHost(gateway.getHost()).setPort(gateway.getPort())
                .setRequestInterceptor(bearer(token));
    }

    public static nl.iat.client.budget.ApiClient budget(String token) {
        URI gateway = gateway();
        return new nl.iat.client.budget.ApiClient() {
            @Override
            public HttpClient getHttpClient() {
                return observed(super.getHttpClient());
            }
        }.setScheme(gateway.getScheme()).setHost(gateway.getHost()).setPort(gateway.getPort())
                .setRequestInterceptor(bearer(token));
    }

    public static nl.iat.client.reports.ApiClient reports(String token) {
        URI gateway = gateway();
        return new nl.iat.client.reports.ApiClient() {
            @Override
            public HttpClient getHttpClient() {
                return observed(super.getHttpClient());
            }
        }.setScheme(gateway.getScheme()).setHost(gateway.getHost()).setPort(gateway.getPort())
                .setRequestInterceptor(bearer(token));
    }

    private static URI gateway() {
        return URI.create(Suite.get().gatewayUrl());
    }

    private static HttpClient observed(HttpClient client) {
        return new ObservedHttpClient(client, ContractCheck.INSTANCE);
    }

    private static Consumer<HttpRequest.Builder> bearer(String token) {
        return request -> request.header("Authorization", "Bearer " + token);
    }
}
