import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes events with the fields of their contracts (docs/events.md) for the replay benchmark: the
 * given number of measures (one registered event each), five budget lines, and ledger entries
 * allocating to the measures round-robin, dated through 2019 in business time (recorded now: history
 * entered afterwards, so all late; ADR 0304). Run with kafka-clients and slf4j-api on the class path:
 *   java -cp kafka-clients-4.1.2.jar:slf4j-api.jar PublishEvents.java 127.0.0.1:19092 1000 100000
 */
public class PublishEvents {

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        int measures = Integer.parseInt(args[1]);
        int ledgerEntries = Integer.parseInt(args[2]);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        String now = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(ZoneOffset.UTC));
        UUID[] measureIds = new UUID[measures];
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < measures; i++) {
                measureIds[i] = UUID.randomUUID();
                String data = "{\"measureId\":\"" + measureIds[i] + "\",\"code\":\"RP-" + i + "\",\"title\":\"Replay " + i
                        + "\",\"frameworkCode\":\"NCTS-2016-2020\",\"interventionAreaCode\":\""
                        + new String[] {"VERWERVEN", "VOORKOMEN", "VERDEDIGEN", "VOORBEREIDEN", "VERVOLGEN"}[i % 5]
                        + "\",\"priorityLineCode\":\"FINANCING\",\"approach\":\"PREVENTIVE\",\"nature\":\"INTENSIFICATION\","
                        + "\"leadOrganisationId\":\"org-" + (i % 50) + "\",\"leadOrganisationName\":\"Org " + (i % 50)
                        + "\",\"partnerOrganisationIds\":[],\"startDate\":\"2018-01-01\",\"endDate\":\"2021-12-31\","
                        + "\"status\":\"APPROVED\",\"previousStatus\":null,\"statusReason\":null,\"assessment\":null,"
                        + "\"milestones\":[],\"parliamentaryPapers\":[],\"version\":1,\"changedAt\":\"" + now
                        + "\",\"changedBy\":\"bench\",\"effectiveOn\":\"2019-01-02\"}";
                send(producer, "iat.measures.events", "urn:nld:iat:measures", "nl.iat.measures.registered.v1",
                        measureIds[i].toString(), 1, now, data);
            }
            UUID[] lines = new UUID[5];
            long[] sequence = new long[5];
            for (int l = 0; l < 5; l++) {
                lines[l] = UUID.randomUUID();
                sequence[l] = 1;
                send(producer, "iat.budget.events", "urn:nld:iat:budget", "nl.iat.budget.budget-lines.set.v1",
                        lines[l].toString(), 1, now, "{\"budgetLineId\":\"" + lines[l] + "\",\"fiscalYear\":2019,"
                                + "\"priorityLineCode\":\"FINANCING\",\"title\":\"Line\",\"ownerOrganisationId\":\"org-1\","
                                + "\"amountCents\":260000000,\"previousAmountCents\":null,\"allocatedCents\":0,\"version\":1,"
                                + "\"actor\":\"bench\",\"changedAt\":\"" + now + "\",\"effectiveOn\":\"2018-12-20\"}");
            }
            long[] allocated = new long[measures];
            for (int e = 0; e < ledgerEntries; e++) {
                int m = e % measures;
                int l = m % 5;
                String data = "{\"entryId\":\"" + UUID.randomUUID() + "\",\"budgetLineId\":\"" + lines[l]
                        + "\",\"fiscalYear\":2019,\"priorityLineCode\":\"FINANCING\",\"kind\":\"INCREASE\",\"amountCents\":3,"
                        + "\"changes\":[{\"allocationId\":\"" + new UUID(0, m) + "\",\"measureId\":\"" + measureIds[m]
                        + "\",\"beforeCents\":" + allocated[m] + ",\"afterCents\":" + (allocated[m] + 3) + "}],"
                        + "\"lineAllocatedBeforeCents\":0,\"lineAllocatedAfterCents\":3,\"reason\":\"bench\","
                        + "\"parliamentaryPaper\":null,\"actor\":\"bench\",\"recordedAt\":\"" + now + "\",\"effectiveOn\":\""
                        + java.time.LocalDate.of(2019, 1, 2).plusDays(e % 360) + "\"}";
                allocated[m] += 3;
                send(producer, "iat.budget.events", "urn:nld:iat:budget", "nl.iat.budget.ledger-entries.recorded.v1",
                        lines[l].toString(), ++sequence[l], now, data);
            }
            producer.flush();
        }
    }

    private static void send(KafkaProducer<String, String> producer, String topic, String source, String type,
            String subject, long sequence, String time, String data) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject, data);
        record.headers().add("ce_specversion", b("1.0")).add("ce_id", b(UUID.randomUUID().toString()))
                .add("ce_source", b(source)).add("ce_type", b(type)).add("ce_subject", b(subject))
                .add("ce_time", b(time)).add("ce_sequence", b(Long.toString(sequence)))
                .add("content-type", b("application/json"));
        producer.send(record);
    }

    private static byte[] b(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
