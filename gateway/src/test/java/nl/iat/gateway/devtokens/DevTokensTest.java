package nl.iat.gateway.devtokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** In the local run a developer gets a working token for any role from the gateway. */
@QuarkusTest
@TestProfile(DevTokensTest.LocalRun.class)
class DevTokensTest {

    public static class LocalRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("iat.dev-tokens.enabled", "true");
        }
    }

    @Test
    void aDevelopmentTokenWorksAtTheGatewayForItsRole() {
        String token = given().queryParam("role", "measure-editor")
                .when().get("/dev/tokens")
                .then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("role", equalTo("measure-editor"))
                .extract().path("accessToken");

        given().header("Authorization", "Bearer " + token).contentType("application/json").body("{}")
                .when().post("/api/measures/v1/measures")
                .then().statusCode(201);
        given().header("Authorization", "Bearer " + token).contentType("application/json").body("{}")
                .when().post("/api/budget/v1/allocations")
                .then().statusCode(403);
    }

    @Test
    void anUnknownRoleIsAProblem() {
        given().queryParam("role", "superuser")
                .when().get("/dev/tokens")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }
}
