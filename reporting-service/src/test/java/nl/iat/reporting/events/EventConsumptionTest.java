package nl.iat.reporting.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.iat.platform.security.Roles;
import nl.iat.reporting.Applied;
import nl.iat.reporting.SuiteEvents;
import nl.iat.reporting.SuiteEvents.BudgetLine;
import nl.iat.reporting.SuiteEvents.Measure;
import nl.iat.testing.KafkaBrokerResource;
import nl.iat.testing.TestEvents;
import nl.iat.testing.TestTokens;
import nl.iat.testing.TopicReader;
import nl.iat.testing.Waits;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Events of both topics cross the real broker into the event history exactly once; an
 * unprocessable event changes nothing, goes to the dead-letter topic and shows in health and metrics.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class EventConsumptionTest {

    @Inject
    EntityManager entityManager;

    @Inject
    Applied applied;

    @Test
    void recordsEventsOfBothTopicsOnceEvenWhenRedelivered() {
        Measure measure = new Measure("C-1", "VOORKOMEN", "FINANCING", "PREVENTIVE", "INTENSIFICATION", "org-c",
                "PROPOSED", "2040-01-01", "2040-12-31");
        String registered = measure.registered();
        measure.redeliverLast();
        BudgetLine line = new BudgetLine(2040, "FINANCING");
        String lineSet = line.set(1_000L);
        String marker = measure.statusChanged("APPROVED", "Approved");
        applied.await(registered, lineSet, marker);

        assertEquals(2L, count("select count(*) from event_history where subject = ?1", measure.id.toString()));
        assertEquals(1L, count("select count(*) from event_history where event_id = ?1", registered),
                "the redelivered measure event is recorded once");
        assertEquals(1L, count("select count(*) from measure_version where measure_id = cast(?1 as uuid) and next_recorded_at is null",
                measure.id.toString()));
    }

    @Test
    void unprocessableEventsGoToTheDeadLetterTopicAndShowInHealthAndMetrics() {
        long before = count("select count(*) from dead_lettered_event where ?1 = ?1", "x");
        // Not contract events, on purpose: a type no producer declares, and data that is not JSON.
        String unknownType = TestEvents.publish(SuiteEvents.BUDGET_TOPIC, "urn:nld:iat:budget",
                "nl.iat.budget.colours.painted.v1", "line-x", 1, "{}");
        String notJson = TestEvents.publish(SuiteEvents.MEASURE_TOPIC, "urn:nld:iat:measures",
                "nl.iat.measures.changed.v1", "measure-x", 1, "not json");

        try (TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers(), "iat.reports.dead-letter")) {
            List<ConsumerRecord<String, String>> dead = reader.readUntil(r -> {
                String id = TopicReader.header(r, "ce_id");
                return unknownType.equals(id) || notJson.equals(id);
            }, 2, Duration.ofSeconds(30));
            assertEquals(2, dead.size(), "both unprocessable events are on the dead-letter topic");
        }
        long after = Waits.until(() -> count("select count(*) from dead_lettered_event where ?1 = ?1", "x"),
                n -> n >= before + 2, Duration.ofSeconds(10));
        assertTrue(after >= before + 2);
        assertEquals(0L, count("select count(*) from event_history where event_id in (?1)", unknownType));

        int shown = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath()
                .getInt("checks.find { it.name == 'dead-lettered-events' }.data.deadLetteredEvents");
        assertTrue(shown >= after, "health shows the dead-lettered events");
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("iat_events_dead_lettered_total{consumer=\"reporting\"}"), "dead-letter counter");
        String lag = Waits.until(() -> given().get("/q/metrics").then().extract().asString().lines()
                .filter(line -> line.startsWith("iat_events_consumer_lag_messages{group=\"reporting-service\"}"))
                .findFirst().orElse(""),
                line -> !line.isEmpty() && !line.endsWith(" -1.0"), Duration.ofSeconds(30));
        assertTrue(!lag.isEmpty() && !lag.endsWith(" -1.0"), "the consumer lag is measured: " + lag);
        Number reported = given().auth().oauth2(TestTokens.forRole(Roles.VIEWER)).get("/api/reports/v1/overviews/2040")
                .then().statusCode(200).extract().path("metadata.consumerLag");
        assertTrue(reported != null && reported.longValue() >= 0, "report metadata carries the consumer lag");
    }

    @Test
    void aRecordWithBrokenCloudEventAttributesIsDeadLetteredAndConsumptionGoesOn() throws Exception {
        Measure measure = new Measure("C-2", "VERDEDIGEN", null, "PREVENTIVE", "CONTINUATION", "org-c", "PROPOSED",
                "2041-01-01", "2041-12-31");
        String brokenId = UUID.randomUUID().toString();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(SuiteEvents.MEASURE_TOPIC,
                    measure.id.toString(), "{}");
            record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(brokenId))
                    .add("ce_source", bytes("urn:nld:iat:measures")).add("ce_type", bytes("nl.iat.measures.changed.v1"))
                    .add("ce_time", bytes("yesterday"));
            producer.send(record).get();
        }
        applied.await(measure.registered());
        try (TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers(), "iat.reports.dead-letter")) {
            assertEquals(1, reader.readUntil(r -> brokenId.equals(TopicReader.header(r, "ce_id")), 1,
                    Duration.ofSeconds(30)).size(), "the broken record is on the dead-letter topic");
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
