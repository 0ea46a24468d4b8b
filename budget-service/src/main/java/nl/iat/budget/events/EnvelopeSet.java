package nl.iat.budget.events;

import java.time.OffsetDateTime;

/** Data of {@code nl.iat.budget.envelopes.set.v1} (docs/events.md). */
public record EnvelopeSet(int fiscalYear, long amountCents, String budgetArticle, Long previousAmountCents,
        String actor, OffsetDateTime changedAt) {
}
