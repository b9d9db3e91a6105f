/**
 * The role names and the caller's identity as the verified token gives them.
 */
package org.onlinemart.commons.security;
