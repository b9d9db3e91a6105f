/**
 * A load generator against a running stack: places orders at rising rates and reports throughput, latency and errors.
 */
package org.onlinemart.bench;
