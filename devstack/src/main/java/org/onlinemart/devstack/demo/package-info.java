/**
 * The demo command: the original README's workflow walked against the running stack over HTTP, with the small
 * JSON reader, polling and masking it needs.
 */
package org.onlinemart.devstack.demo;
