package nl.iat.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import nl.iat.platform.security.Roles;
import nl.iat.platform.security.Clearance;
import nl.iat.reporting.reports.Overview;
import nl.iat.reporting.service.ReportService;
import nl.iat.reporting.service.ReportTimeParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/overviews")
@Tag(name = "Overviews", description = "The money of a fiscal year from envelope to spending")
@RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
public class OverviewResource {

    @Inject
    Clearance clearance;

    @Inject
    ReportService reports;

    @GET
    @Path("/{fiscalYear}")
    @Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
    @Operation(summary = "Overview of a fiscal year",
            description = "Envelope, lined (budget lines), allocated, committed, spent and free money of the year, in "
                    + "euro cents, and the number of measures per status whose period overlaps the year. Read from "
                    + "precomputed read models; with asOf, computed from the event history up to that moment. Ask "
                    + "for text/csv to get one header row and one data row.")
    @APIResponse(responseCode = "200", description = "The overview", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overview.class)),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    example = "fiscalYear,envelopeCents,linedCents,allocatedCents,committedCents,spentCents,unlinedCents,"
                            + "freeCents,proposed,approved,inProgress,completed,cancelled\r\n"
                            + "2018,1300000000,1300000000,1150000000,800000000,450000000,0,150000000,2,5,12,3,1\r\n") })
    public Overview getOverview(
            @Parameter(description = "The fiscal year", example = "2018") @PathParam("fiscalYear") @Min(2000) @Max(2100) int fiscalYear,
            @BeanParam ReportTimeParameters time) {
        return reports.overview(fiscalYear, time.time(clearance));
    }
}
