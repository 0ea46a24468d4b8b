package nl.iat.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import nl.iat.e2e.client.Api;
import nl.iat.e2e.harness.Fixtures;
import nl.iat.e2e.harness.Suite;
import nl.iat.e2e.harness.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, proven through the gateway for every operation of the three served documents
 * and every role: a role the operation states ({@code x-roles}) gets past both the gateway and the
 * service (any answer but 401, 403 or 5xx), any other role gets a 403 problem, no token a 401. The
 * matrix is read from the documents, so a new operation cannot be left out, and the documents' roles
 * must keep the README's table (admin does everything, every role reads). Requests change
 * nothing: ids are unknown and bodies carry a property no schema has.
 */
class RoleMatrixScenario {

    private static final List<String> ROLES = List.of("viewer", "measure-editor", "budget-controller", "admin");
    private static final List<String> APIS = List.of("/api/measures/v1", "/api/budget/v1", "/api/reports/v1");
    private static final Map<String, Object> PROBE_BODY = Map.of("matrixProbe", true);

    @Test
    void everyOperationAnswersEveryRoleAsItsDocumentSays() {
        Api anonymous = new Api(Suite.get().gatewayUrl(), null);
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        int operations = 0;
        for (String base : APIS) {
            JsonNode document = anonymous.get(base + "/openapi.json").json();
            for (var path : iterable(document.path("paths").fields())) {
                for (var operation : iterable(path.getValue().fields())) {
                    String method = operation.getKey().toUpperCase();
                    String url = base + fill(path.getKey(), operation.getValue());
                    Object body = operation.getValue().has("requestBody") ? PROBE_BODY : null;
                    List<String> allowed = Api.JSON.convertValue(operation.getValue().path("x-roles"), List.class);
                    operations++;
                    keepsTheReadmeRules(wrong, method + " " + base + path.getKey(), allowed);
                    check(wrong, method + " " + url + " without token", anonymous.send(method, url, body,
                            "application/json", Map.of()), 401);
                    for (String role : ROLES) {
                        Api.Reply reply = anonymous.withToken(Tokens.of(role)).send(method, url, body, "application/json", Map.of());
                        // The one operation without a body to refuse starts a real rebuild: let it finish.
                        Fixtures.awaitRebuild(anonymous, reply);
                        check(wrong, method + " " + url + " as " + role, reply, allowed.contains(role) ? 0 : 403);
                        cells++;
                    }
                }
            }
        }
        System.out.printf("[role matrix] %d operations x %d roles = %d cells, plus %d calls without a token%n",
                operations, ROLES.size(), cells, operations);
        assertTrue(operations >= 60, "the documents list every operation: " + operations);
        assertEquals(List.of(), wrong, "operations whose answer to a role differs from their document");
    }

    /**
     * The README's table: admin may do everything, and every role reads everything except the
     * rebuilds' status (an operator's concern) and the access log (ADR 0016: who read what is for admins).
     */
    private static void keepsTheReadmeRules(List<String> wrong, String operation, List<String> allowed) {
        boolean read = operation.startsWith("GET ") && !operation.contains("/rebuilds") && !operation.contains("/access-log");
        if (!allowed.contains("admin") || read && !allowed.containsAll(ROLES)) {
            wrong.add(operation + ": its roles " + allowed + " break the README's role table");
        }
    }

    /** Expected 0 means "allowed": anything but 401, 403 or a server error. */
    private static void check(List<String> wrong, String call, Api.Reply reply, int expected) {
        boolean ok = expected == 0 ? reply.status() > 0 && reply.status() < 500 && reply.status() != 401 && reply.status() != 403
                : reply.status() == expected && reply.isProblem();
        if (!ok) {
            wrong.add(call + ": expected " + (expected == 0 ? "allowed" : expected) + ", got " + reply);
        }
    }

    /** Path parameters get values no record has: unknown ids, a year without an envelope. */
    private static String fill(String path, JsonNode operation) {
        String filled = path;
        for (JsonNode parameter : operation.path("parameters")) {
            if ("path".equals(parameter.path("in").asText())) {
                String type = parameter.path("schema").path("type").asText();
                String value = "integer".equals(type) ? "1900" : UUID.randomUUID().toString();
                filled = filled.replace("{" + parameter.path("name").asText() + "}", value);
            }
        }
        return filled;
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }
}
