package com.example.gw.models;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Stand-in for a generated model: a gateway. */
public record Gateway(@JsonProperty("id") String id, @JsonProperty("cache_ttl") Integer cacheTtl) {}
