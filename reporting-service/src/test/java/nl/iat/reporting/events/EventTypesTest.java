package nl.iat.reporting.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import nl.iat.contracts.EventContracts;
import org.junit.jupiter.api.Test;

/**
 * The build check on the consumer side (a plain unit test): the reports handle no event type that is
 * not declared in event-contracts, and every declared type. A declared type is one a producer emits:
 * the producers' own EventTypesTest holds their type enums equal to the declared types of their domain.
 */
class EventTypesTest {

    @Test
    void theReportsHandleExactlyTheDeclaredEventTypes() {
        Set<String> undeclared = new TreeSet<>(ConsumedEventTypes.REGISTRY.types());
        undeclared.removeAll(EventContracts.types());
        assertEquals(Set.of(), undeclared, "types the reports handle but no producer declares (event-contracts)");
        Set<String> unhandled = new TreeSet<>(EventContracts.types());
        unhandled.removeAll(ConsumedEventTypes.REGISTRY.types());
        assertEquals(Set.of(), unhandled, "declared types the reports would dead-letter (ConsumedEventTypes)");
    }
}
