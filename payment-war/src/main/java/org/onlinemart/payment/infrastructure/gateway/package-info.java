/**
 * The payment gateways behind the application's PaymentGateway port: SandboxGateway, a simulator for development and
 * tests that moves no money.
 */
package org.onlinemart.payment.infrastructure.gateway;
