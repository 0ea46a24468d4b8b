package nl.iat.measures.rest;

import static io.restassured.RestAssured.given;
import static nl.iat.measures.MeasuresApi.BASE;
import static nl.iat.measures.MeasuresApi.as;
import static nl.iat.measures.MeasuresApi.measure;
import static nl.iat.measures.MeasuresApi.registerId;
import static nl.iat.measures.MeasuresApi.unique;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.iat.contracts.AsyncApiDocuments;
import nl.iat.platform.security.Roles;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The service checks tokens and roles itself, whatever the gateway did. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class AccessTest {

    @Test
    void withoutAValidTokenEverythingIsUnauthorized() {
        given().get(BASE + "/measures").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().contentType(ContentType.JSON).body(measure("Zonder token")).post(BASE + "/measures").then().statusCode(401);
        given().get(BASE + "/threat-levels/current").then().statusCode(401);
        bearer(TestTokens.claims("viewer-client", Roles.VIEWER).issuer("https://evil.example").sign(TestTokens.privateKey()))
                .get(BASE + "/measures").then().statusCode(401);
        bearer(TestTokens.claims("viewer-client", Roles.VIEWER).audience("other-suite").sign(TestTokens.privateKey()))
                .get(BASE + "/measures").then().statusCode(401);
        bearer(TestTokens.claims("viewer-client", Roles.VIEWER).issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).sign(TestTokens.privateKey()))
                .get(BASE + "/measures").then().statusCode(401);
        given().header("Authorization", "Bearer not.a.token").get(BASE + "/measures").then().statusCode(401);
    }

    @Test
    void viewersReadButDoNotWrite() {
        String id = registerId(measure(unique("Rollen")));
        as(Roles.VIEWER).get(BASE + "/measures/" + id).then().statusCode(200);
        as(Roles.VIEWER).get(BASE + "/measures/" + id + "/history").then().statusCode(200);
        as(Roles.VIEWER).body(measure(unique("Kijker"))).post(BASE + "/measures").then().statusCode(403)
                .contentType("application/problem+json");
        as(Roles.VIEWER).header("If-Match", "\"1\"").body(Map.of("status", "APPROVED", "reason", "x"))
                .post(BASE + "/measures/" + id + "/status-transitions").then().statusCode(403);
        as(Roles.BUDGET_CONTROLLER).get(BASE + "/measures").then().statusCode(200);
        as(Roles.MEASURE_EDITOR).get(BASE + "/measures/" + id).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void onlyAdminsChangeReferenceData() {
        Map<String, Object> organisation = Map.of("name", unique("Gemeente"), "kind", "LOCAL_GOVERNMENT");
        as(Roles.MEASURE_EDITOR).body(organisation).post(BASE + "/organisations").then().statusCode(403);
        as(Roles.VIEWER).body(Map.of("dtnEdition", 99, "publishedOn", "2030-01-01", "level", 2))
                .post(BASE + "/threat-levels").then().statusCode(403);
        as(Roles.MEASURE_EDITOR).body(Map.of()).post(BASE + "/priority-lines").then().statusCode(403);
        as(Roles.MEASURE_EDITOR).body(Map.of()).post(BASE + "/frameworks").then().statusCode(403);
        as(Roles.ADMIN).body(organisation).post(BASE + "/organisations").then().statusCode(201);
        as(Roles.VIEWER).get(BASE + "/organisations").then().statusCode(200);
    }

    @Test
    void theApiDocumentsArePublicAndEveryResponseCarriesTheApiVersion() {
        given().get(BASE + "/openapi.json").then().statusCode(200).header("API-Version", "1.0.0")
                .body("paths", org.hamcrest.Matchers.hasKey("/measures/{measureId}/status-transitions"));
        String asyncApi = given().get(BASE + "/asyncapi.yaml").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("nl.iat.measures.status-changed.v1")).extract().asString();
        AsyncApiDocuments.assertRefersToTheContracts(asyncApi, "measures",
                path -> given().get(BASE + "/" + path).then().statusCode(200).extract().asString());
        AsyncApiDocuments.assertRefersToTheContracts(asyncApi, "parliament",
                path -> given().get(BASE + "/" + path).then().statusCode(200).extract().asString());
        as(Roles.VIEWER).get(BASE + "/measures").then().statusCode(200).header("API-Version", "1.0.0");
        given().get(BASE + "/measures").then().statusCode(401).header("API-Version", "1.0.0");
    }

    private static io.restassured.specification.RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token);
    }
}
