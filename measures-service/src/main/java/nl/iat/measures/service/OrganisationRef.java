package nl.iat.measures.service;

import java.util.UUID;

import nl.iat.measures.organisation.Organisation;
import nl.iat.measures.organisation.OrganisationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation as a measure names it. */
@Schema(name = "OrganisationRef", description = "An organisation taking part in a measure")
public record OrganisationRef(
        @Schema(description = "Id of the organisation", example = "00000000-0000-4000-8000-000000000002") UUID id,
        @Schema(description = "Name", example = "AIVD") String name,
        @Schema(description = "Kind of actor", example = "NATIONAL_GOVERNMENT") OrganisationKind kind) {

    static OrganisationRef of(Organisation o) {
        return new OrganisationRef(o.id, o.name, o.kind);
    }
}
