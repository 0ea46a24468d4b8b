package nl.iat.measures.measure;

/** The fundamental rights and freedoms a measure may infringe on. */
public enum FundamentalRight {
    PRIVACY,
    DATA_PROTECTION,
    FREEDOM_OF_EXPRESSION,
    FREEDOM_OF_RELIGION,
    FREEDOM_OF_ASSEMBLY,
    FREEDOM_OF_MOVEMENT,
    LIBERTY,
    EQUAL_TREATMENT,
    FAIR_TRIAL,
    PROPERTY
}
