package nl.iat.measures.organisation;

/** The six kinds of actors the letter names. */
public enum OrganisationKind {
    LOCAL_GOVERNMENT,
    NATIONAL_GOVERNMENT,
    INTERNATIONAL_GOVERNMENT,
    CIVIL_SOCIETY,
    BUSINESS,
    KEY_FIGURE
}
