package dev.specpoet.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A property that is optional AND nullable, so that "absent" and "null" stay different: a generated
 * model keeps the state it read and writes back exactly that (nothing, {@code null}, or the value).
 *
 * <p>Serialised by {@link Serializer}: a missing field counts as empty, so a property annotated
 * {@code @JsonInclude(NON_EMPTY)} is left out; a null field is written as JSON {@code null}.
 *
 * @param <T> the value type
 */
@JsonSerialize(using = JsonField.Serializer.class)
public final class JsonField<T> {
  private enum State {
    MISSING,
    NULL,
    PRESENT
  }

  private static final JsonField<?> MISSING = new JsonField<>(State.MISSING, null);
  private static final JsonField<?> NULL = new JsonField<>(State.NULL, null);

  private final State state;
  private final T value;

  private JsonField(State state, T value) {
    this.state = state;
    this.value = value;
  }

  /** The property is absent: it is not written. */
  @SuppressWarnings("unchecked")
  public static <T> JsonField<T> missing() {
    return (JsonField<T>) MISSING;
  }

  /** The property is present with the value JSON {@code null}. */
  @SuppressWarnings("unchecked")
  public static <T> JsonField<T> ofNull() {
    return (JsonField<T>) NULL;
  }

  /** The property is present with a value. */
  public static <T> JsonField<T> of(T value) {
    return new JsonField<>(State.PRESENT, Objects.requireNonNull(value, "value"));
  }

  /** {@link #of} for a value, {@link #ofNull()} for {@code null}. */
  public static <T> JsonField<T> ofNullable(T value) {
    return value == null ? ofNull() : of(value);
  }

  public boolean isMissing() {
    return state == State.MISSING;
  }

  public boolean isNull() {
    return state == State.NULL;
  }

  public boolean isPresent() {
    return state == State.PRESENT;
  }

  /** The value, empty when the property is missing or null. */
  public Optional<T> asOptional() {
    return Optional.ofNullable(value);
  }

  /** The value; throws when the property is missing or null. */
  public T get() {
    if (state != State.PRESENT) {
      throw new NoSuchElementException(
          "the property is " + (state == State.NULL ? "null" : "missing"));
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonField<?> other
        && state == other.state
        && Objects.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, value);
  }

  @Override
  public String toString() {
    return switch (state) {
      case MISSING -> "<missing>";
      case NULL -> "null";
      case PRESENT -> String.valueOf(value);
    };
  }

  /** Writes the value or {@code null}; reports a missing field as empty. */
  public static final class Serializer extends StdSerializer<JsonField<?>> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(JsonField.class, false);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, JsonField<?> field) {
      return field == null || field.isMissing();
    }

    @Override
    public void serialize(JsonField<?> field, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (field.isPresent()) {
        provider.defaultSerializeValue(field.value, gen);
      } else {
        gen.writeNull();
      }
    }
  }
}
