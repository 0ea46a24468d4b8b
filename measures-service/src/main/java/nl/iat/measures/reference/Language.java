package nl.iat.measures.reference;

import java.util.Locale;

/**
 * The languages reference data is labelled in. Dutch is the default: it is the language of the
 * source documents (see ADR 0100).
 */
public enum Language {
    NL, EN;

    /**
     * The first supported language in the client's Accept-Language preference order (q-values
     * respected); Dutch when the client names neither.
     *
     * @throws IllegalArgumentException when the header is not a valid language list
     */
    public static Language preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return NL;
        }
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
            String language = range.getRange().split("-")[0];
            if (range.getWeight() > 0 && "en".equalsIgnoreCase(language)) {
                return EN;
            }
            if (range.getWeight() > 0 && "nl".equalsIgnoreCase(language)) {
                return NL;
            }
        }
        return NL;
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String pick(String dutch, String english) {
        return this == EN ? english : dutch;
    }
}
