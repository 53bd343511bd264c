package io.github.kotowari.core.rule;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A concrete suggestion attached to a {@link Violation}: a {@link RemedyCode} and the values of its
 * parameters (for example the list of payment methods still allowed, or a split plan).
 *
 * <pre>{@code
 * Remedy r = Remedy.of(CHOOSE_STANDARD_SHIPPING);
 * r.message(Locale.ENGLISH);  // "Choose standard shipping."
 * }</pre>
 *
 * <p>Equality is by kind and parameters. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Remedy {
  private final RemedyCode kind;
  private final Parameters parameters;

  private Remedy(RemedyCode kind, Parameters parameters) {
    this.kind = kind;
    this.parameters = parameters;
  }

  /**
   * Returns a remedy of a code that declares no parameters.
   *
   * @param kind the code, not null
   * @return the remedy, never null
   * @throws IllegalArgumentException if the code declares parameters (use {@link #builder})
   */
  public static Remedy of(RemedyCode kind) {
    return builder(kind).build();
  }

  /**
   * Starts building a remedy of {@code kind}.
   *
   * @param kind the code, not null
   * @return a builder, never null
   */
  public static Builder builder(RemedyCode kind) {
    return new Builder(requireNonNull(kind, "kind"));
  }

  /**
   * Returns the code of this remedy.
   *
   * @return the code
   */
  public RemedyCode kind() {
    return kind;
  }

  /**
   * Returns the typed parameters.
   *
   * @return the parameters, never null
   */
  public Parameters parameters() {
    return parameters;
  }

  /**
   * Renders the message for a reader of {@code locale}: Japanese for {@code ja}, English otherwise.
   *
   * @param locale the reader's locale, not null
   * @return the message with every parameter filled in
   */
  public String message(Locale locale) {
    return kind.render(parameters, requireNonNull(locale, "locale"));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Remedy)) {
      return false;
    }
    Remedy that = (Remedy) other;
    return kind.equals(that.kind) && parameters.equals(that.parameters);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + parameters.hashCode();
  }

  /** Returns the code and parameters, such as {@code konbini.amount-over-limit{limit=¥300,000}}. */
  @Override
  public String toString() {
    return kind.code() + parameters;
  }

  /**
   * Builds a {@link Remedy}; every parameter its code declares must be given.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final RemedyCode kind;
    private final Parameters.Collector parameters = new Parameters.Collector();

    private Builder(RemedyCode kind) {
      this.kind = kind;
    }

    /**
     * Sets a parameter.
     *
     * @param <T> the value type
     * @param key the parameter, declared by the code
     * @param value the value, not null
     * @return this builder
     * @throws IllegalArgumentException if the key is not declared by the code or the value has the
     *     wrong type
     */
    public <T> Builder with(ParamKey<T> key, T value) {
      if (!kind.parameters().contains(key)) {
        throw new IllegalArgumentException(kind.code() + " does not declare parameter '" + key.name() + "'");
      }
      parameters.put(key, value);
      return this;
    }

    /**
     * Builds the remedy.
     *
     * @return the remedy, never null
     * @throws IllegalArgumentException if a declared parameter is missing
     */
    public Remedy build() {
      parameters.checkComplete(kind.parameters(), kind.code());
      return new Remedy(kind, parameters.build());
    }
  }
}
