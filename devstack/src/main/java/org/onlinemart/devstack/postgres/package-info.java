/**
 * PostgreSQL 16 run from the zonky binaries, with the services' role and one database per service.
 */
package org.onlinemart.devstack.postgres;
