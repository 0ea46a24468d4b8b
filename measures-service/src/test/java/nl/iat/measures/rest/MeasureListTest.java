package nl.iat.measures.rest;

import static nl.iat.measures.MeasuresApi.BASE;
import static nl.iat.measures.MeasuresApi.assess;
import static nl.iat.measures.MeasuresApi.editor;
import static nl.iat.measures.MeasuresApi.measure;
import static nl.iat.measures.MeasuresApi.registerId;
import static nl.iat.measures.MeasuresApi.transition;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.measures.MeasuresApi;
import nl.iat.testing.KafkaBrokerResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lists filter on everything users filter by, sort, page and count. Each test works on three
 * measures whose titles share a marker, so other tests' measures do not interfere.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class MeasureListTest {

    private String marker;

    @BeforeEach
    void threeMeasures() {
        marker = "Lijst_" + System.nanoTime();
        Map<String, Object> a = measure(marker + " A inlichtingen");
        String idA = registerId(a);
        assess(idA, Map.of("impactLevel", "HIGH", "fundamentalRights", List.of("PRIVACY"), "legalBasis", "Wiv 2017",
                "justification", "Nodig", "reviewDate", "2019-01-01")).response().then().statusCode(200);

        Map<String, Object> b = measure(marker + " B vervolging");
        b.put("interventionAreaCode", "VERVOLGEN");
        b.put("priorityLineCode", null);
        b.put("approach", "REPRESSIVE");
        b.put("nature", "CONTINUATION");
        b.put("leadOrganisationId", MeasuresApi.POLITIE);
        b.put("partnerOrganisationIds", List.of(MeasuresApi.FIOD));
        b.put("startDate", "2019-05-01");
        String idB = registerId(b);
        editor().body(Map.of("title", "Achterstallig", "dueDate", "2019-06-01"))
                .post(BASE + "/measures/" + idB + "/milestones").then().statusCode(201);

        Map<String, Object> c = measure(marker + " C deradicalisering");
        c.put("interventionAreaCode", "VOORKOMEN");
        c.put("priorityLineCode", "DERADICALISATION");
        c.put("approach", "CURATIVE");
        c.put("leadOrganisationId", MeasuresApi.NCTV);
        c.put("partnerOrganisationIds", List.of());
        c.put("startDate", "2020-01-01");
        String idC = registerId(c);
        transition(idC, "APPROVED", "Akkoord").response().then().statusCode(200);
    }

    @Test
    void anItemShowsWhatTheMeasureItselfShows() {
        // the list reads a projection of its own (MeasureListRow), not the measure: every field must match
        List<Map<String, Object>> items = editor().get(BASE + "/measures?text=" + marker.toLowerCase()).then().statusCode(200)
                .extract().path("items");
        assertEquals(3, items.size());
        for (Map<String, Object> item : items) {
            Map<String, Object> measure = new HashMap<>(editor().get(BASE + "/measures/" + item.get("id")).then()
                    .statusCode(200).extract().<Map<String, Object>>path("$"));
            // the list shows the current assessment's impact level and review date at the top level
            Map<?, ?> assessment = measure.get("assessment") instanceof Map<?, ?> current ? current : Map.of();
            measure.put("impactLevel", assessment.get("impactLevel"));
            measure.put("reviewDate", assessment.get("reviewDate"));
            item.forEach((field, value) -> assertEquals(measure.get(field), value, field + " of " + item.get("code")));
        }
        assertEquals(List.of("HIGH", "2019-01-01"), List.of(items.get(0).get("impactLevel"), items.get(0).get("reviewDate")));
    }

    @Test
    void textSearchFindsByTitleAndSortsByCodeByDefault() {
        editor().get(BASE + "/measures?text=" + marker.toLowerCase()).then().statusCode(200)
                .body("totalItems", equalTo(3)).body("page", equalTo(1)).body("pageSize", equalTo(20))
                .body("items.title", contains(marker + " A inlichtingen", marker + " B vervolging", marker + " C deradicalisering"));
    }

    @Test
    void filtersNarrowTheList() {
        expect("interventionAreaCode=VERVOLGEN", "B");
        expect("priorityLineCode=DERADICALISATION", "C");
        expect("approach=REPRESSIVE", "B");
        expect("nature=CONTINUATION", "B");
        expect("status=APPROVED", "C");
        expect("impactLevel=HIGH", "A");
        expect("organisationId=" + MeasuresApi.FIOD, "B");
        expect("organisationId=" + MeasuresApi.NCTV, "A", "C");
        expect("reviewOverdue=true", "A");
        expect("reviewDueBefore=2019-01-01");
        expect("overdueMilestones=true", "B");
        expect("frameworkCode=NCTS-2016-2020&approach=PREVENTIVE&status=PROPOSED", "A");
    }

    @Test
    void sortsAndPages() {
        editor().get(BASE + "/measures?text=" + marker + "&sort=-startDate&pageSize=2").then().statusCode(200)
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2))
                .body("items.title", contains(marker + " C deradicalisering", marker + " B vervolging"));
        editor().get(BASE + "/measures?text=" + marker + "&sort=-startDate&pageSize=2&page=2").then()
                .body("items.title", contains(marker + " A inlichtingen"));
        editor().get(BASE + "/measures?text=" + marker + "&sort=-title").then()
                .body("items.title", contains(marker + " C deradicalisering", marker + " B vervolging", marker + " A inlichtingen"));
    }

    private void expect(String filter, String... letters) {
        List<String> titles = java.util.Arrays.stream(letters).map(this::title).toList();
        editor().get(BASE + "/measures?text=" + marker + "&" + filter).then().statusCode(200)
                .body("totalItems", equalTo(letters.length))
                .body("items.title", equalTo(titles));
    }

    private String title(String letter) {
        return switch (letter) {
            case "A" -> marker + " A inlichtingen";
            case "B" -> marker + " B vervolging";
            default -> marker + " C deradicalisering";
        };
    }
}
