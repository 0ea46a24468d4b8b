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
import nl.iat.reporting.parliament.ParliamentItems;
import nl.iat.reporting.parliament.ParliamentOverview;
import nl.iat.reporting.parliament.ParliamentQueries;
import nl.iat.reporting.service.ParliamentReportService;
import nl.iat.reporting.service.ReportTimeParameters;
import nl.iat.reporting.service.ParliamentFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Tag(name = "Parliament", description = "Commitments (toezeggingen) and motions (moties) to parliament and their follow-up")
@RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
public class ParliamentResource {

    @Inject
    Clearance clearance;

    private static final String CSV_EXAMPLE = "id,number,title,status,portalStatus,dueDate,overdue,decision,letter,measureIds,"
            + "illustrative,effectiveOn\r\n5c1f9d2e-8a3b-4c7d-9e0f-1a2b3c4d5e6f,TZ201801-057,Kamer informeren,OPEN,"
            + "Openstaand,2018-06-30,true,,,3f0c8a52-5a1e-4c36-9f43-7f3c2a9b1d10,false,2017-12-20\r\n";

    @Inject
    ParliamentReportService parliament;

    @GET
    @Path("/commitments")
    @Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
    @Operation(summary = "List commitments to parliament",
            description = "The commitments (toezeggingen) on the business date as known at the moment, by number, with "
                    + "their status and whether they are overdue; overdue=true lists the open ones past their due date.")
    @APIResponse(responseCode = "200", description = "A page of commitments", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParliamentItems.class)),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING), example = CSV_EXAMPLE) })
    public ParliamentItems listCommitments(@Valid @BeanParam ParliamentFilter filter,
            @BeanParam ReportTimeParameters time, @Valid @BeanParam PageRequest paging) {
        return parliament.list(ParliamentQueries.COMMITMENT, filter, time.time(clearance), paging);
    }

    @GET
    @Path("/motions")
    @Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
    @Operation(summary = "List motions",
            description = "The motions (moties) on the business date as known at the moment, by number, with the "
                    + "decision and the cabinet's follow-up (status).")
    @APIResponse(responseCode = "200", description = "A page of motions", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParliamentItems.class)),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING), example = CSV_EXAMPLE) })
    public ParliamentItems listMotions(@Valid @BeanParam ParliamentFilter filter,
            @BeanParam ReportTimeParameters time, @Valid @BeanParam PageRequest paging) {
        return parliament.list(ParliamentQueries.MOTION, filter, time.time(clearance), paging);
    }

    @GET
    @Path("/parliament-overviews")
    @Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
    @Operation(summary = "Commitments and motions at a glance",
            description = "Commitments and motions by status, the overdue commitments, and both per intervention area of "
                    + "the measures that answer them. As text/csv: the table per intervention area.")
    @APIResponse(responseCode = "200", description = "The overview", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParliamentOverview.class)),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    example = "interventionAreaCode,commitments,openCommitments,overdueCommitments,motions,openMotions\r\n"
                            + "VOORKOMEN,4,3,1,2,1\r\n") })
    public ParliamentOverview getParliamentOverview(@BeanParam ReportTimeParameters time) {
        return parliament.overview(time.time(clearance));
    }
}
