/**
 * The core every generated client runs on: {@link dev.specpoet.runtime.ClientOptions} (base URL,
 * credentials, timeouts, retries, logging), {@link dev.specpoet.runtime.ClientCore} (sends an
 * {@link dev.specpoet.runtime.ApiRequest}, retries under a {@link
 * dev.specpoet.runtime.RetryPolicy}, turns the response into a value with a {@link
 * dev.specpoet.runtime.ResponseHandler}), and per-call {@link dev.specpoet.runtime.RequestOptions}.
 */
package dev.specpoet.runtime;
