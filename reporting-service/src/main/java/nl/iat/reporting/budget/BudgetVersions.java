package nl.iat.reporting.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import nl.iat.platform.events.IncomingEvent;
import nl.iat.platform.security.Classification;
import nl.iat.reporting.events.BusinessDates;

/**
 * Every amount an envelope and a budget line has had, with the date it took effect and the moment it
 * was recorded; each version ends where the next one takes effect (ADR 0304). Business time runs
 * forward per envelope and line (ADR 0010): an earlier date is taken as the current version's.
 */
@ApplicationScoped
public class BudgetVersions {

    @Inject
    EntityManager entityManager;

    public void appendEnvelope(BudgetEventData.EnvelopeSet envelope, IncomingEvent event) {
        entityManager.createNativeQuery("""
                with closed as (
                    update envelope_version set next_recorded_at = greatest(recorded_at, ?2),
                           next_effective_on = greatest(effective_on, ?5)
                    where fiscal_year = ?1 and next_recorded_at is null returning next_effective_on)
                insert into envelope_version (fiscal_year, recorded_at, effective_on, amount_cents, budget_article)
                values (?1, ?2, coalesce((select next_effective_on from closed), ?5), ?3, ?4)""")
                .setParameter(1, envelope.fiscalYear())
                .setParameter(2, event.time())
                .setParameter(3, envelope.amountCents())
                .setParameter(4, envelope.budgetArticle())
                .setParameter(5, BusinessDates.effectiveOn(envelope.effectiveOn(), event.time()))
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
                with closed as (
                    update budget_line_version set next_recorded_at = greatest(recorded_at, ?3),
                           next_effective_on = greatest(effective_on, ?8)
                    where budget_line_id = ?1 and next_recorded_at is null returning next_effective_on)
                insert into budget_line_version (budget_line_id, version, recorded_at, effective_on, fiscal_year,
                    priority_line_code, title, amount_cents, classification)
                values (?1, ?2, ?3, coalesce((select next_effective_on from closed), ?8), ?4, ?5, ?6, ?7, ?9)""")
                .setParameter(1, line.budgetLineId())
                .setParameter(2, event.sequence())
                .setParameter(3, event.time())
                .setParameter(4, line.fiscalYear())
                .setParameter(5, line.priorityLineCode())
                .setParameter(6, line.title())
                .setParameter(7, line.amountCents())
                .setParameter(8, BusinessDates.effectiveOn(line.effectiveOn(), event.time()))
                .setParameter(9, Classification.orPublic(line.classification()).name())
                .executeUpdate();
    }
}
