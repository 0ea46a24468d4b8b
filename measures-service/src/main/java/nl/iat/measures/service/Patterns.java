package nl.iat.measures.service;

/** The shapes of codes and references the API accepts. */
final class Patterns {

    /** A measure or reference-data code, e.g. IAT-2018-001 or NCTS-2016-2020. */
    static final String CODE = "^[A-Za-z][A-Za-z0-9_-]{0,59}$";

    /** A Kamerstuk reference: dossier number (with optional suffix), then the paper's number. */
    static final String PARLIAMENTARY_PAPER = "^[0-9]{2} [0-9]{3}(-[A-Z0-9]{1,6})?, nr\\. [0-9]{1,5}$";

    private Patterns() {
    }
}
