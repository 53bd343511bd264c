package io.github.kotowari.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The typed parameters of a {@link Violation} or {@link Remedy}: a small immutable map from
 * {@link ParamKey} to value, in the order they were given.
 *
 * <pre>{@code
 * Yen limit = violation.parameters().get(KonbiniReasons.LIMIT);
 * }</pre>
 *
 * <p>Equality is by keys and values. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Parameters {
  private static final Parameters EMPTY = new Parameters(ImmutableMap.of());

  private final ImmutableMap<ParamKey<?>, Object> values;

  private Parameters(ImmutableMap<ParamKey<?>, Object> values) {
    this.values = values;
  }

  /**
   * Returns the empty parameter map.
   *
   * @return the shared empty instance
   */
  public static Parameters empty() {
    return EMPTY;
  }

  static Parameters copyOf(Map<ParamKey<?>, Object> values) {
    return values.isEmpty() ? EMPTY : new Parameters(ImmutableMap.copyOf(values));
  }

  /**
   * Returns the value stored under {@code key}.
   *
   * @param <T> the value type
   * @param key the key, not null
   * @return the value, never null
   * @throws IllegalArgumentException if there is no value for the key
   */
  public <T> T get(ParamKey<T> key) {
    return find(key).orElseThrow(() -> new IllegalArgumentException("no parameter '" + key.name() + "'"));
  }

  /**
   * Returns the value stored under {@code key}, if any.
   *
   * @param <T> the value type
   * @param key the key, not null
   * @return the value, or empty
   */
  @SuppressWarnings("unchecked") // values are type-checked by ParamKey.accept when stored
  public <T> Optional<T> find(ParamKey<T> key) {
    return Optional.ofNullable((T) values.get(requireNonNull(key, "key")));
  }

  /**
   * Returns the parameters as an ordered map.
   *
   * @return the keys and values, never null
   */
  public ImmutableMap<ParamKey<?>, Object> asMap() {
    return values;
  }

  String render(String name, Locale locale) {
    for (Map.Entry<ParamKey<?>, Object> entry : values.entrySet()) {
      if (entry.getKey().name().equals(name)) {
        return ParamKey.render(entry.getValue(), locale);
      }
    }
    throw new IllegalStateException("no parameter '" + name + "'");
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Parameters && ((Parameters) other).values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** Returns the parameters as {@code {name=value, ...}}; sensitive values mask themselves. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("{");
    for (Map.Entry<ParamKey<?>, Object> entry : values.entrySet()) {
      if (out.length() > 1) {
        out.append(", ");
      }
      out.append(entry.getKey().name()).append('=').append(entry.getValue());
    }
    return out.append('}').toString();
  }

  /** Collects parameters for a violation or remedy builder. */
  static final class Collector {
    private final LinkedHashMap<ParamKey<?>, Object> values = new LinkedHashMap<>();

    <T> void put(ParamKey<T> key, T value) {
      requireNonNull(key, "key");
      for (ParamKey<?> existing : values.keySet()) {
        checkArgument(existing.equals(key) || !existing.name().equals(key.name()),
            "two different parameters named '%s'", key.name());
      }
      values.put(key, key.accept(value));
    }

    void checkComplete(Iterable<ParamKey<?>> declared, String code) {
      for (ParamKey<?> key : declared) {
        checkArgument(values.containsKey(key), "%s needs parameter '%s'", code, key.name());
      }
    }

    Parameters build() {
      return copyOf(values);
    }
  }
}
