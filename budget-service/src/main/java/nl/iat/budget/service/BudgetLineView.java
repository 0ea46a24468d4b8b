package nl.iat.budget.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import nl.iat.budget.line.BudgetLine;
import nl.iat.platform.security.Classification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetLine", description = "An amount for one fiscal year and one priority line")
public record BudgetLineView(
        @Schema(description = "Id", example = "0b6f7c1e-8f5a-4c1b-9d3e-2a4b6c8d0e12") UUID budgetLineId,
        @Schema(description = "Fiscal year", example = "2018") int fiscalYear,
        @Schema(description = "Priority line code", example = "EARLY_DETECTION") String priorityLineCode,
        @Schema(description = "Title", example = "Vroegtijdig signaleren 2018") String title,
        @Schema(description = "Owning organisation", example = "6f1c2a7e-2d4b-4c55-9a0e-1b2c3d4e5f60") UUID ownerOrganisationId,
        @Schema(description = "Amount in euro cents", example = "300000000") long amountCents,
        @Schema(description = "How secret the line, and everything on it, is (ADR 0016)", example = "PUBLIC")
        Classification classification,
        @Schema(description = "Sum of the allocations on the line, in euro cents", example = "250000000") long allocatedCents,
        @Schema(description = "Amount not yet allocated, in euro cents", example = "50000000") long freeCents,
        @Schema(description = "Business date (Europe/Amsterdam) of the decision that set the current title, owner and amount",
                example = "2018-01-03") LocalDate effectiveOn,
        @Schema(description = "Business date the line was first set; nothing on the line takes effect before it",
                example = "2018-01-03") LocalDate establishedOn,
        @Schema(description = "Version, also the ETag; advances with every change on the line, allocations included",
                example = "3") long version,
        @Schema(description = "When it was created (UTC)", example = "2018-01-02T09:00:00Z") OffsetDateTime createdAt,
        @Schema(description = "Who created it", example = "controller-client") String createdBy,
        @Schema(description = "When title, owner or amount last changed (UTC)", example = "2018-01-02T09:00:00Z")
        OffsetDateTime changedAt,
        @Schema(description = "Who last changed title, owner or amount", example = "controller-client") String changedBy) {

    static BudgetLineView of(BudgetLine line) {
        return new BudgetLineView(line.budgetLineId, line.fiscalYear, line.priorityLineCode, line.title,
                line.ownerOrganisationId, line.amountCents, line.classification, line.allocatedCents, line.freeCents(), line.effectiveOn,
                line.establishedOn, line.version, line.createdAt, line.createdBy, line.changedAt, line.changedBy);
    }
}
