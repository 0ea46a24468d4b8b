package nl.iat.reporting.parliament;

import jakarta.inject.Inject;

import nl.iat.platform.events.IncomingEvent;
import nl.iat.reporting.readmodel.ReadModelHandler;
import nl.iat.reporting.readmodel.RebuildFacts;

/** Applies a commitment's or motion's new state: a new version. */
public abstract class ParliamentProjection<T extends ParliamentEventData.Item> implements ReadModelHandler<T> {

    @Inject
    ParliamentVersions versions;

    @Override
    public void apply(T item, IncomingEvent event) {
        versions.append(item, event.data(), event);
    }

    /** Commitments and motions are few and feed no totals: a rebuild applies them as the live consumer does. */
    @Override
    public void rebuild(T item, IncomingEvent event, RebuildFacts facts) {
        apply(item, event);
    }

    @jakarta.enterprise.context.ApplicationScoped
    public static class Commitments extends ParliamentProjection<ParliamentEventData.CommitmentSet> {
    }

    @jakarta.enterprise.context.ApplicationScoped
    public static class Motions extends ParliamentProjection<ParliamentEventData.MotionSet> {
    }
}
