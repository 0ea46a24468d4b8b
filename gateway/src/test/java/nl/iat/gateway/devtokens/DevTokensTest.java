package nl.iat.gateway.devtokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** In the local run a developer gets a working token for any role, of any organisation or none, from the gateway. */
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
    void aDevelopmentTokenCarriesTheOrganisationGivenByIdOrByName() {
        String aivd = "00000000-0000-4000-8000-000000000002";
        for (String organisation : new String[] { aivd, "AIVD", "aivd" }) {
            String token = given().queryParam("role", "measure-editor").queryParam("organisation", organisation)
                    .when().get("/dev/tokens")
                    .then().statusCode(200)
                    .body("organisation", equalTo(aivd))
                    .extract().path("accessToken");
            assertEquals(aivd, claims(token).getString("organisation"));
        }
        String none = given().queryParam("role", "measure-editor").when().get("/dev/tokens")
                .then().statusCode(200).extract().path("accessToken");
        assertNull(claims(none).getValue("organisation"));
    }

    @Test
    void anOrganisationThatIsNoIdAndNoNameIsAProblem() {
        // "Gemeente" is part of a name, not a name: a token is for exactly one organisation
        for (String organisation : new String[] { "Nobody", "Gemeente" }) {
            given().queryParam("role", "measure-editor").queryParam("organisation", organisation)
                    .when().get("/dev/tokens")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", containsString("No organisation is named '" + organisation + "'"));
        }
    }

    @Test
    void aDevelopmentTokenCarriesTheClearanceAskedFor() {
        String token = given().queryParam("role", "viewer").queryParam("clearance", "SECRET")
                .when().get("/dev/tokens")
                .then().statusCode(200)
                .body("clearance", equalTo("SECRET"))
                .extract().path("accessToken");
        assertEquals("SECRET", claims(token).getString("clearance"));
        String none = given().queryParam("role", "viewer").when().get("/dev/tokens")
                .then().statusCode(200).extract().path("accessToken");
        assertNull(claims(none).getValue("clearance"));
        given().queryParam("role", "viewer").queryParam("clearance", "TOP-SECRET")
                .when().get("/dev/tokens")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("clearance"));
    }

    private static JsonObject claims(String token) {
        return new JsonObject(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownRoleIsAProblem() {
        given().queryParam("role", "superuser")
                .when().get("/dev/tokens")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }
}
