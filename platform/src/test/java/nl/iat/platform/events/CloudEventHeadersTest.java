package nl.iat.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.impl.RuntimeKafkaSinkConfiguration;
import io.smallrye.reactive.messaging.kafka.impl.ce.KafkaCloudEventHelper;
import nl.iat.platform.tracing.TestTracer;
import nl.iat.platform.tracing.W3cTraceContext;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CloudEvents attributes of a Kafka record in binary mode: what the relay writes and consumers read. */
@Tag("unit")
class CloudEventHeadersTest {

    private static final String DATA = "{\"measureId\":\"2b9d4c3e-1f0a-4e57-8c6b-7a9e0d1f2c3b\"}";

    @Test
    void readsEveryAttributeWithTheTimeInUtc() {
        IncomingEvent event = CloudEventHeaders.event(Records.headers(Records.attributes()), DATA);

        assertEquals(new IncomingEvent("5f0c6f2e-8a55-4c36-9a43-5d2f1b0c9e11", "/iat/measures-service",
                "nl.iat.measures.measure-registered.v1", "2b9d4c3e-1f0a-4e57-8c6b-7a9e0d1f2c3b", 3,
                OffsetDateTime.of(2024, 3, 1, 9, 30, 15, 500_000_000, ZoneOffset.UTC), DATA), event);
        assertEquals(ZoneOffset.UTC, event.time().getOffset());
    }

    @Test
    void theMetadataKeepsSpecVersionContentTypeSequenceAndData() {
        IncomingCloudEventMetadata<String> metadata = CloudEventHeaders.metadata(
                Records.headers(Records.attributes()), DATA);

        assertEquals("1.0", metadata.getSpecVersion());
        assertEquals("application/json", metadata.getDataContentType().orElseThrow());
        assertEquals("3", metadata.getExtension("sequence").orElseThrow());
        assertEquals(DATA, metadata.getData());
    }

    @Test
    void subjectAndSequenceAreOptional() {
        Map<String, String> attributes = Records.attributes();
        attributes.remove("ce_subject");
        attributes.remove("ce_sequence");

        IncomingEvent event = CloudEventHeaders.event(Records.headers(attributes), DATA);

        assertNull(event.subject());
        assertEquals(0, event.sequence());
    }

    @Test
    void acceptsASequenceOfEighteenDigits() {
        Map<String, String> attributes = Records.attributes();
        attributes.put("ce_sequence", "999999999999999999");

        assertEquals(999_999_999_999_999_999L, CloudEventHeaders.event(Records.headers(attributes), DATA).sequence());
    }

    @ParameterizedTest
    @ValueSource(strings = { "ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time" })
    void refusesARecordWithoutARequiredAttribute(String name) {
        Map<String, String> attributes = Records.attributes();
        attributes.remove(name);

        assertEquals("The record lacks the CloudEvent attribute " + name, refusal(attributes).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time" })
    void refusesABlankRequiredAttribute(String name) {
        Map<String, String> attributes = Records.attributes();
        attributes.put(name, "  ");

        assertEquals("The record lacks the CloudEvent attribute " + name, refusal(attributes).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "2024-03-01 10:30:15+01:00", "2024-03-01T10:30:15", "2024-03-01", "yesterday" })
    void refusesATimeThatIsNotAnRfc3339Timestamp(String time) {
        Map<String, String> attributes = Records.attributes();
        attributes.put("ce_time", time);

        assertEquals("The CloudEvent's time is not an RFC 3339 timestamp: " + time, refusal(attributes).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "-1", "3.0", "three", "0x1F", "1234567890123456789" })
    void refusesASequenceThatIsNotAWholeNumberOfAtMostEighteenDigits(String sequence) {
        Map<String, String> attributes = Records.attributes();
        attributes.put("ce_sequence", sequence);

        assertEquals("The CloudEvent's sequence is not a number: " + sequence, refusal(attributes).getMessage());
    }

    @Test
    void refusesASourceThatIsNotAUri() {
        Map<String, String> attributes = Records.attributes();
        attributes.put("ce_source", "/iat/measures service");

        assertEquals("The CloudEvent's source is not a URI: /iat/measures service", refusal(attributes).getMessage());
    }

    /**
     * What the relay writes (its message metadata), turned into a record by the Kafka connector's own
     * binary-mode writer, reads back as the event in the outbox.
     */
    @Test
    void whatTheRelayWritesReadsBackAsTheSameEvent() {
        TestTracer tracing = new TestTracer();
        OutboxEvent event;
        FakeBroker broker = new FakeBroker();
        OutboxRelay relay = new OutboxRelay();
        try (FakeTransactions transactions = new FakeTransactions(); FakeOutbox outbox = new FakeOutbox()) {
            event = outbox.append("line-a", 12);
            relay.emitter = broker;
            relay.entityManager = new FakeAdvisoryLock().entityManager(transactions);
            relay.batchSize = 10;
            relay.ackTimeout = Duration.ofSeconds(5);
            relay.tracer = tracing.tracer();
            event.traceParent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
            relay.publishPending();
        } finally {
            relay.stop();
        }

        var message = broker.sent.get(0).message();
        ProducerRecord<?, ?> record = KafkaCloudEventHelper.createBinaryRecord(message, Records.TOPIC,
                message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow(), null,
                message.getMetadata(OutgoingCloudEventMetadata.class).orElseThrow(), sinkConfiguration());

        assertEquals("line-a", record.key());
        assertEquals(new IncomingEvent(event.eventId.toString(), FakeOutbox.SOURCE, event.type, "line-a", 12,
                event.occurredAt, event.data), CloudEventHeaders.event(record.headers(), (String) record.value()));
        // the tracing extension becomes ce_traceparent, naming the relay's publish span
        assertEquals(new W3cTraceContext("00-4bf92f3577b34da6a3ce929d0e0e4736-" + tracing.only().getSpanId() + "-01", null),
                CloudEventHeaders.traceContext(record.headers()));
    }

    private static IllegalArgumentException refusal(Map<String, String> attributes) {
        return assertThrows(IllegalArgumentException.class,
                () -> CloudEventHeaders.event(Records.headers(attributes), DATA));
    }

    /** The outbox channel's settings (platform microprofile-config.properties): nothing set per record. */
    private static RuntimeKafkaSinkConfiguration sinkConfiguration() {
        RuntimeKafkaSinkConfiguration configuration = mock(RuntimeKafkaSinkConfiguration.class);
        when(configuration.getPartition()).thenReturn(-1);
        when(configuration.getPropagateHeaders()).thenReturn("");
        when(configuration.getCloudEventsInsertTimestamp()).thenReturn(Boolean.TRUE);
        return configuration;
    }
}
