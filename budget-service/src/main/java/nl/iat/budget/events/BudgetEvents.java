package nl.iat.budget.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.iat.budget.allocation.Allocation;
import nl.iat.budget.allocation.LedgerEntry;
import nl.iat.budget.allocation.Spending;
import nl.iat.budget.envelope.Envelope;
import nl.iat.budget.line.BudgetLine;
import nl.iat.platform.events.OutboxWriter;

/**
 * Appends the budget events of docs/events.md to the outbox, in the caller's transaction. Line,
 * ledger and spending events are keyed by the line id and numbered by the line's version, so a
 * consumer sees each line's changes in order; envelope events are keyed {@code envelope-<year>}.
 */
@ApplicationScoped
public class BudgetEvents {

    public static final String ENVELOPE_SET = "nl.iat.budget.envelopes.set.v1";
    public static final String BUDGET_LINE_SET = "nl.iat.budget.budget-lines.set.v1";
    public static final String LEDGER_ENTRY_RECORDED = "nl.iat.budget.ledger-entries.recorded.v1";
    public static final String SPENDING_RECORDED = "nl.iat.budget.spending.recorded.v1";

    @Inject
    OutboxWriter outbox;

    public void envelopeSet(Envelope envelope, Long previousAmountCents) {
        outbox.append(ENVELOPE_SET, envelope.eventKey(), envelope.version, new EnvelopeSet(envelope.fiscalYear,
                envelope.amountCents, envelope.budgetArticle, previousAmountCents, envelope.changedBy,
                envelope.changedAt));
    }

    public void budgetLineSet(BudgetLine line, Long previousAmountCents) {
        outbox.append(BUDGET_LINE_SET, line.budgetLineId.toString(), line.version, new BudgetLineSet(
                line.budgetLineId, line.fiscalYear, line.priorityLineCode, line.title, line.ownerOrganisationId,
                line.amountCents, previousAmountCents, line.allocatedCents, line.version, line.changedBy,
                line.changedAt));
    }

    public void ledgerEntryRecorded(BudgetLine line, LedgerEntry entry) {
        var changes = entry.changes.stream()
                .map(c -> new LedgerEntryRecorded.Change(c.allocationId, c.measureId, c.beforeCents, c.afterCents))
                .toList();
        outbox.append(LEDGER_ENTRY_RECORDED, line.budgetLineId.toString(), line.version, new LedgerEntryRecorded(
                entry.entryId, line.budgetLineId, line.fiscalYear, line.priorityLineCode, entry.kind.name(),
                entry.amountCents, changes, entry.lineAllocatedBeforeCents, entry.lineAllocatedAfterCents,
                entry.reason, entry.parliamentaryPaper, entry.actor, entry.recordedAt));
    }

    public void spendingRecorded(BudgetLine line, Allocation allocation, Spending spending) {
        outbox.append(SPENDING_RECORDED, line.budgetLineId.toString(), line.version, new SpendingRecorded(
                spending.spendingId, spending.kind.name(), line.budgetLineId, line.fiscalYear,
                line.priorityLineCode, allocation.allocationId, allocation.measureId, spending.amountCents,
                allocation.committedCents, allocation.spentCents, spending.date, spending.description,
                spending.actor, spending.recordedAt));
    }
}
