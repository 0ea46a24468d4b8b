package nl.iat.reporting.budget;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import nl.iat.platform.events.IncomingEvent;
import nl.iat.reporting.totals.Amounts;
import nl.iat.reporting.events.BusinessDates;

/**
 * The money facts: every allocation change and every commitment or expenditure, time-stamped, plus
 * with the dates they took effect and were recorded, plus the current amounts per allocation and the
 * money per business month.
 */
@ApplicationScoped
public class MoneyFacts {

    @Inject
    EntityManager entityManager;

    public void recordAllocationChange(BudgetEventData.LedgerEntryRecorded entry, BudgetEventData.AllocationChange change,
            IncomingEvent event) {
        entityManager.createNativeQuery("""
                insert into allocation_change (entry_id, kind, recorded_at, effective_on, allocation_id, measure_id,
                    budget_line_id, fiscal_year, priority_line_code, delta_cents, reason, actor, late)
                values (?1, ?2, ?3, ?12, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?13)""")
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
                .setParameter(12, BusinessDates.effectiveOn(entry.effectiveOn(), event.time()))
                .setParameter(13, BusinessDates.late(BusinessDates.effectiveOn(entry.effectiveOn(), event.time()), event.time()))
                .executeUpdate();
    }

    /** Adds an allocation change to the current amounts of its allocation and to its business month. */
    public void addAllocationChange(BudgetEventData.LedgerEntryRecorded entry, BudgetEventData.AllocationChange change,
            IncomingEvent event) {
        Amounts amounts = new Amounts(change.deltaCents(), 0, 0);
        addToAllocation(change.allocationId(), change.measureId(), entry.budgetLineId(), entry.fiscalYear(),
                entry.priorityLineCode(), amounts);
        addToMonth(BusinessDates.effectiveOn(entry.effectiveOn(), event.time()), entry.fiscalYear(),
                entry.priorityLineCode(), amounts);
    }

    public void recordSpending(BudgetEventData.SpendingRecorded spending, IncomingEvent event) {
        entityManager.createNativeQuery("""
                insert into spending_change (spending_id, kind, recorded_at, effective_on, spending_date, allocation_id,
                    measure_id, budget_line_id, fiscal_year, priority_line_code, amount_cents, description, actor, late)
                values (?1, ?2, ?3, ?13, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?14)""")
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
                .setParameter(13, BusinessDates.effectiveOn(spending.businessDate(), event.time()))
                .setParameter(14, BusinessDates.late(BusinessDates.effectiveOn(spending.businessDate(), event.time()),
                        event.time()))
                .executeUpdate();
    }

    /** Adds a commitment or expenditure to the current amounts of its allocation and to its business month. */
    public void addSpending(BudgetEventData.SpendingRecorded spending, IncomingEvent event) {
        Amounts amounts = spending.amounts();
        addToAllocation(spending.allocationId(), spending.measureId(), spending.budgetLineId(), spending.fiscalYear(),
                spending.priorityLineCode(), amounts);
        addToMonth(BusinessDates.effectiveOn(spending.businessDate(), event.time()), spending.fiscalYear(),
                spending.priorityLineCode(), amounts);
    }

    private void addToAllocation(Object allocationId, Object measureId, Object budgetLineId, int fiscalYear,
            String priorityLineCode, Amounts amounts) {
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
                .setParameter(6, amounts.allocatedCents())
                .setParameter(7, amounts.committedCents())
                .setParameter(8, amounts.spentCents())
                .executeUpdate();
    }

    /** Months of the series are calendar months of business time. */
    private void addToMonth(LocalDate effectiveOn, int fiscalYear, String priorityLineCode, Amounts amounts) {
        entityManager.createNativeQuery("""
                insert into monthly_money (month, fiscal_year, priority_line_code, allocated_cents, committed_cents,
                    spent_cents)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (month, fiscal_year, priority_line_code) do update
                   set allocated_cents = monthly_money.allocated_cents + excluded.allocated_cents,
                       committed_cents = monthly_money.committed_cents + excluded.committed_cents,
                       spent_cents = monthly_money.spent_cents + excluded.spent_cents""")
                .setParameter(1, effectiveOn.withDayOfMonth(1))
                .setParameter(2, fiscalYear)
                .setParameter(3, priorityLineCode)
                .setParameter(4, amounts.allocatedCents())
                .setParameter(5, amounts.committedCents())
                .setParameter(6, amounts.spentCents())
                .executeUpdate();
    }
}
