package nl.iat.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.problem.ProblemException;
import nl.iat.platform.security.Roles;
import nl.iat.platform.security.Clearance;
import nl.iat.reporting.totals.Dimension;
import nl.iat.reporting.reports.Breakdown;
import nl.iat.reporting.reports.BreakdownRow;
import nl.iat.reporting.service.ReportService;
import nl.iat.reporting.service.ReportTimeParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/breakdowns")
@Tag(name = "Breakdowns", description = "Money and measure counts per intervention area, priority line, lead organisation, approach, nature or impact level")
@RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
public class BreakdownResource {

    @Inject
    Clearance clearance;

    @Inject
    ReportService reports;

    @GET
    @Path("/{dimension}")
    @Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
    @Operation(summary = "Breakdown by one dimension",
            description = "Allocated, committed and spent money (euro cents) and the number of measures per status, per "
                    + "group of the dimension. Money per priority line follows the budget line it was allocated from; "
                    + "the other dimensions follow the measure's data. With fiscalYear, money of that year and the "
                    + "measures whose period overlaps it. Impact levels carry counts only. Ask for text/csv for the "
                    + "groups of the page as a table.")
    @APIResponse(responseCode = "200", description = "The groups of the dimension", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Breakdown.class)),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    example = "groupKey,label,allocatedCents,committedCents,spentCents,measureCount,proposed,approved,"
                            + "inProgress,completed,cancelled\r\nVERWERVEN,VERWERVEN,250000000,100000000,40000000,7,0,2,4,1,0\r\n") })
    public Breakdown getBreakdown(
            @Parameter(description = "What to group by", schema = @Schema(enumeration = { "intervention-areas",
                    "priority-lines", "lead-organisations", "approaches", "natures", "impact-levels" }))
            @PathParam("dimension") String dimension,
            @Parameter(description = "Only money of this fiscal year and measures whose period overlaps it", example = "2018")
            @QueryParam("fiscalYear") @Min(2000) @Max(2100) Integer fiscalYear,
            @BeanParam ReportTimeParameters time,
            @Parameter(description = "Order of the groups: groupKey, label, allocatedCents, committedCents, spentCents or "
                    + "measureCount; prefix with - for descending", example = "-allocatedCents")
            @QueryParam("sort") @DefaultValue("groupKey") String sort,
            @Valid @BeanParam PageRequest paging) {
        Dimension chosen = Dimension.fromPathName(dimension)
                .orElseThrow(() -> ProblemException.notFound("Breakdown dimension", dimension));
        return reports.breakdown(chosen, fiscalYear, time.time(clearance),
                SortParameter.comparator(sort, BreakdownRow.SORTABLE, "groupKey"), paging);
    }
}
