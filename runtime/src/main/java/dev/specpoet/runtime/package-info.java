/**
 * The core every generated client runs on: {@link dev.specpoet.runtime.ClientOptions} (base URL,
 * credentials, timeouts, retries, logging), {@link dev.specpoet.runtime.ClientBuilder} (the base of
 * every generated client builder, with {@code fromEnv()} and the {@link
 * dev.specpoet.runtime.EnvCredentials} a client declares), {@link dev.specpoet.runtime.ClientCore}
 * (sends an {@link dev.specpoet.runtime.ApiRequest} through the call pipeline: whole-call deadline,
 * retries under a {@link dev.specpoet.runtime.RetryPolicy} and logging, as layers around the {@link
 * dev.specpoet.runtime.http.HttpTransport}; turns the response into a value with a {@link
 * dev.specpoet.runtime.ResponseHandler}), and per-call {@link dev.specpoet.runtime.RequestOptions}.
 */
package dev.specpoet.runtime;
