package dev.specpoet.generator.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Clash resolution, in one place: a scope is the set of names taken in one Java namespace (the
 * top-level classes of a package, the nested classes of a class, the members of a class); a wanted
 * name that is taken gets the first free numeric suffix. Class scopes ignore case (case-insensitive
 * file systems), member scopes do not. {@link #claim} decides who keeps a name several want.
 */
final class NameScope {
  private final Set<String> taken = new HashSet<>();
  private final boolean ignoreCase;

  private NameScope(boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
  }

  /** A scope of class names: {@code Foo} and {@code foo} clash. */
  static NameScope ofClasses() {
    return new NameScope(true);
  }

  /** A scope of member names holding {@code reserved} already. */
  static NameScope ofMembers(Set<String> reserved) {
    NameScope scope = new NameScope(false);
    scope.taken.addAll(reserved);
    return scope;
  }

  private String key(String name) {
    return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
  }

  void reserve(String name) {
    taken.add(key(name));
  }

  boolean isFree(String name) {
    return !taken.contains(key(name));
  }

  /** {@code wanted}, or {@code wanted2}, {@code wanted3} ... the first that is free; taken. */
  String allocate(String wanted) {
    String name = wanted;
    for (int i = 2; !isFree(name); i++) {
      name = wanted + i;
    }
    reserve(name);
    return name;
  }

  /**
   * {@code wanted}, or {@code wanted + suffix}, then {@code wanted + suffix + 2} ... (the params
   * fields of different locations that share a name: {@code idBody}); taken.
   */
  String allocate(String wanted, String suffix) {
    String name = wanted;
    if (!isFree(name)) {
      name = wanted + suffix;
    }
    for (int n = 2; !isFree(name); n++) {
      name = wanted + suffix + n;
    }
    reserve(name);
    return name;
  }

  /**
   * How much a spec name changed on its way to its plain Java name {@code base}: 0 not at all, 1
   * only a suffix ({@code spelled} is the name in Java's spelling before any suffix), 2 rewritten.
   */
  static int mangling(String specName, String base, String spelled) {
    return specName.equals(base) ? 0 : specName.equals(spelled) ? 1 : 2;
  }

  /**
   * Who keeps the plain name when several want it: by {@code rank} (see {@link #mangling}), then by
   * spec name (ordinal); equal spec names (from different places) keep their order.
   */
  static <T> List<T> claimOrder(
      List<T> candidates, Function<T, String> specName, Function<T, Integer> rank) {
    List<T> out = new ArrayList<>(candidates);
    out.sort(Comparator.<T>comparingInt(rank::apply).thenComparing(specName::apply));
    return out;
  }

  /**
   * Names for candidates (distinct ones; two may share a spec name, e.g. inline types with the same
   * hint) in claim order: each takes its plain name ({@code base}) if it is still free, then those
   * that lost it take a suffix. So adding a candidate never renames one that kept its plain name.
   */
  <T> Map<T, String> claim(
      List<T> candidates,
      Function<T, String> specName,
      Function<T, String> base,
      Function<T, Integer> rank) {
    Map<T, String> names = new HashMap<>();
    List<T> lost = new ArrayList<>();
    for (T c : claimOrder(candidates, specName, rank)) {
      String b = base.apply(c);
      if (isFree(b)) {
        reserve(b);
        names.put(c, b);
      } else {
        lost.add(c);
      }
    }
    for (T c : lost) {
      names.put(c, allocate(base.apply(c)));
    }
    return names;
  }
}
