package nl.iat.measures.measure;

/** How strongly a measure infringes on fundamental rights. */
public enum ImpactLevel {
    NONE, LOW, MEDIUM, HIGH
}
