/**
 * The user service's domain (accounts, passwords, logins and the tokens they grant): entities with business verbs,
 * the rules they keep, and repository interfaces; no framework but JPA and validation annotations.
 */
package org.onlinemart.user.domain;
