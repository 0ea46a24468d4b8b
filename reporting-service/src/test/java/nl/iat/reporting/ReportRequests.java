package nl.iat.reporting;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import nl.iat.platform.security.Roles;
import nl.iat.testing.TestTokens;

/** Reads reports as a viewer, for tests that compare whole reports. */
public final class ReportRequests {

    private ReportRequests() {
    }

    /** The JSON report at the path below the API root. */
    public static JsonPath get(String path) {
        return given().auth().oauth2(TestTokens.forRole(Roles.VIEWER)).accept("application/json")
                .get("/api/reports/v1" + path).then().statusCode(200).extract().jsonPath();
    }

    /** The report without its metadata (which tells when it was made). */
    public static Object body(String path) {
        Map<String, Object> map = new LinkedHashMap<>(get(path).getMap(""));
        map.remove("metadata");
        return map;
    }
}
