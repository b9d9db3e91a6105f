package org.onlinemart.commons.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything unforeseen: logged in full under an incident id, answered as a 500 that reveals nothing. */
@Provider
public class UnexpectedExceptionMapper extends ProblemMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    protected Problem problem(Throwable e, String instance) {
        UUID incident = UUID.randomUUID();
        LOG.log(Level.SEVERE, "Incident " + incident + " on " + instance, e);
        return Problem.of(
                Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; quote incident " + incident,
                instance);
    }
}
