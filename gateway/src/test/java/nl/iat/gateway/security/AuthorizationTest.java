package nl.iat.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import nl.iat.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The role needed per route and method, and the documents anyone may read. */
@QuarkusTest
class AuthorizationTest {

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            "viewer, GET, /api/measures/v1/measures, 200",
            "viewer, GET, /api/budget/v1/envelopes, 200",
            "viewer, GET, /api/reports/v1/reports, 200",
            "budget-controller, HEAD, /api/measures/v1/measures, 200",
            "viewer, POST, /api/measures/v1/measures, 403",
            "measure-editor, POST, /api/measures/v1/measures, 201",
            "measure-editor, PATCH, /api/measures/v1/measures/1, 200",
            "admin, DELETE, /api/measures/v1/measures/1, 200",
            "budget-controller, POST, /api/measures/v1/measures, 403",
            "budget-controller, POST, /api/budget/v1/allocations, 201",
            "admin, PUT, /api/budget/v1/envelopes/2018, 200",
            "measure-editor, POST, /api/budget/v1/allocations, 403",
            "viewer, DELETE, /api/budget/v1/allocations/1, 403",
            "budget-controller, POST, /api/reports/v1/progress-reports, 403",
            "measure-editor, POST, /api/reports/v1/progress-reports, 403",
            "admin, POST, /api/reports/v1/progress-reports, 201",
    })
    void rolePerRouteAndMethod(String role, String method, String path, int status) {
        given().header("Authorization", TestTokens.bearer(role))
                .contentType("application/json").body(method.equals("GET") || method.equals("HEAD") ? "" : "{}")
                .when().request(method, path)
                .then().statusCode(status);
    }

    @Test
    void aTokenWithoutAKnownRoleMayNotRead() {
        given().header("Authorization", "Bearer " + TestTokens.token("someone", "guest"))
                .when().get("/api/measures/v1/measures")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("title", equalTo("Forbidden"));
    }

    @ParameterizedTest
    @CsvSource({"/api/measures/v1/openapi.json", "/api/budget/v1/openapi.json", "/api/reports/v1/openapi.json",
            "/api/measures/v1/asyncapi.yaml", "/api/budget/v1/asyncapi.yaml",
            "/api/measures/v1/schemas/nl.iat.measures.registered.v1.schema.json",
            "/api/budget/v1/schemas/measure-state.v1.schema.json"})
    void apiDocumentsAreReadableWithoutToken(String path) {
        given().when().get(path).then().statusCode(200);
    }

    @Test
    void onlyReadingTheDocumentsIsOpen() {
        given().contentType("application/json").body("{}")
                .when().post("/api/measures/v1/openapi.json")
                .then().statusCode(401);
        given().when().get("/api/measures/v1/measures/openapi.json")
                .then().statusCode(401);
        given().when().get("/api/measures/v1/measures/schemas/x.schema.json")
                .then().statusCode(401);
    }
}
