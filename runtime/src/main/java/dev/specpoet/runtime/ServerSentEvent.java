package dev.specpoet.runtime;

/**
 * One server-sent event ({@code text/event-stream}): its type, id, reconnection delay, and its data
 * both as sent and read into the type the spec declares for the stream.
 *
 * @param event the event type ({@code event:} field), {@code message} when the server sent none
 * @param id the event id ({@code id:} field), or {@code null}
 * @param retry the reconnection delay in milliseconds ({@code retry:} field), or {@code null}
 * @param rawData the data lines joined with {@code \n}, as sent
 * @param data the data read as the declared type (the raw text when that is {@code String})
 * @param <T> the data type
 */
public record ServerSentEvent<T>(String event, String id, Long retry, String rawData, T data) {}
