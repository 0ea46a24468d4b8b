package nl.iat.reporting.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.problem.Problem;
import nl.iat.platform.problem.ProblemException;
import nl.iat.platform.security.Roles;
import nl.iat.platform.security.Clearance;
import nl.iat.reporting.reports.MeasureList;
import nl.iat.reporting.reports.MeasurePicture;
import nl.iat.reporting.service.MeasureFilter;
import nl.iat.reporting.service.MeasureReportService;
import nl.iat.reporting.service.ReportTimeParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/measures")
@Tag(name = "Measures", description = "The measures as the reports know them, with their money")
@RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
public class MeasureResource {

    @Inject
    Clearance clearance;

    @Inject
    MeasureReportService measures;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
    @Operation(summary = "List measures with their money",
            description = "The measures (now, or as of a moment) with allocated, committed and spent money over all "
                    + "years. Filter by status, classification, assessment and review date: for example "
                    + "impactLevel=HIGH&assessmentComplete=false lists the HIGH-impact measures without complete "
                    + "justification, open=true&reviewDateBefore=2019-04-30 the assessments past their review date.")
    @APIResponse(responseCode = "200", description = "A page of measures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureList.class)),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    example = "measureId,code,title,interventionAreaCode,priorityLineCode,approach,nature,leadOrganisationId,"
                            + "leadOrganisationName,status,startDate,endDate,impactLevel,assessmentComplete,reviewDate,"
                            + "allocatedCents,committedCents,spentCents\r\n3f0c8a52-5a1e-4c36-9f43-7f3c2a9b1d10,IAT-2018-001,"
                            + "\"Uitbreiding capaciteit AIVD, fase 1\",VERWERVEN,EARLY_DETECTION,PREVENTIVE,INTENSIFICATION,"
                            + "7d7f1f0e-2b55-4f0c-8d1e-2a1f4b3c5d6e,AIVD,IN_PROGRESS,2018-01-01,2021-12-31,HIGH,true,"
                            + "2020-01-01,250000000,100000000,40000000\r\n") })
    public MeasureList listMeasureReports(@Valid @BeanParam MeasureFilter filter, @BeanParam ReportTimeParameters time,
            @Parameter(description = "Order: code, title, status, startDate, reviewDate or interventionAreaCode; prefix with - for descending",
                    example = "code") @QueryParam("sort") @DefaultValue("code") String sort,
            @Valid @BeanParam PageRequest paging) {
        return measures.list(filter, time.time(clearance), sort, paging);
    }

    @GET
    @Path("/{measureId}")
    @Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
    @Operation(summary = "One measure's full picture",
            description = "The measure's data, its status history, its allocations with committed and spent money, and "
                    + "every money change over time; as of a moment when asOf is given. As text/csv: the money changes.")
    @APIResponse(responseCode = "200", description = "The measure", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasurePicture.class)),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    example = "occurredAt,kind,allocationId,fiscalYear,amountCents,reason,actor\r\n2018-03-01T09:00:00Z,"
                            + "ALLOCATE,9a1c7d3e-2f4b-4c5d-8e6f-7a8b9c0d1e2f,2018,250000000,Initial allocation,controller-client\r\n") })
    @APIResponse(responseCode = "404", description = "The measure does not exist (at asOf)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public MeasurePicture getMeasureReport(
            @Parameter(description = "The measure's id")
            @PathParam("measureId") String measureId,
            @BeanParam ReportTimeParameters time) {
        return measures.picture(uuid(measureId), time.time(clearance));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Measure", id);
        }
    }

}
