package org.onlinemart.commons.persistence;

/** Fired once the service's schema is migrated: the outbox relay and consumers may start work. */
public record SchemaReady() {}
