package com.example.other;

import com.example.union_implicit.models.Shape;

/** User code that sets a constant: it must not compile (the setter is private). */
public final class ConstSetter {
  public Shape circle() {
    return Shape.Circle.builder().type("square").radius(1.0).build();
  }
}
