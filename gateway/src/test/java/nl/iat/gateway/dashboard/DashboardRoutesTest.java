package nl.iat.gateway.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dashboard and its chart library are served by the gateway, without a token, under the strict policy. */
@QuarkusTest
class DashboardRoutesTest {

    @Test
    void theAddressWithoutSlashLeadsToThePage() {
        given().redirects().follow(false).get("/dashboard").then().statusCode(302)
                .header("Location", endsWith("/dashboard/"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/dashboard/", "/dashboard/dashboard.js", "/dashboard/texts.js", "/dashboard/dashboard.css",
            "/_static/echarts/5.6.0/dist/echarts.min.js" })
    void servedUnderTheStrictPolicy(String path) {
        given().get(path).then().statusCode(200)
                .header("Content-Security-Policy", equalTo(DashboardRoutes.POLICY))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Cache-Control", equalTo("no-cache"));
    }

    @Test
    void thePageLoadsOnlyItsOwnFiles() {
        given().get("/dashboard/").then().statusCode(200)
                .body(containsString("src=\"/_static/echarts/5.6.0/dist/echarts.min.js\""))
                .body(not(containsString("<style")))
                .body(not(containsString("style=")))
                .body(not(containsString("http")));
    }
}
