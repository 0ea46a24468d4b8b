package nl.iat.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Mints bearer tokens for any role, signed with a test key pair generated per build under
 * {@code target/test-keys} (never committed). The services under test verify with its public key.
 */
public final class TestTokens {

    public static final String ISSUER = "https://iat.local/issuer";
    public static final String AUDIENCE = "iat-suite";
    private static final Path KEYS = Path.of("target", "test-keys");

    private TestTokens() {
    }

    /** A valid token for the subject with the given roles. */
    public static String token(String subject, String... roles) {
        return claims(subject, roles).sign(privateKey());
    }

    /** A valid token whose subject is the role's name, e.g. "admin-client". */
    public static String forRole(String role) {
        return token(role + "-client", role);
    }

    public static String bearer(String role) {
        return "Bearer " + forRole(role);
    }

    /** The claims of a valid token, for tests that spoil one of them (issuer, audience, expiry). */
    public static JwtClaimsBuilder claims(String subject, String... roles) {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(roles))
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(30)));
    }

    public static PrivateKey privateKey() {
        try {
            ensureKeyPair();
            String pem = Files.readString(KEYS.resolve("private.pem"));
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException | NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("Cannot read the test signing key", e);
        }
    }

    /** Where the services under test find the public key ({@code mp.jwt.verify.publickey.location}). */
    public static String publicKeyLocation() {
        ensureKeyPair();
        return KEYS.resolve("public.pem").toAbsolutePath().toUri().toString();
    }

    private static synchronized void ensureKeyPair() {
        if (Files.exists(KEYS.resolve("public.pem")) && Files.exists(KEYS.resolve("private.pem"))) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(KEYS);
            Files.writeString(KEYS.resolve("private.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(KEYS.resolve("public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot create the test key pair", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
