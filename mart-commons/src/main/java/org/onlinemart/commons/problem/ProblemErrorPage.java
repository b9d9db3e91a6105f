package org.onlinemart.commons.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * The error page of the errors the servlet container answers itself, before any application code runs (an address
 * with an encoded NUL, slash or dot-dot, for one): problem+json like every other error, instead of the container's
 * own page with its message ids.
 */
public class ProblemErrorPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_BAD_REQUEST;
        Response.StatusType type = Response.Status.fromStatusCode(status);
        Problem problem = Problem.of(
                type == null ? Response.Status.BAD_REQUEST : type,
                status == HttpServletResponse.SC_BAD_REQUEST
                        ? "The request cannot be read: its address or headers are malformed"
                        : "The request cannot be served",
                String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
        response.setStatus(status);
        ServletProblems.write(response, problem);
    }
}
