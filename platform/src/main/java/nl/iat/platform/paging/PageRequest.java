package nl.iat.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging query parameters every list shares: a 1-based page and a bounded page size. */
public class PageRequest {

    public static final int MAX_PAGE_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(1)
    @Max(1_000_000)
    @Parameter(description = "Page number, starting at 1", example = "1")
    public int page = 1;

    @QueryParam("pageSize")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_PAGE_SIZE)
    @Parameter(description = "Items per page, at most 100", example = "20")
    public int pageSize = 20;

    public int offset() {
        return (page - 1) * pageSize;
    }
}
