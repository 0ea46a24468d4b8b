package nl.iat.budget.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import nl.iat.platform.events.LagProbe;
import nl.iat.testing.KafkaBrokerResource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The platform's lag probe against the real broker (no service needed): a group that consumed one of
 * three records is two messages behind, and as many seconds as the second record has waited.
 */
class ConsumerLagTest {

    @Test
    void aGroupBehindIsMeasuredInMessagesAndInTheAgeOfItsOldestUnconsumedRecord() throws Exception {
        String bootstrap = KafkaBrokerResource.bootstrapServers();
        String topic = "lag-probe-" + UUID.randomUUID();
        String group = "lag-probe-group-" + UUID.randomUUID();
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(props); LagProbe probe = new LagProbe(bootstrap)) {
            admin.createTopics(Set.of(new NewTopic(topic, 1, (short) 1))).all().get();
            long sent = System.currentTimeMillis();
            produce(bootstrap, topic, 3);
            TopicPartition partition = new TopicPartition(topic, 0);
            admin.alterConsumerGroupOffsets(group, Map.of(partition, new OffsetAndMetadata(1))).all().get();
            Thread.sleep(1_500);

            LagProbe.Lag lag = probe.measure(group, Set.of(topic));

            assertEquals(2, lag.messages());
            double waited = (System.currentTimeMillis() - sent) / 1000.0;
            assertTrue(lag.seconds() >= 1.4 && lag.seconds() <= waited + 0.1, "seconds behind: " + lag.seconds());
            admin.alterConsumerGroupOffsets(group, Map.of(partition, new OffsetAndMetadata(3))).all().get();
            assertEquals(new LagProbe.Lag(0, 0), probe.measure(group, Set.of(topic)), "caught up: no lag");
        }
    }

    private static void produce(String bootstrap, String topic, int count) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(topic, "k", "v" + i));
            }
            producer.flush();
        }
    }
}
