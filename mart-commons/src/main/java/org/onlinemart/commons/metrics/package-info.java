/** Business counters every service keeps in /metrics, counted only for what was committed. */
package org.onlinemart.commons.metrics;
