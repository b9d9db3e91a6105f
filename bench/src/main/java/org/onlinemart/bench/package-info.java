/**
 * A load generator against a running stack: places orders at rising rates and reports throughput, latency and errors;
 * checks the six databases' consistency; and injects faults under load until the databases agree again.
 */
package org.onlinemart.bench;
