package nl.iat.measures.parliament;

import java.util.UUID;

/**
 * What a client can narrow the list of commitments by; null means "any". {@code overdue}: true for the
 * OPEN ones whose due date has passed, false for the rest.
 */
public record CommitmentFilter(FulfilmentStatus status, Boolean overdue, UUID measureId) {
}
