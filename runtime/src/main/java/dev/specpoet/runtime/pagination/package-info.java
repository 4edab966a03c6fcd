/**
 * Pages of list calls, blocking ({@link dev.specpoet.runtime.pagination.Page}, {@link
 * dev.specpoet.runtime.pagination.AutoPager}) and asynchronous ({@link
 * dev.specpoet.runtime.pagination.AsyncPage}, {@link
 * dev.specpoet.runtime.pagination.AsyncAutoPager}), for page-number, cursor and offset schemes.
 * Each page decides from the server's own signals whether a next page exists, so no request is
 * wasted when the answer is already known.
 */
package dev.specpoet.runtime.pagination;
