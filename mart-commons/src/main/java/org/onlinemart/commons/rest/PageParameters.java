package org.onlinemart.commons.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.commons.problem.InvalidRequestException;

/**
 * {@code ?page=} (from 0) and {@code ?size=} (1–100, default 20) of every list endpoint, declared once: a resource
 * method takes {@code @Valid @BeanParam PageParameters paging}. Out of bounds is a 400 naming the parameter.
 */
public class PageParameters {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "Which page, from 0")
    private int page;

    @QueryParam("size")
    @DefaultValue("" + PageRequest.DEFAULT_SIZE)
    @Min(1)
    @Max(PageRequest.MAX_SIZE)
    @Parameter(description = "Items per page")
    private int size;

    /** The page asked for; one so far out that its offset would overflow is a 400 naming {@code page}. */
    public PageRequest request() {
        if (page > PageRequest.lastPage(size)) {
            throw new InvalidRequestException(
                    "The page starts beyond the longest list there can be",
                    "page",
                    "must be at most " + PageRequest.lastPage(size) + " for size " + size);
        }
        return new PageRequest(page, size);
    }
}
