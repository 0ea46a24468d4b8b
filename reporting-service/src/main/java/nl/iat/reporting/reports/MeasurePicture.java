package nl.iat.reporting.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import nl.iat.reporting.measures.MeasureState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One measure's full picture: its data, status history, allocations and money over time. */
@Schema(description = "One measure: its data, status history, allocations and the money changes over time")
public record MeasurePicture(
        ReportMetadata metadata,
        MeasureState measure,
        List<StatusChange> statusHistory,
        List<AllocationFigures> allocations,
        @Schema(description = "Sums over the measure's allocations") MoneyTotals totals,
        List<MoneyChange> moneyHistory) implements CsvTable.Tabular {

    @Schema(description = "A lifecycle status the measure entered")
    public record StatusChange(
            @Schema(description = "When the change was recorded", example = "2018-02-01T10:00:00Z") OffsetDateTime changedAt,
            @Schema(example = "APPROVED") String status,
            @Schema(example = "PROPOSED", nullable = true) String previousStatus,
            @Schema(example = "Approved by the steering group", nullable = true) String reason,
            @Schema(example = "editor-client", nullable = true) String changedBy,
            @Schema(description = "The business date the status took effect", example = "2018-02-01") LocalDate effectiveOn) {
    }

    @Schema(description = "The money of one allocation to the measure")
    public record AllocationFigures(
            @Schema(example = "9a1c7d3e-2f4b-4c5d-8e6f-7a8b9c0d1e2f") UUID allocationId,
            @Schema(example = "5b2e1f4c-3d6a-4b7c-9e8f-1a2b3c4d5e6f") UUID budgetLineId,
            @Schema(example = "2018") int fiscalYear,
            @Schema(example = "EARLY_DETECTION") String priorityLineCode,
            @Schema(example = "250000000") long allocatedCents,
            @Schema(example = "100000000") long committedCents,
            @Schema(example = "40000000") long spentCents) {
    }

    @Schema(description = "Allocated, committed and spent money in euro cents")
    public record MoneyTotals(
            @Schema(example = "250000000") long allocatedCents,
            @Schema(example = "100000000") long committedCents,
            @Schema(example = "40000000") long spentCents) {
    }

    @Schema(description = "One change of the measure's money: a ledger change or a commitment or expenditure")
    public record MoneyChange(
            @Schema(description = "When the change was recorded", example = "2018-03-01T09:00:00Z") OffsetDateTime occurredAt,
            @Schema(description = "ALLOCATE, INCREASE, DECREASE, WITHDRAW, REALLOCATE, COMMITMENT or EXPENDITURE", example = "ALLOCATE") String kind,
            @Schema(example = "9a1c7d3e-2f4b-4c5d-8e6f-7a8b9c0d1e2f") UUID allocationId,
            @Schema(example = "2018") int fiscalYear,
            @Schema(description = "Signed change of the allocation, or the amount committed or spent", example = "250000000") long amountCents,
            @Schema(example = "Initial allocation", nullable = true) String reason,
            @Schema(example = "controller-client", nullable = true) String actor,
            @Schema(description = "The business date the change took effect: the decision, commitment or payment date",
                    example = "2018-03-01") LocalDate effectiveOn) {
    }

    @Override
    public CsvTable table() {
        return new CsvTable(List.of("occurredAt", "kind", "allocationId", "fiscalYear", "amountCents", "reason", "actor",
                "effectiveOn"),
                moneyHistory.stream().map(c -> List.<Object>of(c.occurredAt().toString(), c.kind(),
                        c.allocationId().toString(), c.fiscalYear(), c.amountCents(), c.reason() == null ? "" : c.reason(),
                        c.actor() == null ? "" : c.actor(), c.effectiveOn().toString())).toList());
    }
}
