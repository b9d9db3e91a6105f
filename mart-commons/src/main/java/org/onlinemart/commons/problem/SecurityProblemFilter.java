package org.onlinemart.commons.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * Liberty's JWT check answers a missing or invalid token with a bare 401 (and a wrong role, outside
 * JAX-RS, with a bare 403). This filter gives such answers the problem+json body every other error has;
 * the WWW-Authenticate header the check set stays.
 */
public class SecurityProblemFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        int status = response.getStatus();
        if ((status == 401 || status == 403) && !response.isCommitted() && response.getContentType() == null) {
            Problem problem = Problem.of(
                    Response.Status.fromStatusCode(status),
                    status == 401
                            ? "Sign in: send a valid bearer token from the user service"
                            : "Your role may not do this",
                    request.getRequestURI());
            ServletProblems.write(response, problem);
        }
    }
}
