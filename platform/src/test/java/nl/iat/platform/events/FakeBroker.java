package nl.iat.platform.events;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The relay's Kafka channel: records every message sent and answers it as the test says (by
 * default the broker acknowledges at once; a test may hold, nack or act on each send).
 */
final class FakeBroker implements Emitter<String> {

    /** One message as the relay handed it to the channel. */
    record Sent(Message<String> message) {

        OutgoingCloudEventMetadata<?> cloudEvent() {
            return message.getMetadata(OutgoingCloudEventMetadata.class).orElseThrow();
        }

        Object key() {
            return message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getKey();
        }

        /** The topic the relay routed it to, or null for the channel's own. */
        String topic() {
            return message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getTopic();
        }

        String id() {
            return cloudEvent().getId();
        }

        void ack() {
            message.ack();
        }

        void nack(Throwable failure) {
            message.nack(failure);
        }
    }

    final List<Sent> sent = new CopyOnWriteArrayList<>();
    volatile Consumer<Sent> answer = Sent::ack;

    /** The ids of the events sent, in sending order. */
    List<String> sentIds() {
        return sent.stream().map(Sent::id).toList();
    }

    @Override
    public <M extends Message<? extends String>> void send(M message) {
        @SuppressWarnings("unchecked")
        Sent one = new Sent((Message<String>) message);
        sent.add(one);
        answer.accept(one);
    }

    @Override
    public CompletionStage<Void> send(String payload) {
        throw new UnsupportedOperationException("the relay sends messages with metadata");
    }

    @Override
    public void complete() {
    }

    @Override
    public void error(Exception e) {
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    @Override
    public boolean hasRequests() {
        return true;
    }
}
