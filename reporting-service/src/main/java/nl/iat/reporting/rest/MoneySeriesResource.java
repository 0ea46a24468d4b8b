package nl.iat.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import nl.iat.platform.security.Roles;
import nl.iat.platform.security.Clearance;
import nl.iat.reporting.reports.MoneySeries;
import nl.iat.reporting.service.ReportService;
import nl.iat.reporting.service.ReportTimeParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/money-series")
@Tag(name = "Money series", description = "Planned against actual over a fiscal year, for charts")
@RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
public class MoneySeriesResource {

    @Inject
    Clearance clearance;

    @Inject
    ReportService reports;

    @GET
    @Path("/{fiscalYear}")
    @Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
    @Operation(summary = "Money of a fiscal year per month or quarter",
            description = "Allocated, committed and spent money of the fiscal year's budget lines per calendar month or "
                    + "quarter of business time (decision, commitment and payment dates): the change in each period and "
                    + "the cumulative amounts at its end, every period listed. The periods cover the year, and any period "
                    + "before or after it in which its money took effect, up to asOf; the last point's cumulative amounts "
                    + "equal the year's overview.")
    @APIResponse(responseCode = "200", description = "The series", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MoneySeries.class)),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    example = "period,start,end,allocatedChangeCents,committedChangeCents,spentChangeCents,allocatedCents,"
                            + "committedCents,spentCents\r\n2019-01,2019-01-01,2019-01-31,250000000,0,0,250000000,0,0\r\n") })
    public MoneySeries getMoneySeries(
            @Parameter(description = "The fiscal year", example = "2019") @PathParam("fiscalYear") @Min(2000) @Max(2100) int fiscalYear,
            @Parameter(description = "MONTH or QUARTER", schema = @Schema(enumeration = { "MONTH", "QUARTER" }))
            @QueryParam("interval") @DefaultValue("MONTH") MoneySeries.Interval interval,
            @BeanParam ReportTimeParameters time) {
        return reports.moneySeries(fiscalYear, interval, time.time(clearance));
    }
}
