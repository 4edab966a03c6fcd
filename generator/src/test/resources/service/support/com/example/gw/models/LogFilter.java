package com.example.gw.models;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Stand-in for a generated model: a log filter. */
public record LogFilter(
    @JsonProperty("key") String key, @JsonProperty("operator") String operator, @JsonProperty("value") List<Object> value) {}
