package dev.specpoet.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The credentials a client's {@code fromEnv()} reads from environment variables, as a generated
 * client declares them from its spec's security: which variables there are, and which builder
 * method each value goes to. {@link ClientBuilder#fromEnv()} applies them. Immutable.
 *
 * <p>With {@link #firstComplete}, the spec's security alternatives in its order: the first whose
 * variables are all set is applied, and only it ({@code CLOUDFLARE_API_TOKEN} wins over {@code
 * CLOUDFLARE_EMAIL} + {@code CLOUDFLARE_API_KEY}: the API would get two credentials and may reject
 * or mis-attribute the call). When none is complete but one that needs several variables is partly
 * set, that is a mistake: an {@link IllegalStateException} names what is missing, never a value.
 * With {@link #each} (the spec states no requirement), every variable that is set is applied.
 *
 * @param <B> the builder the credentials are set on
 */
public final class EnvCredentials<B> {
  private static final EnvCredentials<Object> NONE = new EnvCredentials<>(List.of(), false);

  private final List<List<Variable<B>>> alternatives;
  private final boolean firstOnly;

  private EnvCredentials(List<List<Variable<B>>> alternatives, boolean firstOnly) {
    this.alternatives = alternatives;
    this.firstOnly = firstOnly;
  }

  /**
   * No credentials come from the environment.
   *
   * @param <B> the builder type
   * @return the empty declaration
   */
  @SuppressWarnings("unchecked")
  public static <B> EnvCredentials<B> none() {
    return (EnvCredentials<B>) NONE;
  }

  /**
   * Alternatives in order of preference; the first whose variables are all set is applied.
   *
   * @param alternatives each the variables that go together
   * @param <B> the builder type
   * @return the declaration
   */
  @SafeVarargs
  public static <B> EnvCredentials<B> firstComplete(List<Variable<B>>... alternatives) {
    List<List<Variable<B>>> copy = new ArrayList<>();
    for (List<Variable<B>> alternative : alternatives) {
      if (alternative.isEmpty()) {
        throw new IllegalArgumentException("an alternative needs at least one variable");
      }
      copy.add(List.copyOf(alternative));
    }
    return new EnvCredentials<>(List.copyOf(copy), true);
  }

  /**
   * Variables each applied on its own when set.
   *
   * @param variables the variables
   * @param <B> the builder type
   * @return the declaration
   */
  @SafeVarargs
  public static <B> EnvCredentials<B> each(Variable<B>... variables) {
    List<List<Variable<B>>> copy = new ArrayList<>();
    for (Variable<B> v : variables) {
      copy.add(List.of(Objects.requireNonNull(v, "variable")));
    }
    return new EnvCredentials<>(List.copyOf(copy), false);
  }

  /**
   * A variable whose value is passed as it is.
   *
   * @param name the variable, for example {@code CLOUDFLARE_API_TOKEN}
   * @param setter the builder method that takes the value, for example {@code Builder::apiToken}
   * @param <B> the builder type
   * @return the variable
   */
  public static <B> Variable<B> variable(String name, BiConsumer<? super B, String> setter) {
    return new Variable<>(name, setter);
  }

  /**
   * A variable holding {@code user:password}, passed split at the first colon.
   *
   * @param name the variable
   * @param setter the builder method that takes the user and the password
   * @param <B> the builder type
   * @return the variable
   * @throws IllegalArgumentException (when applied) naming the variable when its value has no colon
   */
  public static <B> Variable<B> userPassword(String name, UserPassword<? super B> setter) {
    Objects.requireNonNull(setter, "setter");
    return new Variable<>(
        name,
        (builder, value) -> {
          int colon = value.indexOf(':');
          if (colon < 0) {
            throw new IllegalArgumentException(name + " must be user:password");
          }
          setter.set(builder, value.substring(0, colon), value.substring(colon + 1));
        });
  }

  /**
   * The variables of each alternative, in order (for {@link #each}: one variable each).
   *
   * @return the variable names
   */
  public List<List<String>> variableNames() {
    return alternatives.stream()
        .map(a -> a.stream().map(Variable::name).toList())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Reads the variables through {@code env} and sets what they hold on {@code builder}.
   *
   * @param builder the builder
   * @param env the value of a variable, {@code null} when unset
   * @throws IllegalStateException when only part of an alternative is set and none is complete
   */
  void apply(B builder, UnaryOperator<String> env) {
    Map<String, String> values = new LinkedHashMap<>();
    for (List<Variable<B>> alternative : alternatives) {
      for (Variable<B> v : alternative) {
        values.computeIfAbsent(v.name(), env);
      }
    }
    boolean applied = false;
    for (List<Variable<B>> alternative : alternatives) {
      if (alternative.stream().allMatch(v -> values.get(v.name()) != null)) {
        alternative.forEach(v -> v.setter.accept(builder, values.get(v.name())));
        applied = true;
        if (firstOnly) {
          return;
        }
      }
    }
    if (!applied) {
      for (List<Variable<B>> alternative : alternatives) {
        if (alternative.size() > 1
            && alternative.stream().anyMatch(v -> values.get(v.name()) != null)) {
          throw new IllegalStateException(partlySet(alternative, values));
        }
      }
    }
  }

  private String partlySet(List<Variable<B>> alternative, Map<String, String> values) {
    String missing =
        alternative.stream()
            .map(Variable::name)
            .filter(n -> values.get(n) == null)
            .collect(Collectors.joining(", "));
    String together = alternative.stream().map(Variable::name).collect(Collectors.joining(" and "));
    List<String> others =
        alternatives.stream()
            .filter(a -> a != alternative)
            .map(a -> a.stream().map(Variable::name).collect(Collectors.joining(" + ")))
            .toList();
    return "fromEnv(): "
        + missing
        + " not set; "
        + together
        + " go together"
        + (others.isEmpty() ? "" : " (or set " + String.join(" or ", others) + " instead)");
  }

  /**
   * An environment variable and the builder method its value goes to.
   *
   * @param <B> the builder type
   */
  public static final class Variable<B> {
    private final String name;
    private final BiConsumer<? super B, String> setter;

    private Variable(String name, BiConsumer<? super B, String> setter) {
      this.name = Objects.requireNonNull(name, "name");
      this.setter = Objects.requireNonNull(setter, "setter");
    }

    /**
     * The variable's name.
     *
     * @return the name
     */
    public String name() {
      return name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A builder method taking a user and a password.
   *
   * @param <B> the builder type
   */
  @FunctionalInterface
  public interface UserPassword<B> {
    /**
     * Sets the credential.
     *
     * @param builder the builder
     * @param user the part before the first colon
     * @param password the part after it
     */
    void set(B builder, String user, String password);
  }
}
