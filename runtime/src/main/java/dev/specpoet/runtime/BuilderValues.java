package dev.specpoet.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the {@code addX(item)} and {@code putX(key, value)} methods of generated builders store: a
 * new collection with one more element, so a list or map given to a setter before is never changed
 * (it may be the caller's, or unmodifiable).
 */
public final class BuilderValues {
  private BuilderValues() {}

  /** A new list of {@code list}'s elements (none when null) and then {@code item}. */
  public static <T> List<T> append(List<T> list, T item) {
    List<T> out = list == null ? new ArrayList<>() : new ArrayList<>(list);
    out.add(item);
    return out;
  }

  /**
   * A new map of {@code map}'s entries (none when null), in their order, with {@code key} set to
   * {@code value} (replacing an entry of that key in place).
   */
  public static <K, V> Map<K, V> put(Map<K, V> map, K key, V value) {
    Map<K, V> out = map == null ? new LinkedHashMap<>() : new LinkedHashMap<>(map);
    out.put(key, value);
    return out;
  }
}
