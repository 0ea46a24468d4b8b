package nl.iat.budget.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code nl.iat.budget.spending.recorded.v1} (docs/events.md). {@code effectiveOn} repeats
 * {@code date}, so every budget event carries its business date under one name (ADR 0010).
 */
public record SpendingRecorded(UUID spendingId, String kind, UUID budgetLineId, int fiscalYear,
        String priorityLineCode, UUID allocationId, UUID measureId, long amountCents,
        long allocationCommittedAfterCents, long allocationSpentAfterCents, LocalDate date, LocalDate effectiveOn,
        String description, String actor, OffsetDateTime recordedAt) {
}
