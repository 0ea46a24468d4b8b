package nl.iat.measures.parliament;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PortalStatusesTest {

    @Test
    void thePortalsStatusesMapToTheLifecycle() {
        assertEquals(FulfilmentStatus.OPEN, PortalStatuses.of("Openstaand"));
        assertEquals(FulfilmentStatus.FULFILLED, PortalStatuses.of("Afgedaan"));
        assertEquals(FulfilmentStatus.PARTLY_FULFILLED, PortalStatuses.of("Deels afgedaan"));
        assertEquals(FulfilmentStatus.LAPSED, PortalStatuses.of("Vervallen"));
    }

    @Test
    void theStatusesOfThePublishedSchemaMeanTheSame() {
        assertEquals(FulfilmentStatus.FULFILLED, PortalStatuses.of("Voldaan"));
        assertEquals(FulfilmentStatus.PARTLY_FULFILLED, PortalStatuses.of("Deels voldaan"));
    }

    @Test
    void anyOtherStatusIsUnknownNotAGuess() {
        assertEquals(FulfilmentStatus.UNKNOWN, PortalStatuses.of("Niet nagekomen"));
        assertEquals(FulfilmentStatus.UNKNOWN, PortalStatuses.of("afgedaan"));
        assertEquals(FulfilmentStatus.UNKNOWN, PortalStatuses.of(""));
        assertEquals(FulfilmentStatus.UNKNOWN, PortalStatuses.of(null));
        assertEquals(FulfilmentStatus.OPEN, PortalStatuses.of(" Openstaand "), "surrounding spaces are not a new status");
    }
}
