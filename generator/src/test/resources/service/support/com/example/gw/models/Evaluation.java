package com.example.gw.models;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Stand-in for a generated model: an evaluation. */
public record Evaluation(@JsonProperty("id") String id) {}
