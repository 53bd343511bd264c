package io.github.kotowari.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A typed, named parameter of a reason or remedy message, such as the cap of an amount rule.
 *
 * <pre>{@code
 * static final ParamKey<Yen> LIMIT = ParamKey.of("limit", Yen.class);
 * Violation v = Violation.builder(OVER_LIMIT).with(LIMIT, Yen.of(300_000)).build();
 * Yen limit = v.parameters().get(LIMIT);
 * }</pre>
 *
 * <p>The name appears as {@code {limit}} in message templates and in the reason-code reference; it
 * is part of the public contract of the reason code that declares it. Values are rendered with
 * {@link Displayable#display(Locale)} when they implement it and with {@code toString()} otherwise;
 * list parameters are rendered element by element, joined with {@code 、} in Japanese and
 * {@code , } in English.
 *
 * <p>Two keys are equal when their names, element types and list-ness are equal. This class is
 * immutable and thread-safe.
 *
 * @param <T> the type of the parameter's value
 * @since 0.1.0
 */
public final class ParamKey<T> {

  private static final CharMatcher NAME_CHARS =
      CharMatcher.inRange('a', 'z').or(CharMatcher.inRange('0', '9')).or(CharMatcher.is('-'));

  private final String name;
  private final Class<?> type;
  private final boolean list;

  private ParamKey(String name, Class<?> type, boolean list) {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    checkArgument(!name.isEmpty() && name.length() <= 40 && NAME_CHARS.matchesAllOf(name)
            && CharMatcher.inRange('a', 'z').matches(name.charAt(0)),
        "parameter name must be 1-40 characters of a-z, 0-9 and '-', starting with a letter: '%s'", name);
    this.name = name;
    this.type = type;
    this.list = list;
  }

  /**
   * Returns a key for a single value of {@code type}.
   *
   * @param <T> the value type
   * @param name the placeholder name, 1–40 characters of {@code a-z0-9-} starting with a letter
   * @param type the value's class, used for type checks and the reason-code reference
   * @return the key, never null
   * @throws IllegalArgumentException if the name is malformed
   */
  public static <T> ParamKey<T> of(String name, Class<T> type) {
    return new ParamKey<>(name, type, false);
  }

  /**
   * Returns a key for an ordered list of values of {@code elementType}.
   *
   * @param <E> the element type
   * @param name the placeholder name, as for {@link #of(String, Class)}
   * @param elementType the elements' class
   * @return the key, never null
   * @throws IllegalArgumentException if the name is malformed
   */
  public static <E> ParamKey<List<E>> listOf(String name, Class<E> elementType) {
    return new ParamKey<>(name, elementType, true);
  }

  /**
   * Returns the placeholder name, such as {@code limit}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns a short description of the value type for reference pages, such as {@code Yen} or
   * {@code List<PaymentMethod>}.
   *
   * @return the type's description
   */
  public String typeDescription() {
    return list ? "List<" + type.getSimpleName() + ">" : type.getSimpleName();
  }

  /** Checks a value before it is stored under this key; returns it as stored (lists are copied). */
  Object accept(Object value) {
    requireNonNull(value, name);
    if (list) {
      checkArgument(value instanceof List, "parameter '%s' expects a list", name);
      ImmutableList<?> copy = ImmutableList.copyOf((List<?>) value);
      for (Object element : copy) {
        checkArgument(type.isInstance(element), "parameter '%s' expects elements of %s", name, type.getSimpleName());
      }
      return copy;
    }
    checkArgument(type.isInstance(value), "parameter '%s' expects %s", name, type.getSimpleName());
    return value;
  }

  /** Renders a stored value for a reader of {@code locale}. */
  static String render(Object value, Locale locale) {
    if (value instanceof List) {
      String separator = Language.of(locale) == Language.JAPANESE ? "、" : ", ";
      StringBuilder out = new StringBuilder();
      for (Object element : (List<?>) value) {
        if (out.length() > 0) {
          out.append(separator);
        }
        out.append(render(element, locale));
      }
      return out.toString();
    }
    if (value instanceof Displayable) {
      return ((Displayable) value).display(locale);
    }
    return value.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ParamKey
        && ((ParamKey<?>) other).name.equals(name)
        && ((ParamKey<?>) other).type.equals(type)
        && ((ParamKey<?>) other).list == list;
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + type.hashCode() + (list ? 1 : 0);
  }

  /** Returns {@code name: type}, such as {@code limit: Yen}. */
  @Override
  public String toString() {
    return name + ": " + typeDescription();
  }
}
