package nl.iat.measures.events;

/**
 * The events of commitments and motions to parliament, on their own topic {@code iat.parliament.events}
 * (ADR 0103); their contracts are in event-contracts, domain {@code parliament}.
 */
public enum ParliamentEventType {
    COMMITMENT_SET("nl.iat.parliament.commitments.set.v1"),
    MOTION_SET("nl.iat.parliament.motions.set.v1");

    /** Where the outbox relay sends them: routed by this type prefix (iat.outbox.topic-routes). */
    public static final String TOPIC = "iat.parliament.events";

    private final String cloudEventType;

    ParliamentEventType(String cloudEventType) {
        this.cloudEventType = cloudEventType;
    }

    public String cloudEventType() {
        return cloudEventType;
    }
}
