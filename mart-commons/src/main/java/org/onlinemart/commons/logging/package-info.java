/** How log lines name what they are about, the same way in every service, so that one grep finds it all. */
package org.onlinemart.commons.logging;
