package nl.iat.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import nl.iat.e2e.client.Api;
import nl.iat.e2e.client.SuiteClient;
import nl.iat.e2e.harness.Fixtures;
import nl.iat.e2e.harness.OrganisationRequests;
import nl.iat.e2e.harness.OrganisationRequests.Request;
import nl.iat.e2e.harness.OrganisationRequests.Side;
import nl.iat.e2e.harness.Suite;
import nl.iat.e2e.harness.Tokens;
import nl.iat.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Who may write what, on whose records (ADR 0015), proven through the gateway for every write
 * operation of the three served documents, every role and both organisations: the caller's own
 * and another one, neither coordinating. The expected answer is read from each operation's
 * {@code x-roles} and {@code x-organisation-scope}, so a new operation cannot be left out: one
 * without a valid request in {@link OrganisationRequests} fails the scenario. Requests are valid, so
 * they reach the check on the object; a refusal is a 403 problem and leaves the record as it was.
 */
class OrganisationMatrixScenario {

    private static final List<String> ROLES = List.of("viewer", "measure-editor", "budget-controller", "admin");
    private static final List<String> APIS = List.of("/api/measures/v1", "/api/budget/v1", "/api/reports/v1");
    private static final List<String> WRITES = List.of("post", "put", "patch", "delete");
    private static final int ALLOWED = 0;

    private final Api anonymous = new Api(Suite.get().gatewayUrl(), null);
    private final List<String> wrong = new ArrayList<>();
    private final List<String> uncovered = new ArrayList<>();
    private int cells;
    private int operations;

    @Test
    void everyWriteAnswersEachRoleOfEachOrganisationAsItsDocumentSays() {
        SuiteClient central = Fixtures.client();
        String own = central.organisationId("AIVD");
        String other = central.organisationId("Politie");
        assertNotEquals(TestTokens.COORDINATING_ORGANISATION, own);
        assertNotEquals(TestTokens.COORDINATING_ORGANISATION, other);
        OrganisationRequests requests = new OrganisationRequests(central, own, other);
        for (String base : APIS) {
            anonymous.get(base + "/openapi.json").json().path("paths").fields().forEachRemaining(path -> path.getValue()
                    .fields().forEachRemaining(operation -> {
                        if (WRITES.contains(operation.getKey())) {
                            row(requests, own, operation.getKey().toUpperCase() + " " + base + path.getKey(),
                                    operation.getValue());
                        }
                    }));
        }
        System.out.printf("[organisation matrix] %d write operations x %d organisations x %d roles = %d cells%n",
                operations, Side.values().length, ROLES.size(), cells);
        assertEquals(List.of(), uncovered, "write operations without a request in OrganisationRequests");
        assertEquals(List.of(), wrong, "cells whose answer differs from the operation's roles and organisation scope");
    }

    /** One operation: both organisations, every role, on the same records. */
    private void row(OrganisationRequests requests, String own, String where, JsonNode operation) {
        String operationId = operation.path("operationId").asText();
        operations++;
        if (!requests.covers(operationId)) {
            uncovered.add(operationId + " (" + where + ")");
            return;
        }
        List<String> roles = Api.JSON.convertValue(operation.path("x-roles"), List.class);
        String scope = operation.path("x-organisation-scope").asText("");
        for (Side side : Side.values()) {
            for (String role : ROLES) {
                cells++;
                int expected = expected(role, roles, scope, side);
                Request request = requests.build(operationId, side);
                String cell = operationId + " on " + side + " as " + role + " (" + scope + ")";
                if (expected == -1) {
                    wrong.add(cell + ": the document states no known organisation scope");
                } else {
                    send(cell, Tokens.of(role, own), request, expected, roles.contains(role) && !"admin".equals(role));
                }
            }
        }
    }

    /**
     * ALLOWED (2xx), 403, or -1 for a scope the matrix does not know. Admin writes everything it may;
     * the non-coordinating organisations write only their own records, and nothing of the central
     * team's register.
     */
    private static int expected(String role, List<String> roles, String scope, Side side) {
        if (!roles.contains(role)) {
            return 403;
        }
        if ("admin".equals(role)) {
            return ALLOWED;
        }
        return switch (scope) {
            case "none" -> ALLOWED;
            case "lead", "owner" -> side == Side.OWN ? ALLOWED : 403;
            case "coordinating" -> 403;
            default -> -1;
        };
    }

    private void send(String cell, String token, Request request, int expected, boolean refusedOnTheRecord) {
        List<String> before = expected == 403 ? snapshot(request) : List.of();
        Api.Reply reply = anonymous.withToken(token).send(request.method(), request.url(), request.body(),
                "application/json", request.headers());
        Fixtures.awaitRebuild(anonymous, reply);
        if (expected == ALLOWED && (reply.status() < 200 || reply.status() > 299)) {
            wrong.add(cell + ": expected 2xx, got " + reply);
        } else if (expected == 403) {
            refused(cell, request, reply, refusedOnTheRecord);
            List<String> after = snapshot(request);
            if (!before.equals(after)) {
                wrong.add(cell + ": refused, but " + request.witnesses() + " changed from " + before + " to " + after);
            }
        }
    }

    /**
     * A 403 problem; a create the role may do but for another organisation names the field that
     * names it (ADR 0015, BOPLA).
     */
    private void refused(String cell, Request request, Api.Reply reply, boolean refusedOnTheRecord) {
        if (reply.status() != 403 || !reply.isProblem()) {
            wrong.add(cell + ": expected a 403 problem, got " + reply);
        } else if (refusedOnTheRecord && request.organisationField() != null
                && !reply.json().path("invalidParams").toString().contains("\"" + request.organisationField() + "\"")) {
            wrong.add(cell + ": the 403 does not name " + request.organisationField() + ": " + reply);
        }
    }

    /**
     * What a refusal must not change: each witness's body, read as the central team's admin. A record's
     * body holds its version; ETags are left out, as the reporting-service's list of progress reports
     * answered the same empty body with a changed answer around a refused call (seen, not explained).
     */
    private List<String> snapshot(Request request) {
        Api admin = anonymous.withToken(Tokens.of("admin"));
        List<String> seen = new ArrayList<>();
        for (String witness : request.witnesses()) {
            Api.Reply reply = admin.get(witness);
            seen.add(reply.status() + " " + reply.body());
        }
        return seen;
    }
}
