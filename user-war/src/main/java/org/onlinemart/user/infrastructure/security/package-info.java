/**
 * The user service's token signing: the RS256 key and the JWT issuer behind the application's TokenIssuer port.
 */
package org.onlinemart.user.infrastructure.security;
