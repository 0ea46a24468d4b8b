package nl.iat.measures.parliament;

/** The two kinds of parliamentary records the service keeps; names the history rows and the import's answer. */
public enum RecordKind {
    COMMITMENT, MOTION
}
