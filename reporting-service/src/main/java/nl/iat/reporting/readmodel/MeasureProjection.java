package nl.iat.reporting.readmodel;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.iat.platform.events.IncomingEvent;
import nl.iat.reporting.totals.Dimension;
import nl.iat.reporting.totals.GroupLabels;
import nl.iat.reporting.totals.MeasureCounts;
import nl.iat.reporting.totals.MoneyByGroup;
import nl.iat.reporting.measures.MeasureState;
import nl.iat.reporting.measures.MeasureVersions;

/**
 * Applies a measure event (all four types carry the measure's full state): a new version of the
 * measure, its count moved to its new groups, and its money moved to the groups of its new data
 * (intervention area, lead organisation, approach, nature).
 */
@ApplicationScoped
public class MeasureProjection implements ReadModelHandler<MeasureState> {

    @Inject
    MeasureVersions versions;

    @Inject
    MeasureCounts counts;

    @Inject
    MoneyByGroup money;

    @Inject
    GroupLabels labels;

    @Override
    public void apply(MeasureState state, IncomingEvent event) {
        Optional<MeasureVersions.Current> current = versions.current(state.measureId());
        if (current.isPresent() && current.get().sequence() >= event.sequence()) {
            return; // an older state never overwrites a newer one
        }
        versions.append(state, event);
        MeasureState previous = current.map(MeasureVersions.Current::state).orElse(null);
        counts.change(previous, state);
        moveMoney(previous, state);
        labels.set(Dimension.LEAD_ORGANISATION, state.leadOrganisationId(),
                state.leadOrganisationName() == null ? state.leadOrganisationId() : state.leadOrganisationName());
    }

    @Override
    public void rebuild(MeasureState state, IncomingEvent event, RebuildFacts facts) {
        facts.measureVersion(state, event);
    }

    private void moveMoney(MeasureState previous, MeasureState state) {
        for (Dimension dimension : Dimension.values()) {
            if (!dimension.moneyFollowsMeasure()) {
                continue;
            }
            String from = dimension.moneyKey(previous);
            String to = dimension.moneyKey(state);
            if (!from.equals(to)) {
                money.moveMeasure(state.measureId(), dimension, from, to);
            }
        }
    }
}
