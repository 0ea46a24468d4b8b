package nl.iat.testing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Consumer;

import nl.iat.contracts.ConsumerContract;
import nl.iat.platform.events.EventTypeRegistry;
import nl.iat.platform.events.IncomingEvent;

/**
 * Holds a consumer to the event contracts (event-contracts): {@link ConsumerContract} on every type
 * of its registry, with the record the registry reads that type into, through the consumer's own
 * reading code ({@code decode}, which throws when the consumer would refuse the event).
 */
public final class ConsumedEventContracts {

    private ConsumedEventContracts() {
    }

    public static void assertHeldTo(EventTypeRegistry registry, Consumer<IncomingEvent> decode) {
        for (EventTypeRegistry.Registration type : registry.registrations()) {
            ConsumerContract.assertHeldTo(type.type(), type.data().asSubclass(Record.class),
                    json -> decode.accept(new IncomingEvent(UUID.randomUUID().toString(), "urn:nld:iat:contract-test",
                            type.type(), "subject", 1, OffsetDateTime.now(ZoneOffset.UTC), json)));
        }
    }
}
