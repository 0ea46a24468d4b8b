package nl.iat.reporting.budget;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import nl.iat.platform.events.IncomingEvent;

/**
 * The money facts: every allocation change and every commitment or expenditure, time-stamped, plus
 * the current amounts per allocation and the net allocation change per month.
 */
@ApplicationScoped
public class MoneyFacts {

    @Inject
    EntityManager entityManager;

    public void recordAllocationChange(BudgetEventData.LedgerEntryRecorded entry, BudgetEventData.AllocationChange change,
            IncomingEvent event) {
        entityManager.createNativeQuery("""
                insert into allocation_change (entry_id, kind, occurred_at, allocation_id, measure_id, budget_line_id,
                    fiscal_year, priority_line_code, delta_cents, reason, actor)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)""")
                .setParameter(1, entry.entryId())
                .setParameter(2, entry.kind())
                .setParameter(3, event.time())
                .setParameter(4, change.allocationId())
                .setParameter(5, change.measureId())
                .setParameter(6, entry.budgetLineId())
                .setParameter(7, entry.fiscalYear())
                .setParameter(8, entry.priorityLineCode())
                .setParameter(9, change.deltaCents())
                .setParameter(10, entry.reason())
                .setParameter(11, entry.actor())
                .executeUpdate();
    }

    /** Adds an allocation change to the current amounts of its allocation and to its month. */
    public void addAllocationChange(BudgetEventData.LedgerEntryRecorded entry, BudgetEventData.AllocationChange change,
            IncomingEvent event) {
        addToAllocation(change.allocationId(), change.measureId(), entry.budgetLineId(), entry.fiscalYear(),
                entry.priorityLineCode(), change.deltaCents(), 0, 0);
        addToMonth(event.time(), entry.fiscalYear(), entry.priorityLineCode(), change.deltaCents());
    }

    public void recordSpending(BudgetEventData.SpendingRecorded spending, IncomingEvent event) {
        entityManager.createNativeQuery("""
                insert into spending_change (spending_id, kind, occurred_at, spending_date, allocation_id, measure_id,
                    budget_line_id, fiscal_year, priority_line_code, amount_cents, description, actor)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)""")
                .setParameter(1, spending.spendingId())
                .setParameter(2, spending.kind())
                .setParameter(3, event.time())
                .setParameter(4, spending.date())
                .setParameter(5, spending.allocationId())
                .setParameter(6, spending.measureId())
                .setParameter(7, spending.budgetLineId())
                .setParameter(8, spending.fiscalYear())
                .setParameter(9, spending.priorityLineCode())
                .setParameter(10, spending.amountCents())
                .setParameter(11, spending.description())
                .setParameter(12, spending.actor())
                .executeUpdate();
    }

    /** Adds a commitment or expenditure to the current amounts of its allocation. */
    public void addSpending(BudgetEventData.SpendingRecorded spending) {
        long committed = spending.isCommitment() ? spending.amountCents() : 0;
        long spent = spending.isCommitment() ? 0 : spending.amountCents();
        addToAllocation(spending.allocationId(), spending.measureId(), spending.budgetLineId(), spending.fiscalYear(),
                spending.priorityLineCode(), 0, committed, spent);
    }

    private void addToAllocation(Object allocationId, Object measureId, Object budgetLineId, int fiscalYear,
            String priorityLineCode, long allocated, long committed, long spent) {
        entityManager.createNativeQuery("""
                insert into allocation_current (allocation_id, measure_id, budget_line_id, fiscal_year, priority_line_code,
                    allocated_cents, committed_cents, spent_cents)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                on conflict (allocation_id) do update
                   set allocated_cents = allocation_current.allocated_cents + excluded.allocated_cents,
                       committed_cents = allocation_current.committed_cents + excluded.committed_cents,
                       spent_cents = allocation_current.spent_cents + excluded.spent_cents""")
                .setParameter(1, allocationId)
                .setParameter(2, measureId)
                .setParameter(3, budgetLineId)
                .setParameter(4, fiscalYear)
                .setParameter(5, priorityLineCode)
                .setParameter(6, allocated)
                .setParameter(7, committed)
                .setParameter(8, spent)
                .executeUpdate();
    }

    /** Months of the time series are calendar months in the ministry's time zone. */
    private void addToMonth(OffsetDateTime time, int fiscalYear, String priorityLineCode, long deltaCents) {
        entityManager.createNativeQuery("""
                insert into monthly_allocation (month, fiscal_year, priority_line_code, delta_cents)
                values (cast(date_trunc('month', cast(?1 as timestamptz) at time zone 'Europe/Amsterdam') as date), ?2, ?3, ?4)
                on conflict (month, fiscal_year, priority_line_code) do update
                   set delta_cents = monthly_allocation.delta_cents + excluded.delta_cents""")
                .setParameter(1, time)
                .setParameter(2, fiscalYear)
                .setParameter(3, priorityLineCode)
                .setParameter(4, deltaCents)
                .executeUpdate();
    }
}
