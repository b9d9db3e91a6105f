package org.onlinemart.commons.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Collection;
import org.onlinemart.commons.problem.InvalidRequestException;

/**
 * A JSON body read into an object must be a JSON object: JSON-B reads {@code [{...}]} into some records as if the
 * brackets were not there, so a client's mistake would be taken as a valid request.
 */
@Provider
public class JsonObjectBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())
                && !context.getType().isArray()
                && !Collection.class.isAssignableFrom(context.getType())) {
            PushbackInputStream body = new PushbackInputStream(context.getInputStream(), 1);
            int first = firstNonWhitespace(body);
            if (first == '[') {
                throw new InvalidRequestException(
                        "The request body must be a JSON object, not an array", "body", "must be a JSON object");
            }
            if (first >= 0) {
                body.unread(first);
            }
            context.setInputStream(body);
        }
        return context.proceed();
    }

    private static int firstNonWhitespace(InputStream in) throws IOException {
        int b = in.read();
        while (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
            b = in.read();
        }
        return b;
    }
}
