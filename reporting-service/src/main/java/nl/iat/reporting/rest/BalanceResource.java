package nl.iat.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.iat.platform.security.Roles;
import nl.iat.platform.security.Clearance;
import nl.iat.reporting.reports.Balance;
import nl.iat.reporting.service.ReportService;
import nl.iat.reporting.service.ReportTimeParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/balances")
@Tag(name = "Balance", description = "Measures against their infringement of fundamental rights, as the letter promises to watch")
@RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
public class BalanceResource {

    @Inject
    Clearance clearance;

    @Inject
    ReportService reports;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
    @Operation(summary = "The balance of the measures",
            description = "Share of the allocated money and of the measures per approach (preventive, repressive, "
                    + "curative); measures per fundamental-rights impact level; and how many HIGH-impact measures lack "
                    + "a complete justification, how many assessments are past their review date and how many "
                    + "milestones are overdue. As text/csv: the approach table.")
    @APIResponse(responseCode = "200", description = "The balance", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Balance.class)),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    example = "approach,allocatedCents,allocatedSharePercent,measureCount,measureSharePercent\r\n"
                            + "PREVENTIVE,650000000,56.52,12,48.00\r\n") })
    public Balance listBalances(
            @Parameter(description = "Only money of this fiscal year and measures whose period overlaps it", example = "2018")
            @QueryParam("fiscalYear") @Min(2000) @Max(2100) Integer fiscalYear,
            @BeanParam ReportTimeParameters time) {
        return reports.balance(fiscalYear, time.time(clearance));
    }
}
