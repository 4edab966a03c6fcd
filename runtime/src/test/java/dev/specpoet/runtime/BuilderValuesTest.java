package dev.specpoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuilderValuesTest {
  @Test
  void appendCopiesAndNeverChangesTheGivenList() {
    List<String> given = List.of("a");
    List<String> out = BuilderValues.append(given, "b");
    assertEquals(List.of("a", "b"), out);
    assertEquals(List.of("a"), given);
    assertEquals(List.of("x"), BuilderValues.append(null, "x"));
    assertEquals(Arrays.asList("a", null), BuilderValues.append(given, null));
  }

  @Test
  void putKeepsOrderAndReplacesInPlace() {
    Map<String, Integer> given = new LinkedHashMap<>();
    given.put("a", 1);
    given.put("b", 2);
    Map<String, Integer> out = BuilderValues.put(given, "a", 3);
    assertEquals(List.of("a", "b"), List.copyOf(out.keySet()));
    assertEquals(3, out.get("a"));
    assertEquals(1, given.get("a"));
    assertEquals(Map.of("k", 1), BuilderValues.put(null, "k", 1));
  }
}
