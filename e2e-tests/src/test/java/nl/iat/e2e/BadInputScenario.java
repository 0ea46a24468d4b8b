package nl.iat.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.iat.e2e.client.Api;
import nl.iat.e2e.harness.Figures;
import nl.iat.e2e.harness.MalformedRequests;
import nl.iat.e2e.harness.MalformedRequests.Variant;
import nl.iat.e2e.harness.Reports;
import nl.iat.e2e.harness.Suite;
import nl.iat.e2e.harness.Tokens;
import nl.iat.platform.security.Roles;
import org.junit.jupiter.api.Test;

/**
 * Scenario 8: for every write operation in the three OpenAPI documents, generated malformed
 * variants get a 4xx problem+json at the gateway and change no figure in any report.
 */
class BadInputScenario {

    @Test
    void everyMalformedVariantOfEveryWriteOperationIsRefusedAndChangesNothing() {
        Suite suite = Suite.get();
        Api admin = new Api(suite.gatewayUrl(), Tokens.of(Roles.ADMIN));
        String before = Reports.settledSnapshot(admin);
        List<Variant> variants = new ArrayList<>();
        for (String api : List.of("measures", "budget", "reports")) {
            variants.addAll(new MalformedRequests(admin.get("/api/" + api + "/v1/openapi.json").json()).variants());
        }
        List<String> failures = new ArrayList<>();
        for (Variant variant : variants) {
            Api.Reply reply = admin.send(variant.method(), variant.path(), variant.body(), variant.contentType(),
                    Map.of("If-Match", "\"1\"", "Idempotency-Key", java.util.UUID.randomUUID().toString()));
            boolean refused = reply.status() >= 400 && reply.status() < 500 && reply.isProblem();
            if (!refused) {
                failures.add(variant + " -> " + reply);
            }
        }
        String after = Reports.settledSnapshot(admin);
        Figures.record("8 bad input", Map.of("write operations' variants", variants.size(),
                "refused with 4xx problem", variants.size() - failures.size(), "reports unchanged", before.equals(after)));
        assertTrue(variants.size() > 50, "variants were generated from the documents: " + variants.size());
        assertTrue(failures.isEmpty(), failures.size() + " variants not refused:\n" + String.join("\n", failures));
        assertEquals(before, after, "no report figure changed");
    }
}
