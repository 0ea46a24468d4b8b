package nl.iat.measures.rest;

import static nl.iat.measures.MeasuresApi.BASE;
import static nl.iat.measures.MeasuresApi.assess;
import static nl.iat.measures.MeasuresApi.completeHighAssessment;
import static nl.iat.measures.MeasuresApi.editor;
import static nl.iat.measures.MeasuresApi.etag;
import static nl.iat.measures.MeasuresApi.measure;
import static nl.iat.measures.MeasuresApi.register;
import static nl.iat.measures.MeasuresApi.registerId;
import static nl.iat.measures.MeasuresApi.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import nl.iat.contracts.EventContracts;
import nl.iat.measures.MeasuresApi;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Business time (ADR 0010) through the API: the date a measure's state took effect, its defaults, that
 * it is stored, shown and published, and that a date out of bounds is a 422 that changes nothing.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class BusinessTimeTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    @Test
    void registeringAndATransitionWithoutADateTakeEffectToday() {
        String before = today();
        String id = register(measure(unique("Vandaag"))).path("id");
        String registeredOn = editor().get(BASE + "/measures/" + id).then().statusCode(200)
                .body("effectiveOn", oneOf(before, today())).extract().path("effectiveOn");
        editor().get(BASE + "/measures/" + id + "/history").then().body("items[0].effectiveOn", equalTo(registeredOn));

        String dated = registerId(adoptedOn("2018-01-15", "Later goedgekeurd"));
        String beforeTransition = today();
        transition(dated, Map.of("status", "APPROVED", "reason", "Akkoord")).then().statusCode(200)
                .body("effectiveOn", oneOf(beforeTransition, today()));
    }

    @Test
    void aGivenDateIsStoredShownInTheHistoryAndPublished() throws Exception {
        String id = registerId(adoptedOn("2018-01-15", "Vastgesteld"));
        editor().get(BASE + "/measures/" + id).then().body("effectiveOn", equalTo("2018-01-15"));
        transition(id, Map.of("status", "APPROVED", "reason", "Akkoord stuurgroep", "effectiveOn", "2018-02-01"))
                .then().statusCode(200).body("effectiveOn", equalTo("2018-02-01")).body("version", equalTo(2));

        editor().get(BASE + "/measures/" + id + "/history").then().statusCode(200)
                .body("items.effectiveOn", contains("2018-01-15", "2018-02-01"))
                .body("items[1].changes.field", contains("status", "previousStatus", "statusReason"));
        List<ConsumerRecord<String, String>> events = events(id, 2);
        assertEquals(List.of("2018-01-15", "2018-02-01"), effectiveOns(events));
        events.forEach(r -> EventContracts.assertValid(TopicReader.header(r, "ce_type"), r.value()));
    }

    @Test
    void correctionsKeepTheDateAndAChangeThatNamesOneMovesIt() throws Exception {
        String id = registerId(adoptedOn("2018-01-15", "Correctie"));
        Map<String, Object> corrected = measure(unique("Correctie, titel verbeterd"));
        put(id, "\"1\"", corrected).then().statusCode(200).body("effectiveOn", equalTo("2018-01-15")).body("version", equalTo(2));
        editor().body(Map.of("title", "Eerste oplevering", "dueDate", "2018-06-30"))
                .post(BASE + "/measures/" + id + "/milestones").then().statusCode(201);
        assess(id, completeHighAssessment()).response().then().statusCode(200);
        editor().get(BASE + "/measures/" + id).then().body("effectiveOn", equalTo("2018-01-15")).body("version", equalTo(4));

        Map<String, Object> newLead = measure((String) corrected.get("title"));
        newLead.put("leadOrganisationId", MeasuresApi.POLITIE);
        newLead.put("effectiveOn", "2018-03-01");
        put(id, "\"4\"", newLead).then().statusCode(200).body("effectiveOn", equalTo("2018-03-01"));

        assertEquals(List.of("2018-01-15", "2018-01-15", "2018-01-15", "2018-01-15", "2018-03-01"), effectiveOns(events(id, 5)));
    }

    @Test
    void aDateInTheFutureIsRefusedAndChangesNothing() {
        String tomorrow = LocalDate.now(AMSTERDAM).plusDays(1).toString();
        refused(() -> editor().body(adoptedOn(tomorrow, "Toekomst")).post(BASE + "/measures").then(), "after today");

        String id = registerId(adoptedOn("2018-01-15", "Toekomstige overgang"));
        refused(() -> transition(id, Map.of("status", "APPROVED", "reason", "Akkoord", "effectiveOn", tomorrow)).then(),
                "after today");
        Map<String, Object> changed = measure(unique("Toekomstige wijziging"));
        changed.put("effectiveOn", tomorrow);
        refused(() -> put(id, "\"1\"", changed).then(), "after today");
        editor().get(BASE + "/measures/" + id).then().body("status", equalTo("PROPOSED"))
                .body("effectiveOn", equalTo("2018-01-15")).body("version", equalTo(1));
    }

    @Test
    void aTransitionOrANamedChangeBeforeTheCurrentDateIsRefused() {
        String id = registerId(adoptedOn("2018-03-01", "Terug in de tijd"));
        refused(() -> transition(id, Map.of("status", "APPROVED", "reason", "Akkoord", "effectiveOn", "2018-02-28"))
                .then(), "must not be before the measure's current effectiveOn (2018-03-01)");
        Map<String, Object> changed = measure(unique("Terug in de tijd"));
        changed.put("effectiveOn", "2018-02-28");
        refused(() -> put(id, "\"1\"", changed).then(), "must not be before the measure's current effectiveOn (2018-03-01)");
        editor().get(BASE + "/measures/" + id).then().body("status", equalTo("PROPOSED")).body("version", equalTo(1));

        transition(id, Map.of("status", "APPROVED", "reason", "Akkoord", "effectiveOn", "2018-03-01")).then().statusCode(200)
                .body("effectiveOn", equalTo("2018-03-01"));
    }

    private static Map<String, Object> adoptedOn(String effectiveOn, String title) {
        Map<String, Object> body = measure(unique(title));
        body.put("effectiveOn", effectiveOn);
        return body;
    }

    private static Response transition(String id, Map<String, Object> body) {
        return editor().header("If-Match", etag(id)).body(body)
                .post(BASE + "/measures/" + id + "/status-transitions");
    }

    private static Response put(String id, String ifMatch, Map<String, Object> body) {
        return editor().header("If-Match", ifMatch).body(body).put(BASE + "/measures/" + id);
    }

    /**
     * A 422 problem naming effectiveOn, and not one measure, history entry or event more than before (the
     * tables only grow, so equal counts mean no version was added to any measure).
     */
    private void refused(Supplier<ValidatableResponse> request, String reason) {
        long[] before = counts();
        request.get().statusCode(422).contentType("application/problem+json")
                .body("invalidParams.name", contains("effectiveOn"))
                .body("invalidParams[0].reason", containsString(reason));
        assertArrayEquals(before, counts(), "measures, history entries and events as they were");
    }

    private long[] counts() {
        return QuarkusTransaction.requiringNew().call(() -> new long[] {
                count("measure"), count("measure_history"), count("outbox_event") });
    }

    private long count(String table) {
        return ((Number) entityManager.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    private static String today() {
        return LocalDate.now(AMSTERDAM).toString();
    }

    /** The measure's events so far; waits for one more than expected, so an extra one would show. */
    private static List<ConsumerRecord<String, String>> events(String id, int expected) {
        try (TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers(), "iat.measures.events")) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(r -> id.equals(r.key()), expected + 1,
                    Duration.ofSeconds(8));
            assertEquals(expected, records.size(), "one event per change of " + id);
            return records;
        }
    }

    private static List<String> effectiveOns(List<ConsumerRecord<String, String>> records) throws Exception {
        List<String> dates = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            dates.add(JSON.readTree(record.value()).get("effectiveOn").asText());
        }
        return dates;
    }
}
