package nl.iat.e2e.harness;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import nl.iat.testing.TestTokens;

/** Valid and spoiled tokens for the security checks at the front door and behind it. */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String role) {
        return TestTokens.forRole(role);
    }

    /** A token of the role for a caller of that organisation (claim {@code organisation}, ADR 0015). */
    public static String of(String role, String organisationId) {
        return TestTokens.forOrganisation(role, organisationId);
    }

    public static String expired(String role) {
        return TestTokens.claims(role + "-client", role).issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).sign(TestTokens.privateKey());
    }

    public static String wrongIssuer(String role) {
        return TestTokens.claims(role + "-client", role).issuer("https://evil.example/issuer").sign(TestTokens.privateKey());
    }

    public static String wrongAudience(String role) {
        return TestTokens.claims(role + "-client", role).audience("another-api").sign(TestTokens.privateKey());
    }

    /** The same claims, unsigned, with {@code alg: none}. */
    public static String algNone(String role) {
        String valid = of(role);
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        return header + "." + valid.split("\\.")[1] + ".";
    }

    /** A valid token whose payload was changed after signing (role raised to admin). */
    public static String tampered(String role) {
        String[] parts = of(role).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"" + role + "\"", "\"admin\"");
        return parts[0] + "." + base64(payload) + "." + parts[2];
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
