package nl.iat.measures.rest;

import nl.iat.measures.reference.Language;
import nl.iat.platform.problem.ProblemException;

/** Reads the Accept-Language header; a header that is not a language list is a 400. */
final class Languages {

    static final String HEADER = "Accept-Language";
    static final String DESCRIPTION = "Language of names and descriptions: nl (default) or en, with q-values";

    private Languages() {
    }

    static Language of(String acceptLanguage) {
        try {
            return Language.preferred(acceptLanguage);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(HEADER, "must be a language list like 'en, nl;q=0.5'");
        }
    }
}
