package nl.iat.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.iat.platform.idempotency.IdempotentRequests;
import nl.iat.platform.paging.Page;
import nl.iat.platform.paging.PageRequest;
import nl.iat.platform.problem.Problem;
import nl.iat.platform.problem.ProblemException;
import nl.iat.platform.security.CurrentActor;
import nl.iat.platform.security.Roles;
import nl.iat.reporting.progress.CreateProgressReport;
import nl.iat.reporting.progress.ProgressReportTables;
import nl.iat.reporting.reports.CsvTable;
import nl.iat.reporting.service.ProgressReportFilter;
import nl.iat.reporting.service.ProgressReportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import nl.iat.reporting.service.ProgressReportView;

@Path("/progress-reports")
@Tag(name = "Progress reports", description = "Frozen, numbered progress reports to parliament (voortgangsrapportages)")
public class ProgressReportResource {

    @Inject
    ProgressReportService progressReports;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    CurrentActor caller;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Freeze a progress report",
            description = "Freezes the reports as of the end of the reference date (Europe/Amsterdam) into a new, "
                    + "numbered progress report with a SHA-256 content hash and the differences from the previous "
                    + "report (new measures, status changes, money changes). Later events never change it. The "
                    + "reference date must have ended. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "The frozen progress report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressReportView.class)))
    @APIResponse(responseCode = "422", description = "The dates do not fit (period after reference date, reference date not ended) or the Idempotency-Key was used for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response freezeProgressReport(
            @Parameter(description = "Makes retries safe: a repeated key returns the first response", example = "7f1c2d3e-progress-2019")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull CreateProgressReport request) {
        String actor = caller.id();
        return idempotentRequests.execute(idempotencyKey, actor, "create-progress-report", request, () -> {
            ProgressReportView report = progressReports.create(request, actor);
            // Set verbatim: Response.created would resolve the path against the base URI once more.
            return Response.status(Response.Status.CREATED).entity(report)
                    .header("Location", "/api/reports/v1/progress-reports/" + report.number()).build();
        });
    }

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List progress reports", description = "The progress reports without their content, by number.")
    @APIResponse(responseCode = "200", description = "A page of progress reports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressReportPage.class)))
    public Page<ProgressReportView> listProgressReports(@BeanParam ProgressReportFilter filter,
            @Parameter(description = "number (oldest first) or -number (newest first)", example = "-number")
            @QueryParam("sort") @DefaultValue("number") @Pattern(regexp = "-?number", message = "must be number or -number") String sort,
            @Valid @BeanParam PageRequest paging) {
        return progressReports.list(filter, sort, paging);
    }

    @GET
    @Path("/{number}")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML })
    @Operation(summary = "Read a progress report",
            description = "The frozen report as JSON, or (Accept: text/html) as a printable page organised by the five "
                    + "intervention areas.")
    @APIResponse(responseCode = "200", description = "The progress report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressReportView.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    example = "<!DOCTYPE html><html lang=\"nl\">...</html>") })
    public Response getProgressReport(
            @Parameter(description = "The report's number", example = "1") @PathParam("number") @Min(1) @Max(1_000_000) int number,
            @Context HttpHeaders headers) {
        ProgressReportView report = progressReports.get(number);
        if (prefersHtml(headers)) {
            return Response.ok(ProgressReportHtml.render(report, progressReports.content(number)), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                    .build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{number}/tables/{table}")
    @RolesAllowed({ Roles.VIEWER, Roles.MEASURE_EDITOR, Roles.BUDGET_CONTROLLER, Roles.ADMIN })
    @Produces(CsvWriter.TEXT_CSV)
    @Operation(summary = "One table of a progress report as CSV",
            description = "A table of the frozen report as RFC 4180 CSV with a header row: overviews, measures, "
                    + "intervention-areas, priority-lines, lead-organisations, approaches, natures, impact-levels, "
                    + "balance, new-measures, status-changes, money-changes, corrections (late corrections of the "
                    + "previous report), commitments or motions (the state of the commitments and motions to parliament).")
    @APIResponse(responseCode = "200", description = "The table", content = @Content(mediaType = CsvWriter.TEXT_CSV,
            schema = @Schema(type = SchemaType.STRING),
            example = "measureId,code,title,status\r\n3f0c8a52-5a1e-4c36-9f43-7f3c2a9b1d10,IAT-2018-001,Uitbreiding capaciteit AIVD,APPROVED\r\n"))
    public CsvTable.Tabular getProgressReportTable(
            @Parameter(description = "The report's number", example = "1") @PathParam("number") @Min(1) @Max(1_000_000) int number,
            @Parameter(description = "The table", schema = @Schema(enumeration = { "overviews", "measures",
                    "intervention-areas", "priority-lines", "lead-organisations", "approaches", "natures", "impact-levels",
                    "balance", "new-measures", "status-changes", "money-changes", "corrections", "commitments", "motions" }))
            @PathParam("table") String table) {
        CsvTable csv = ProgressReportTables.table(progressReports.content(number), table)
                .orElseThrow(() -> ProblemException.notFound("Progress report table", table));
        return () -> csv;
    }

    private static boolean prefersHtml(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
                return false;
            }
            if (MediaType.TEXT_HTML_TYPE.isCompatible(type)) {
                return true;
            }
        }
        return false;
    }

    /** For the OpenAPI document: a page of progress reports. */
    @Schema(name = "ProgressReportPage", description = "A page of progress reports")
    static final class ProgressReportPage {
        public java.util.List<ProgressReportView> items;
        @Schema(example = "1") public int page;
        @Schema(example = "20") public int pageSize;
        @Schema(example = "3") public long totalItems;
        @Schema(example = "1") public long totalPages;
    }
}
