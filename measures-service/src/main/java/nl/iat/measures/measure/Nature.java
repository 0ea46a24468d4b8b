package nl.iat.measures.measure;

/** Whether a measure continues an existing one or intensifies the approach with the extra money. */
public enum Nature {
    CONTINUATION, INTENSIFICATION
}
