package org.onlinemart.commons.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes a problem into a servlet response, for the answers made outside JAX-RS (its mappers write the rest). */
final class ServletProblems {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private ServletProblems() {}

    static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSONB.toJson(problem));
    }
}
