package nl.iat.measures.measure;

/** The kind of measure the letter distinguishes: preventive, repressive or curative. */
public enum Approach {
    PREVENTIVE, REPRESSIVE, CURATIVE
}
