/**
 * GreenMail as the SMTP sink, isolated in its own class loader inside the devstack JVM.
 */
package org.onlinemart.devstack.smtp;
