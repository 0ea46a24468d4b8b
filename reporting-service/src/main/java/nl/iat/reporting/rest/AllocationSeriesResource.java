package nl.iat.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.security.Roles;
import nl.iat.platform.security.Clearance;
import nl.iat.reporting.reports.AllocationSeries;
import nl.iat.reporting.service.ReportService;
import nl.iat.reporting.service.ReportTimeParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/allocation-series")
@Tag(name = "Allocation series", description = "Allocations per month, for charts")
@RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
public class AllocationSeriesResource {

    @Inject
    Clearance clearance;

    @Inject
    ReportService reports;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
    @Operation(summary = "Allocations per month",
            description = "Net change of the allocations per calendar month of business time (the ledger entries' "
                    + "effectiveOn, the decision dates) and the cumulative allocation, per priority line or for all lines "
                    + "together, in month order. For allocations, commitments and expenditures together see money-series.")
    @APIResponse(responseCode = "200", description = "The points of the series", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AllocationSeries.class)),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    example = "month,priorityLineCode,allocatedChangeCents,allocatedCumulativeCents\r\n"
                            + "2018-03,EARLY_DETECTION,250000000,250000000\r\n") })
    public AllocationSeries getAllocationSeries(
            @Parameter(description = "Only allocations on budget lines of this fiscal year", example = "2018")
            @QueryParam("fiscalYear") @Min(2000) @Max(2100) Integer fiscalYear,
            @Parameter(description = "Only this priority line", example = "EARLY_DETECTION")
            @QueryParam("priorityLineCode") @Pattern(regexp = "[A-Z_]{1,50}") String priorityLineCode,
            @Parameter(description = "One point per month and priority line (true) or per month for all lines (false)", example = "true")
            @QueryParam("perPriorityLine") @DefaultValue("true") boolean perPriorityLine,
            @BeanParam ReportTimeParameters time,
            @Valid @BeanParam PageRequest paging) {
        return reports.allocationSeries(fiscalYear, priorityLineCode, perPriorityLine, time.time(clearance), paging);
    }
}
