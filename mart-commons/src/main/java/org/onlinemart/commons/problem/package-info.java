/**
 * RFC 9457 problem details: the body of every error answer, the exception mappers that write them, and the base for a
 * service's own mappers.
 */
package org.onlinemart.commons.problem;
