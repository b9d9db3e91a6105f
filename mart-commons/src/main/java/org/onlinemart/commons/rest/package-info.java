/**
 * What every service's REST layer shares: JSON-B in snake_case, whole-number checks, the body size limit, paging
 * parameters and the OpenAPI filter.
 */
package org.onlinemart.commons.rest;
