package nl.iat.budget.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of {@code nl.iat.budget.spending.recorded.v1} (docs/events.md). */
public record SpendingRecorded(UUID spendingId, String kind, UUID budgetLineId, int fiscalYear,
        String priorityLineCode, UUID allocationId, UUID measureId, long amountCents,
        long allocationCommittedAfterCents, long allocationSpentAfterCents, LocalDate date, String description,
        String actor, OffsetDateTime recordedAt) {
}
