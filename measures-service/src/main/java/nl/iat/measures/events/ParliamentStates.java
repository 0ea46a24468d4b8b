package nl.iat.measures.events;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import nl.iat.measures.parliament.Commitment;
import nl.iat.measures.parliament.Motion;

/** Takes the event state of a commitment or motion, in a stable order so that equal records give equal JSON. */
public final class ParliamentStates {

    private ParliamentStates() {
    }

    public static CommitmentState of(Commitment c) {
        return new CommitmentState(c.id, c.portalId, c.number, c.text, c.status.name(), c.portalStatus, c.madeOn,
                c.dueDate, c.fulfilledBy, c.ministry, c.minister, c.activityNumber, sorted(c.measureIds), c.illustrative,
                c.version, c.effectiveOn, c.changedAt, c.changedBy);
    }

    public static MotionState of(Motion m) {
        return new MotionState(m.id, m.portalId, m.number, m.dossierNumber, m.volgnummer, m.title, m.subject,
                List.copyOf(m.submitters), m.cabinetAppreciation, m.decision == null ? null : m.decision.name(),
                m.decidedOn, m.followUpStatus.name(), m.reportedIn, sorted(m.measureIds), m.illustrative, m.version,
                m.effectiveOn, m.changedAt, m.changedBy);
    }

    private static List<UUID> sorted(Collection<UUID> ids) {
        return ids.stream().sorted().toList();
    }
}
