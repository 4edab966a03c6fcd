/**
 * The HTTP layer behind a small interface of our own, {@link
 * dev.specpoet.runtime.http.HttpTransport}; {@link dev.specpoet.runtime.http.OkHttpTransport} is
 * the default implementation.
 */
package dev.specpoet.runtime.http;
