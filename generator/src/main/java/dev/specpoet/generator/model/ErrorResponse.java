package dev.specpoet.generator.model;

/**
 * A declared error response: {@code status} like "404", "4XX" or "default"; type null when no body.
 */
public record ErrorResponse(String status, TypeRef type, Doc doc) {}
