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
    private static Map<String, String> uncleared;

    private IllustrativeSuite() {
    }

    /** The running suite, with the dataset loaded on first use. */
    public static synchronized Suite get() {
        Suite suite = Suite.get();
        if (tokens == null) {
            tokens = IllustrativeDataset.developmentTokens(suite.gatewayUrl());
            new IllustrativeDataset(new SuiteClient(suite.gatewayUrl(), tokens)).load();
            uncleared = IllustrativeDataset.developmentTokens(suite.gatewayUrl(), null);
        }
        return suite;
    }

    /**
     * A development token of the NCTV, as the README tells a newcomer to get one ({@code GET /dev/tokens?role=...}):
     * without clearance, so it sees PUBLIC items only, as the dashboard's own token does.
     */
    public static String developmentToken(String role) {
        get();
        return uncleared.get(role);
    }

    /** A development token of the NCTV cleared for SECRET: the one the dataset was entered with. */
    public static String clearedToken(String role) {
        get();
        return tokens.get(role);
    }
}
