/**
 * Pages of a list, framework-free: which page a caller asks for, and the page a repository answers with.
 */
package org.onlinemart.commons.paging;
