/**
 * The local Online Mart stack as a whole: the main class, its parts in order, and the settings, paths and ports.
 */
package org.onlinemart.devstack;
