package nl.iat.budget.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import nl.iat.budget.allocation.Allocation;
import nl.iat.budget.envelope.Envelope;
import nl.iat.budget.line.BudgetLine;
import nl.iat.budget.service.YearSummaryView.PriorityLineFigures;
import nl.iat.platform.problem.ProblemException;
import nl.iat.platform.security.Classification;

/**
 * The year's figures; the line and allocation figures come from one statement, so they agree. They
 * hold only what the caller may see (ADR 0016): lines classified above its clearance and their money,
 * and allocations to measures above it with their commitments and expenditures, are left out of every
 * sum. The envelope stays whole: it is public in the budget law.
 */
@ApplicationScoped
public class YearSummaryService {

    @Inject
    EntityManager entityManager;

    @Inject
    Visibility visibility;

    /** The classified items the summary sums are recorded as read. */
    @Transactional
    public YearSummaryView summary(int fiscalYear) {
        Envelope envelope = Envelope.findById(fiscalYear);
        if (envelope == null) {
            throw ProblemException.notFound("Envelope for fiscal year", fiscalYear);
        }
        List<PriorityLineFigures> perLine = figures(fiscalYear);
        recordReads(fiscalYear);
        long lined = perLine.stream().mapToLong(PriorityLineFigures::linedCents).sum();
        long allocated = perLine.stream().mapToLong(PriorityLineFigures::allocatedCents).sum();
        return new YearSummaryView(fiscalYear, envelope.amountCents, lined, allocated,
                perLine.stream().mapToLong(PriorityLineFigures::committedCents).sum(),
                perLine.stream().mapToLong(PriorityLineFigures::spentCents).sum(),
                envelope.amountCents - lined, envelope.amountCents - allocated, perLine);
    }

    private List<PriorityLineFigures> figures(int fiscalYear) {
        List<?> rows = entityManager.createNativeQuery("""
                select l.priority_line_code,
                       sum(l.amount_cents), coalesce(sum(s.amount_cents), 0),
                       coalesce(sum(s.committed_cents), 0), coalesce(sum(s.spent_cents), 0)
                  from budget_line l
                  left join (select a.budget_line_id, sum(a.amount_cents) amount_cents,
                                    sum(a.committed_cents) committed_cents, sum(a.spent_cents) spent_cents
                               from allocation a left join measure_copy m on m.measure_id = a.measure_id
                              where %s
                              group by a.budget_line_id) s on s.budget_line_id = l.budget_line_id
                 where l.fiscal_year = :year and %s
                 group by l.priority_line_code
                 order by l.priority_line_code""".formatted(Visibility.MEASURE_ROW, Visibility.LINE_ROW))
                .setParameter("year", fiscalYear)
                .setParameter(Visibility.VISIBLE, visibility.levelNames())
                .getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new PriorityLineFigures((String) r[0],
                ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                ((Number) r[4]).longValue())).toList();
    }

    /** One access-log entry per classified line and allocation the summary includes (ADR 0016). */
    private void recordReads(int fiscalYear) {
        Parameters parameters = Parameters.with("year", fiscalYear).and(Visibility.VISIBLE, visibility.levels())
                .and(Visibility.PUBLIC, Classification.PUBLIC);
        BudgetLine.<BudgetLine>list("fiscalYear = :year and " + Visibility.LINE + " and classification <> :public",
                        parameters)
                .forEach(line -> visibility.recordRead(Visibility.BUDGET_LINE, line.budgetLineId, line.classification));
        Allocation.<Allocation>list("fiscalYear = :year and " + Visibility.ALLOCATION + " and "
                        + Visibility.CLASSIFIED_ALLOCATION, parameters)
                .forEach(allocation -> visibility.recordRead(Visibility.ALLOCATION_ITEM, allocation.allocationId,
                        visibility.of(allocation)));
    }
}
