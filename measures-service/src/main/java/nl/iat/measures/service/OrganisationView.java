package nl.iat.measures.service;

import java.time.OffsetDateTime;
import java.util.UUID;

import nl.iat.measures.organisation.Organisation;
import nl.iat.measures.organisation.OrganisationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation with its audit fields. */
@Schema(name = "Organisation", description = "An actor that leads or takes part in measures")
public record OrganisationView(
        @Schema(description = "Id", example = "00000000-0000-4000-8000-000000000002") UUID id,
        @Schema(description = "Name", example = "AIVD") String name,
        @Schema(description = "Kind of actor", example = "NATIONAL_GOVERNMENT") OrganisationKind kind,
        @Schema(description = "Version (ETag)", example = "1") long version,
        @Schema(description = "When it was added", example = "2017-11-24T09:00:00Z") OffsetDateTime createdAt,
        @Schema(description = "Who added it", example = "admin-client") String createdBy,
        @Schema(description = "When it was last changed", example = "2017-11-24T09:00:00Z") OffsetDateTime changedAt,
        @Schema(description = "Who changed it last", example = "admin-client") String changedBy) {

    static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id, o.name, o.kind, o.version, o.createdAt, o.createdBy, o.changedAt, o.changedBy);
    }
}
