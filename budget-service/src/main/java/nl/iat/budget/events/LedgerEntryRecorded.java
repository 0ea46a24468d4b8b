package nl.iat.budget.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code nl.iat.budget.ledger-entries.recorded.v1} (docs/events.md): one event per ledger
 * entry, so a reallocation is one event with two changes.
 */
public record LedgerEntryRecorded(UUID entryId, UUID budgetLineId, int fiscalYear, String priorityLineCode,
        String kind, long amountCents, List<Change> changes, long lineAllocatedBeforeCents,
        long lineAllocatedAfterCents, String reason, String parliamentaryPaper, String actor,
        OffsetDateTime recordedAt) {

    public record Change(UUID allocationId, UUID measureId, long beforeCents, long afterCents) {
    }
}
