package com.example.gw.models;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Stand-in for a generated model: an event. */
public record Event(@JsonProperty("id") String id) {}
