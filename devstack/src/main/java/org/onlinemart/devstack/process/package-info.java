/**
 * Child processes of the stack: launching them, waiting until ready, pid files, logs, and stopping whole process trees.
 */
package org.onlinemart.devstack.process;
