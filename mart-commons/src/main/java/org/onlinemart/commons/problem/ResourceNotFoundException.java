package org.onlinemart.commons.problem;

/** The thing a request names does not exist (or is not the caller's to see): a 404. */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
