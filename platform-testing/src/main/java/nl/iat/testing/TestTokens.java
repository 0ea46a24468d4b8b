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
 * A token carries the caller's organisation in the {@code organisation} claim (ADR 0015):
 * {@link #forRole} that of the central team (the coordinating NCTV), {@link #forOrganisation} any. Without a
 * {@code clearance} claim a caller sees PUBLIC items only; {@link #withClearance} adds one.
 */
public final class TestTokens {

    public static final String ISSUER = "https://iat.local/issuer";
    public static final String AUDIENCE = "iat-suite";
    /** The NCTV of the seeded reference data, the coordinating organisation by default. */
    public static final String COORDINATING_ORGANISATION = "00000000-0000-4000-8000-000000000001";
    public static final String ORGANISATION_CLAIM = "organisation";
    public static final String CLEARANCE_CLAIM = "clearance";
    private static final Path KEYS = Path.of("target", "test-keys");

    private TestTokens() {
    }

    /** A valid token for the subject with the given roles. */
    public static String token(String subject, String... roles) {
        return claims(subject, roles).sign(privateKey());
    }

    /** A valid token of the central team: subject the role's name ("admin-client"), the coordinating organisation. */
    public static String forRole(String role) {
        return forOrganisation(role, COORDINATING_ORGANISATION);
    }

    /** A valid token of a caller of the organisation, subject e.g. "measure-editor-of-00000000-...-000000000002". */
    public static String forOrganisation(String role, String organisationId) {
        String subject = COORDINATING_ORGANISATION.equals(organisationId) ? role + "-client" : role + "-of-" + organisationId;
        return claims(subject, role).claim(ORGANISATION_CLAIM, organisationId).sign(privateKey());
    }

    /** A valid token of a caller of the organisation with a clearance (PUBLIC, RESTRICTED, SECRET; ADR 0016). */
    public static String withClearance(String role, String organisationId, String clearance) {
        String subject = role + "-of-" + organisationId + "-cleared-" + clearance;
        return claims(subject, role).claim(ORGANISATION_CLAIM, organisationId).claim(CLEARANCE_CLAIM, clearance)
                .sign(privateKey());
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
