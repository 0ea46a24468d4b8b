package nl.iat.measures.parliament;

import java.util.UUID;

/** What a client can narrow the list of motions by; null means "any". */
public record MotionFilter(MotionDecision decision, FulfilmentStatus followUpStatus, UUID measureId) {
}
