package nl.iat.reporting.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import nl.iat.platform.events.IncomingEvent;

/** Every amount an envelope and a budget line has had, valid from its event's time. */
@ApplicationScoped
public class BudgetVersions {

    @Inject
    EntityManager entityManager;

    public void appendEnvelope(BudgetEventData.EnvelopeSet envelope, IncomingEvent event) {
        entityManager.createNativeQuery("""
                update envelope_version set valid_to = greatest(valid_from, ?2)
                where fiscal_year = ?1 and valid_to is null""")
                .setParameter(1, envelope.fiscalYear())
                .setParameter(2, event.time())
                .executeUpdate();
        entityManager.createNativeQuery("""
                insert into envelope_version (fiscal_year, valid_from, amount_cents, budget_article)
                values (?1, ?2, ?3, ?4)""")
                .setParameter(1, envelope.fiscalYear())
                .setParameter(2, event.time())
                .setParameter(3, envelope.amountCents())
                .setParameter(4, envelope.budgetArticle())
                .executeUpdate();
    }

    /** Whether the line already has this version or a newer one (a late or repeated event). */
    public boolean isStaleBudgetLine(BudgetEventData.BudgetLineSet line, IncomingEvent event) {
        Number latest = (Number) entityManager.createNativeQuery(
                "select max(version) from budget_line_version where budget_line_id = ?1")
                .setParameter(1, line.budgetLineId())
                .getSingleResult();
        return latest != null && latest.longValue() >= event.sequence();
    }

    public void appendBudgetLine(BudgetEventData.BudgetLineSet line, IncomingEvent event) {
        entityManager.createNativeQuery("""
                update budget_line_version set valid_to = greatest(valid_from, ?2)
                where budget_line_id = ?1 and valid_to is null""")
                .setParameter(1, line.budgetLineId())
                .setParameter(2, event.time())
                .executeUpdate();
        entityManager.createNativeQuery("""
                insert into budget_line_version (budget_line_id, version, valid_from, fiscal_year, priority_line_code,
                    title, amount_cents)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, line.budgetLineId())
                .setParameter(2, event.sequence())
                .setParameter(3, event.time())
                .setParameter(4, line.fiscalYear())
                .setParameter(5, line.priorityLineCode())
                .setParameter(6, line.title())
                .setParameter(7, line.amountCents())
                .executeUpdate();
    }
}
