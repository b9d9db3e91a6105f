/**
 * An optional Prometheus (Debian's {@code prometheus} package, when installed) that scrapes the local services,
 * so that the Grafana dashboard's queries can be tried against the running stack.
 */
package org.onlinemart.devstack.prometheus;
