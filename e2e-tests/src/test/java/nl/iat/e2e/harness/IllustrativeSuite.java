package nl.iat.e2e.harness;

import java.util.Map;

import nl.iat.e2e.client.SuiteClient;
import nl.iat.e2e.dataset.IllustrativeDataset;

/**
 * The suite as a newcomer finds it after {@code ./iat run}: the illustrative dataset loaded once
 * through the public APIs, with tokens from the gateway's development token endpoint.
 */
public final class IllustrativeSuite {

    private static Map<String, String> tokens;

    private IllustrativeSuite() {
    }

    /** The running suite, with the dataset loaded on first use. */
    public static synchronized Suite get() {
        Suite suite = Suite.get();
        if (tokens == null) {
            tokens = IllustrativeDataset.developmentTokens(suite.gatewayUrl());
            new IllustrativeDataset(new SuiteClient(suite.gatewayUrl(), tokens)).load();
        }
        return suite;
    }

    /** A development token, as the README tells a newcomer to get one ({@code GET /dev/tokens?role=...}). */
    public static String developmentToken(String role) {
        get();
        return tokens.get(role);
    }
}
