package dev.specpoet.runtime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The parts of a Cloudflare envelope a list call needs.
 *
 * @param result the unwrapped result property ({@code null} when the body had none or {@code null})
 * @param resultInfo the {@code result_info}-like property, a {@link
 *     com.fasterxml.jackson.databind.node.MissingNode} when absent (never {@code null})
 * @param body the whole parsed body
 * @param <T> the result type
 */
public record Enveloped<T>(T result, JsonNode resultInfo, JsonNode body) {}
