package nl.iat.reporting.budget;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import nl.iat.platform.events.EventData;
import nl.iat.reporting.totals.Amounts;
import nl.iat.reporting.readmodel.SnapshotFact;

/**
 * The data of the budget events as the reports read them: the fields they use, of the contracts in
 * event-contracts ({@code nl.iat.budget.*.schema.json}). Unknown fields are ignored so that producers
 * can add fields to a contract; missing required fields make the event unprocessable.
 */
public final class BudgetEventData {

    private BudgetEventData() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EnvelopeSet(Integer fiscalYear, Long amountCents, String budgetArticle, LocalDate effectiveOn) implements EventData {
        @Override
        public void requireComplete() {
            require(fiscalYear, "fiscalYear");
            require(amountCents, "amountCents");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BudgetLineSet(UUID budgetLineId, Integer fiscalYear, String priorityLineCode, String title,
            Long amountCents, Long version, LocalDate effectiveOn, String classification) implements EventData {
        @Override
        public void requireComplete() {
            require(budgetLineId, "budgetLineId");
            require(fiscalYear, "fiscalYear");
            require(priorityLineCode, "priorityLineCode");
            require(amountCents, "amountCents");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LedgerEntryRecorded(UUID entryId, UUID budgetLineId, Integer fiscalYear, String priorityLineCode,
            String kind, Long amountCents, List<AllocationChange> changes, String reason, String actor,
            LocalDate effectiveOn) implements EventData, SnapshotFact {

        @Override
        public LocalDate businessDate() {
            return effectiveOn;
        }

        @Override
        public void requireComplete() {
            require(entryId, "entryId");
            require(budgetLineId, "budgetLineId");
            require(fiscalYear, "fiscalYear");
            require(priorityLineCode, "priorityLineCode");
            require(kind, "kind");
            if (changes == null || changes.isEmpty()) {
                throw new IllegalArgumentException("The ledger event has no changes");
            }
            changes.forEach(AllocationChange::requireComplete);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AllocationChange(UUID allocationId, UUID measureId, Long beforeCents, Long afterCents) {
        void requireComplete() {
            require(allocationId, "changes.allocationId");
            require(measureId, "changes.measureId");
            require(beforeCents, "changes.beforeCents");
            require(afterCents, "changes.afterCents");
        }

        public long deltaCents() {
            return afterCents - beforeCents;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SpendingRecorded(UUID spendingId, String kind, UUID budgetLineId, Integer fiscalYear,
            String priorityLineCode, UUID allocationId, UUID measureId, Long amountCents, LocalDate date,
            String description, String actor, LocalDate effectiveOn) implements EventData, SnapshotFact {
        @Override
        public void requireComplete() {
            require(spendingId, "spendingId");
            require(budgetLineId, "budgetLineId");
            require(fiscalYear, "fiscalYear");
            require(priorityLineCode, "priorityLineCode");
            require(allocationId, "allocationId");
            require(measureId, "measureId");
            require(amountCents, "amountCents");
            if (!"COMMITMENT".equals(kind) && !"EXPENDITURE".equals(kind)) {
                throw new IllegalArgumentException("The spending event's kind is neither COMMITMENT nor EXPENDITURE");
            }
        }

        /** Its business date: the commitment's or expenditure's date, which effectiveOn repeats. */
        @Override
        public LocalDate businessDate() {
            return effectiveOn != null ? effectiveOn : date;
        }

        /**
         * The spending as money: a financial commitment (verplichting) is committed, an expenditure
         * (uitgave) spent. Not a commitment to parliament (toezegging), which the parliament package keeps.
         */
        public Amounts amounts() {
            return "COMMITMENT".equals(kind) ? new Amounts(0, amountCents, 0) : new Amounts(0, 0, amountCents);
        }
    }

    private static void require(Object value, String field) {
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("The budget event lacks " + field);
        }
    }
}
