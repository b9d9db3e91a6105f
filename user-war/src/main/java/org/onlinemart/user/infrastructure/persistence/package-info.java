/**
 * The user service's JPA repositories, implementing its domain's repository interfaces (accounts, passwords, logins
 * and the tokens they grant).
 */
package org.onlinemart.user.infrastructure.persistence;
