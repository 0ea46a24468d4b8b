package nl.iat.measures.parliament;

/**
 * Where a commitment stands, or the cabinet's follow-up of a motion. UNKNOWN: the portal gave a status
 * the suite does not know; it is kept as given ({@code portalStatus}) and flagged, never dropped.
 */
public enum FulfilmentStatus {
    OPEN, FULFILLED, PARTLY_FULFILLED, LAPSED, UNKNOWN
}
