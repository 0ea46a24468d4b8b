package nl.iat.measures.parliament;

import java.util.Map;

/**
 * The statuses of commitments as the Tweede Kamer's portal writes them, mapped to the suite's lifecycle.
 * {@code Afgedaan}/{@code Deels afgedaan} are what the portal shows; {@code Voldaan}/{@code Deels voldaan}
 * are in its published schema, so both mean the same. Any other value maps to UNKNOWN, and the caller keeps
 * the portal's text beside it: a new status of the portal is flagged, not lost. Exact match: the portal's
 * values are a closed list with fixed spelling, so a variant is worth a look rather than a guess.
 */
public final class PortalStatuses {

    private static final Map<String, FulfilmentStatus> KNOWN = Map.of(
            "Openstaand", FulfilmentStatus.OPEN,
            "Afgedaan", FulfilmentStatus.FULFILLED,
            "Deels afgedaan", FulfilmentStatus.PARTLY_FULFILLED,
            "Vervallen", FulfilmentStatus.LAPSED,
            "Voldaan", FulfilmentStatus.FULFILLED,
            "Deels voldaan", FulfilmentStatus.PARTLY_FULFILLED);

    private PortalStatuses() {
    }

    /** The lifecycle status of a portal status; UNKNOWN for one not in the list, and for none. */
    public static FulfilmentStatus of(String portalStatus) {
        return portalStatus == null ? FulfilmentStatus.UNKNOWN
                : KNOWN.getOrDefault(portalStatus.strip(), FulfilmentStatus.UNKNOWN);
    }
}
