/**
 * The commands up, start, stop, status and demo a developer runs, including the clean-up of processes left by an earlier run.
 */
package org.onlinemart.devstack.cli;
