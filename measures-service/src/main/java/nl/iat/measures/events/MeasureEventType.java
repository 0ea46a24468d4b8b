package nl.iat.measures.events;

/** The four measure events, each with its CloudEvents type; their contracts are in event-contracts. */
public enum MeasureEventType {
    REGISTERED("nl.iat.measures.registered.v1"),
    CHANGED("nl.iat.measures.changed.v1"),
    STATUS_CHANGED("nl.iat.measures.status-changed.v1"),
    ASSESSMENT_REVISED("nl.iat.measures.assessment-revised.v1");

    private final String cloudEventType;

    MeasureEventType(String cloudEventType) {
        this.cloudEventType = cloudEventType;
    }

    public String cloudEventType() {
        return cloudEventType;
    }
}
