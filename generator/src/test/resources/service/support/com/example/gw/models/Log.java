package com.example.gw.models;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Stand-in for a generated model: a log entry. */
public record Log(@JsonProperty("id") String id, @JsonProperty("model") String model) {}
