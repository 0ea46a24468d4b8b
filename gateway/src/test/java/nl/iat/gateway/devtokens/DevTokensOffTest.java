package nl.iat.gateway.devtokens;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Without the local-run flag the development token endpoint does not exist. */
@QuarkusTest
class DevTokensOffTest {

    @Test
    void theEndpointDoesNotExistByDefault() {
        given().queryParam("role", "admin")
                .when().get("/dev/tokens")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
