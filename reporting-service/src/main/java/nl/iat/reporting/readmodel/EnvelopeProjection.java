package nl.iat.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.iat.platform.events.IncomingEvent;
import nl.iat.reporting.budget.BudgetEventData.EnvelopeSet;
import nl.iat.reporting.budget.BudgetVersions;

/** Applies an envelope's new amount: a new envelope version. */
@ApplicationScoped
public class EnvelopeProjection implements ReadModelHandler<EnvelopeSet> {

    @Inject
    BudgetVersions budgetVersions;

    @Override
    public void apply(EnvelopeSet envelope, IncomingEvent event) {
        budgetVersions.appendEnvelope(envelope, event);
    }

    /** Envelopes are rare and feed no totals: a rebuild applies them as the live consumer does. */
    @Override
    public void rebuild(EnvelopeSet envelope, IncomingEvent event, RebuildFacts facts) {
        apply(envelope, event);
    }
}
