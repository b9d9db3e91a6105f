/**
 * The user service's HTTP API (accounts, passwords, logins and the tokens they grant): resources, request and
 * response records, and the problem answers to its own exceptions.
 */
package org.onlinemart.user.interfaces.rest;
