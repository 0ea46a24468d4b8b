package nl.iat.measures.rest;

import static nl.iat.measures.MeasuresApi.BASE;
import static nl.iat.measures.MeasuresApi.as;
import static nl.iat.measures.MeasuresApi.measure;
import static nl.iat.measures.MeasuresApi.register;
import static nl.iat.measures.MeasuresApi.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.platform.security.Roles;
import nl.iat.testing.KafkaBrokerResource;
import org.junit.jupiter.api.Test;

/** The reference data the migrations load, its labels per language, and what admins can add. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ReferenceDataTest {

    @Test
    void theNcts2016FrameworkHasTheFiveInterventionAreasInDutchByDefault() {
        as(Roles.VIEWER).get(BASE + "/frameworks/NCTS-2016-2020").then().statusCode(200)
                .header("Content-Language", "nl")
                .body("name", equalTo("Nationale Contraterrorisme-Strategie 2016-2020"))
                .body("parliamentaryPaper", equalTo("29 754, nr. 391"))
                .body("interventionAreas.code", contains("VERWERVEN", "VOORKOMEN", "VERDEDIGEN", "VOORBEREIDEN", "VERVOLGEN"))
                .body("interventionAreas.number", contains(1, 2, 3, 4, 5))
                .body("interventionAreas[2].description", equalTo("Het beschermen van personen, objecten en vitale processen"
                        + " tegen extremistische en terroristische dreigingen, zowel fysiek als online."));
    }

    @Test
    void labelsFollowAcceptLanguage() {
        as(Roles.VIEWER).header("Accept-Language", "en-GB, nl;q=0.5")
                .get(BASE + "/intervention-areas?frameworkCode=NCTS-2016-2020").then().statusCode(200)
                .header("Content-Language", "en").header("Vary", "Accept-Language")
                .body("totalItems", equalTo(5))
                .body("items.name", contains("Procure", "Prevent", "Protect", "Prepare", "Prosecute"));
        as(Roles.VIEWER).header("Accept-Language", "de, nl;q=0.8, en;q=0.5").get(BASE + "/priority-lines/FINANCING").then()
                .body("name", equalTo("Aanpak financiering van extremisme en terrorisme"));
        as(Roles.VIEWER).header("Accept-Language", "en").get(BASE + "/priority-lines").then().statusCode(200)
                .body("items.findAll { it.number <= 5 }.code", contains("EARLY_DETECTION", "FINANCING", "DIGITAL_RESILIENCE", "DERADICALISATION", "INTERNATIONAL"))
                .body("items[4].name", equalTo("International effort"));
    }

    @Test
    void theCurrentThreatLevelIsDtn46Substantial() {
        as(Roles.ADMIN).body(Map.of("dtnEdition", 900, "publishedOn", "2999-01-01", "level", 5))
                .post(BASE + "/threat-levels").then().statusCode(201).body("name", equalTo("kritiek"));
        as(Roles.VIEWER).get(BASE + "/threat-levels/current").then().statusCode(200)
                .body("dtnEdition", equalTo(46)).body("publishedOn", equalTo("2017-11-20"))
                .body("level", equalTo(4)).body("name", equalTo("substantieel"))
                .body("parliamentaryPaper", equalTo("29 754, nr. 434"));
        as(Roles.VIEWER).header("Accept-Language", "en").get(BASE + "/threat-levels/current").then()
                .body("name", equalTo("substantial"));
        as(Roles.VIEWER).get(BASE + "/threat-levels?level=5").then().body("items.dtnEdition", contains(900));
        as(Roles.VIEWER).get(BASE + "/threat-levels?pageSize=1").then().body("items.dtnEdition", contains(900));
        as(Roles.VIEWER).get(BASE + "/threat-levels?pageSize=1&sort=publishedOn").then().body("items.dtnEdition", not(contains(900)));
        as(Roles.ADMIN).body(Map.of("dtnEdition", 46, "publishedOn", "2017-11-20", "level", 3))
                .post(BASE + "/threat-levels").then().statusCode(409);
        as(Roles.ADMIN).body(Map.of("dtnEdition", 901, "publishedOn", "2999-01-01", "level", 6))
                .post(BASE + "/threat-levels").then().statusCode(400);
    }

    @Test
    void organisationsAreSeededFilteredAddedAndRenamed() {
        as(Roles.VIEWER).get(BASE + "/organisations?kind=NATIONAL_GOVERNMENT&pageSize=100").then().statusCode(200)
                .body("items.name", hasItems("NCTV", "AIVD", "Politie", "Openbaar Ministerie", "FIOD"))
                .body("items.name", not(hasItem("Europol")));
        as(Roles.VIEWER).get(BASE + "/organisations?name=euro").then()
                .body("items.name", contains("Eurojust", "Europese Unie", "Europol"));
        as(Roles.VIEWER).get(BASE + "/organisations?name=euro&sort=-name").then()
                .body("items.name", contains("Europol", "Europese Unie", "Eurojust"));

        String name = unique("Gemeente Arnhem");
        var created = as(Roles.ADMIN).body(Map.of("name", name, "kind", "LOCAL_GOVERNMENT"))
                .post(BASE + "/organisations").then().statusCode(201).header("ETag", "\"1\"")
                .body("createdBy", equalTo("admin-client")).extract();
        String id = created.path("id");
        as(Roles.ADMIN).body(Map.of("name", name.toUpperCase(), "kind", "BUSINESS"))
                .post(BASE + "/organisations").then().statusCode(409);
        as(Roles.ADMIN).body(Map.of("name", name + " (gewijzigd)", "kind", "LOCAL_GOVERNMENT"))
                .put(BASE + "/organisations/" + id).then().statusCode(428);
        as(Roles.ADMIN).header("If-Match", "\"1\"").body(Map.of("name", name + " (gewijzigd)", "kind", "LOCAL_GOVERNMENT"))
                .put(BASE + "/organisations/" + id).then().statusCode(200).header("ETag", "\"2\"")
                .body("name", equalTo(name + " (gewijzigd)"));
        as(Roles.ADMIN).header("If-Match", "\"1\"").body(Map.of("name", "Weer anders", "kind", "LOCAL_GOVERNMENT"))
                .put(BASE + "/organisations/" + id).then().statusCode(412);
    }

    @Test
    void aLaterFrameworkIsAddedAsDataAndMeasuresCanUseIt() {
        String code = "NCTS-2022-" + (System.nanoTime() % 100000);
        Map<String, Object> labels = Map.of("nameNl", "Strategie 2022", "nameEn", "Strategy 2022",
                "descriptionNl", "Vier doelen", "descriptionEn", "Four goals");
        Map<String, Object> framework = Map.of("code", code, "labels", labels, "validFrom", "2022-01-01",
                "interventionAreas", List.of(Map.of("code", "DOEL_1", "number", 1, "labels", labels),
                        Map.of("code", "DOEL_2", "number", 2, "labels", labels)));
        as(Roles.ADMIN).header("Accept-Language", "en").body(framework).post(BASE + "/frameworks").then().statusCode(201)
                .header("Location", BASE + "/frameworks/" + code)
                .body("name", equalTo("Strategy 2022")).body("interventionAreas.code", contains("DOEL_1", "DOEL_2"));
        as(Roles.ADMIN).body(framework).post(BASE + "/frameworks").then().statusCode(409);

        Map<String, Object> body = measure(unique("Nieuwe strategie"));
        body.put("frameworkCode", code);
        body.put("interventionAreaCode", "DOEL_2");
        body.put("startDate", "2022-03-01");
        body.put("endDate", null);
        register(body).response().then().body("frameworkCode", equalTo(code)).body("interventionAreaCode", equalTo("DOEL_2"));
        body.put("interventionAreaCode", "VERWERVEN");
        as(Roles.MEASURE_EDITOR).body(body).post(BASE + "/measures").then().statusCode(422);
    }

    @Test
    void adminsAddPriorityLines() {
        int number = 10 + (int) (System.nanoTime() % 80);
        String code = "LINE_" + number;
        Map<String, Object> line = Map.of("code", code, "number", number, "labels", Map.of("nameNl", "Weerbaarheid",
                "nameEn", "Resilience", "descriptionNl", "Weerbaarheid", "descriptionEn", "Resilience"));
        as(Roles.ADMIN).body(line).post(BASE + "/priority-lines").then().statusCode(201).body("name", equalTo("Weerbaarheid"));
        as(Roles.ADMIN).body(line).post(BASE + "/priority-lines").then().statusCode(409);
        as(Roles.VIEWER).get(BASE + "/priority-lines/" + code).then().statusCode(200).body("number", equalTo(number));
    }
}
