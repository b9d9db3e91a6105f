/**
 * The user service's use cases (accounts, passwords, logins and the tokens they grant): each one transaction that
 * changes one aggregate and enqueues its events.
 */
package org.onlinemart.user.application;
