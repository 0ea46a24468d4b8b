package nl.iat.budget.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import nl.iat.budget.envelope.Envelope;
import nl.iat.budget.service.YearSummaryView.PriorityLineFigures;
import nl.iat.platform.problem.ProblemException;

/** The year's figures; the line and allocation figures come from one statement, so they agree. */
@ApplicationScoped
public class YearSummaryService {

    @Inject
    EntityManager entityManager;

    public YearSummaryView summary(int fiscalYear) {
        Envelope envelope = Envelope.findById(fiscalYear);
        if (envelope == null) {
            throw ProblemException.notFound("Envelope for fiscal year", fiscalYear);
        }
        List<PriorityLineFigures> perLine = figures(fiscalYear);
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
                       sum(l.amount_cents), sum(l.allocated_cents),
                       coalesce(sum(s.committed_cents), 0), coalesce(sum(s.spent_cents), 0)
                  from budget_line l
                  left join (select budget_line_id, sum(committed_cents) committed_cents, sum(spent_cents) spent_cents
                               from allocation group by budget_line_id) s on s.budget_line_id = l.budget_line_id
                 where l.fiscal_year = ?1
                 group by l.priority_line_code
                 order by l.priority_line_code""")
                .setParameter(1, fiscalYear)
                .getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new PriorityLineFigures((String) r[0],
                ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                ((Number) r[4]).longValue())).toList();
    }
}
