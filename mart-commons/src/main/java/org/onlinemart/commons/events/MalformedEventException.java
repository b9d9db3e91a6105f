package org.onlinemart.commons.events;

/** A payload that cannot be read as the event its topic carries: a poison message. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }
}
