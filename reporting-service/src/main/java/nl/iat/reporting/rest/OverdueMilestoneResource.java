package nl.iat.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.security.Roles;
import nl.iat.platform.security.Clearance;
import nl.iat.reporting.reports.OverdueMilestones;
import nl.iat.reporting.service.MeasureReportService;
import nl.iat.reporting.service.ReportTimeParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/overdue-milestones")
@Tag(name = "Balance")
@RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
public class OverdueMilestoneResource {

    @Inject
    Clearance clearance;

    @Inject
    MeasureReportService measures;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
    @Operation(summary = "Overdue milestones",
            description = "Milestones of open measures (proposed, approved, in progress) whose due date is before the "
                    + "reference date (the date of asOf, or today) and that are not done, by due date.")
    @APIResponse(responseCode = "200", description = "A page of overdue milestones", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OverdueMilestones.class)),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    example = "measureId,measureCode,measureTitle,measureStatus,milestoneId,title,dueDate\r\n"
                            + "3f0c8a52-5a1e-4c36-9f43-7f3c2a9b1d10,IAT-2018-001,Uitbreiding capaciteit AIVD,IN_PROGRESS,"
                            + "0b8f6a0e-6d1c-4b5e-9f2a-1c3d5e7f9a0b,Recruitment completed,2018-06-30\r\n") })
    public OverdueMilestones listOverdueMilestones(
            @BeanParam ReportTimeParameters time,
            @Valid @BeanParam PageRequest paging) {
        return measures.overdueMilestones(time.time(clearance), paging);
    }
}
