package nl.iat.measures.rest;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import nl.iat.measures.service.ImportResultView;
import nl.iat.measures.service.ParliamentImportService;
import nl.iat.platform.openapi.OrganisationScopes;
import nl.iat.platform.problem.Problem;
import nl.iat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/parliament-imports")
@Tag(name = "Parliament imports", description = "Commitments and motions from the Tweede Kamer's open data portal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParliamentImportResource {

    /** The body as the portal sends it, for the OpenAPI document only: the records are read one by one. */
    @Schema(name = "PortalRecords", description = "An answer of the Tweede Kamer's Gegevensmagazijn (OData v4 JSON) as it"
            + " comes: `value` holds Toezegging records or Zaak records of Soort Motie (with Kamerstukdossier, ZaakActor"
            + " and Besluit expanded). `@odata.context`, when present, names the entity set; other fields are ignored")
    record PortalRecords(
            @Schema(description = "The records, field names as the portal writes them (Id, Nummer, ...); 1 to 1000",
                    required = true, minItems = 1, maxItems = 1000) List<Map<String, Object>> value) {
    }

    @Inject
    ParliamentImportService imports;

    @POST
    @RolesAllowed({ Roles.MEASURE_EDITOR, Roles.ADMIN })
    @Operation(summary = "Import commitments and motions from the portal", description = "Takes the portal's OData JSON as"
            + " it comes and upserts each record by the portal's `Id`: a new one is created, a changed one gets a new"
            + " version, a history entry and an event (`nl.iat.parliament.*` on `iat.parliament.events`), an unchanged"
            + " one writes nothing, so sending the same file twice changes nothing. Each record is written on its own:"
            + " one that cannot be read (wrong type, malformed date, missing field, deleted, not a motion) is refused"
            + " with its reasons and the others are kept. A commitment's portal status the suite does not know is kept"
            + " as given, with status UNKNOWN (flagged). The business date of a change is the portal's `GewijzigdOp`,"
            + " else today. Linked measures, the illustrative flag and a motion's follow-up are the ministry's and stay"
            + " as they are. A body that is not a list of records is a 400; over 1 MB a 413.",
            extensions = @Extension(name = OrganisationScopes.EXTENSION, value = OrganisationScopes.COORDINATING))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PortalRecords.class),
            examples = { @ExampleObject(name = "commitments", value = ApiExamples.PORTAL_COMMITMENTS,
                    description = "Toezegging records, e.g. from /OData/v4/2.0/Toezegging"),
                    @ExampleObject(name = "motions", value = ApiExamples.PORTAL_MOTIONS,
                            description = "Zaak records of Soort Motie, from /OData/v4/2.0/Zaak?$filter=Soort eq 'Motie'"
                                    + "&$expand=Kamerstukdossier,ZaakActor,Besluit($expand=Agendapunt($expand=Activiteit))") }))
    @APIResponse(responseCode = "200", description = "What was created, updated, unchanged and refused, record by record",
            content = @Content(schema = @Schema(implementation = ImportResultView.class),
                    examples = @ExampleObject(name = "result", value = ApiExamples.IMPORT_RESULT)))
    @APIResponse(responseCode = "400", description = "The body is not the portal's list of records (malformed JSON, no"
            + " or an empty `value`, more than 1000 records, a context of another entity set); nothing is written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "empty", value = ApiExamples.BAD_IMPORT)))
    @APIResponse(responseCode = "403", description = ApiExamples.FORBIDDEN_PARLIAMENT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notCoordinating", value = ApiExamples.NOT_COORDINATING)))
    public ImportResultView importParliamentRecords(JsonNode body) {
        return imports.importRecords(body);
    }
}
