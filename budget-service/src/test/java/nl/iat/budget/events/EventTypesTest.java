package nl.iat.budget.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.iat.contracts.EventContracts;
import org.junit.jupiter.api.Test;

/**
 * The build check of the budget-service's event types (a plain unit test), as producer and consumer:
 * it emits exactly the declared budget types (event-contracts), and handles exactly the declared
 * measure types, which the measures-service's own EventTypesTest holds equal to what it emits.
 */
class EventTypesTest {

    @Test
    void theBudgetServiceEmitsExactlyTheDeclaredBudgetEventTypes() {
        Set<String> emitted = Arrays.stream(BudgetEventType.values()).map(BudgetEventType::cloudEventType)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(EventContracts.typesOf("budget"), emitted,
                "BudgetEventType against the nl.iat.budget.* schemas in event-contracts");
    }

    @Test
    void theBudgetServiceHandlesExactlyTheDeclaredMeasureEventTypes() {
        Set<String> undeclared = new TreeSet<>(ConsumedEventTypes.REGISTRY.types());
        undeclared.removeAll(EventContracts.types());
        assertEquals(Set.of(), undeclared, "types the budget-service handles but no producer declares (event-contracts)");
        assertEquals(EventContracts.typesOf("measures"), new TreeSet<>(ConsumedEventTypes.REGISTRY.types()),
                "every measure event carries the state the copy keeps: a type not handled would leave it behind");
    }
}
