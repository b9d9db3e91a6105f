/**
 * Every event of DESIGN.md §4 as a record, defined once for all services, with the envelope fields and the one JSON
 * codec they travel in.
 */
package org.onlinemart.commons.events;
