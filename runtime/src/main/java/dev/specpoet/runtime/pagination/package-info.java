/**
 * Pages of list calls, blocking ({@link dev.specpoet.runtime.pagination.Page}, {@link
 * dev.specpoet.runtime.pagination.AutoPager}) and asynchronous ({@link
 * dev.specpoet.runtime.pagination.AsyncPage}, {@link
 * dev.specpoet.runtime.pagination.AsyncAutoPager}). A page holds its items and a {@link
 * dev.specpoet.runtime.pagination.NextPageStrategy} (page number, offset, cursor, last item's id,
 * next link in the body, {@code Link} header), which decides from the server's own signals whether
 * a next page exists, so no request is wasted when the answer is already known, and what fetches
 * it. Blocking and asynchronous pages share the strategies and their stop rules.
 */
package dev.specpoet.runtime.pagination;
