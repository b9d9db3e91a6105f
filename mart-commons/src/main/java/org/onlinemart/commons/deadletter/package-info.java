/**
 * Dead letters for admins, on every service: list them, read one, replay one or all to the topic they came from
 * ({@code /admin/dead-letters}). The consumers store them ({@code commons.inbox.DeadLetters}).
 */
package org.onlinemart.commons.deadletter;
