package com.example.things.models;

// edited by hand: the next build must generate this file again
public class Thing {}
