package nl.iat.budget.events;

import static nl.iat.budget.events.BudgetEventType.BUDGET_LINE_SET;
import static nl.iat.budget.events.BudgetEventType.ENVELOPE_SET;
import static nl.iat.budget.events.BudgetEventType.LEDGER_ENTRY_RECORDED;
import static nl.iat.budget.events.BudgetEventType.SPENDING_RECORDED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.iat.budget.allocation.Allocation;
import nl.iat.budget.allocation.LedgerEntry;
import nl.iat.budget.allocation.Spending;
import nl.iat.budget.envelope.Envelope;
import nl.iat.budget.line.BudgetLine;
import nl.iat.platform.events.OutboxWriter;

/**
 * Appends the budget events ({@link BudgetEventType}, contracts in event-contracts) to the outbox, in
 * the caller's transaction. Line, ledger and spending events are keyed by the line id and numbered by
 * the line's version, so a consumer sees each line's changes in order; envelope events are keyed
 * {@code envelope-<year>}.
 */
@ApplicationScoped
public class BudgetEvents {

    @Inject
    OutboxWriter outbox;

    public void envelopeSet(Envelope envelope, Long previousAmountCents) {
        append(ENVELOPE_SET, envelope.eventKey(), envelope.version, new EnvelopeSet(envelope.fiscalYear,
                envelope.amountCents, envelope.budgetArticle, previousAmountCents, envelope.effectiveOn,
                envelope.changedBy, envelope.changedAt));
    }

    public void budgetLineSet(BudgetLine line, Long previousAmountCents) {
        append(BUDGET_LINE_SET, line.budgetLineId.toString(), line.version, new BudgetLineSet(
                line.budgetLineId, line.fiscalYear, line.priorityLineCode, line.title, line.ownerOrganisationId,
                line.amountCents, line.classification.name(), previousAmountCents, line.allocatedCents, line.version, line.effectiveOn,
                line.changedBy, line.changedAt));
    }

    public void ledgerEntryRecorded(BudgetLine line, LedgerEntry entry) {
        var changes = entry.changes.stream()
                .map(c -> new LedgerEntryRecorded.Change(c.allocationId, c.measureId, c.beforeCents, c.afterCents))
                .toList();
        append(LEDGER_ENTRY_RECORDED, line.budgetLineId.toString(), line.version, new LedgerEntryRecorded(
                entry.entryId, line.budgetLineId, line.fiscalYear, line.priorityLineCode, entry.kind.name(),
                entry.amountCents, changes, entry.lineAllocatedBeforeCents, entry.lineAllocatedAfterCents,
                entry.reason, entry.parliamentaryPaper, entry.effectiveOn, entry.actor, entry.recordedAt));
    }

    public void spendingRecorded(BudgetLine line, Allocation allocation, Spending spending) {
        append(SPENDING_RECORDED, line.budgetLineId.toString(), line.version, new SpendingRecorded(
                spending.spendingId, spending.kind.name(), line.budgetLineId, line.fiscalYear,
                line.priorityLineCode, allocation.allocationId, allocation.measureId, spending.amountCents,
                allocation.committedCents, allocation.spentCents, spending.date, spending.date,
                spending.description, spending.actor, spending.recordedAt));
    }

    private void append(BudgetEventType type, String subject, long sequence, Object data) {
        outbox.append(type.cloudEventType(), subject, sequence, data);
    }
}
