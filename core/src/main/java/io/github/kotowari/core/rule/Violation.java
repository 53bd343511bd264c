package io.github.kotowari.core.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One reason a rule is not satisfied: a {@link ReasonCode}, the values of its typed parameters, and
 * the remedies that would help.
 *
 * <pre>{@code
 * Violation v = Violation.builder(OVER_LIMIT)
 *     .with(TOTAL, order.total())
 *     .with(LIMIT, Yen.of(300_000))
 *     .remedy(Remedy.of(SPLIT_ORDER))
 *     .build();
 * v.message(Locale.JAPANESE);  // "合計 ¥300,001 が上限 ..."
 * }</pre>
 *
 * <p>Equality is by reason, parameters and remedies. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Violation {
  private final ReasonCode reason;
  private final Parameters parameters;
  private final ImmutableList<Remedy> remedies;

  private Violation(ReasonCode reason, Parameters parameters, ImmutableList<Remedy> remedies) {
    this.reason = reason;
    this.parameters = parameters;
    this.remedies = remedies;
  }

  /**
   * Returns a violation of a code that declares no parameters.
   *
   * @param reason the code, not null
   * @return the violation, never null
   * @throws IllegalArgumentException if the code declares parameters (use {@link #builder})
   */
  public static Violation of(ReasonCode reason) {
    return builder(reason).build();
  }

  /**
   * Starts building a violation of {@code reason}.
   *
   * @param reason the code, not null
   * @return a builder, never null
   */
  public static Builder builder(ReasonCode reason) {
    return new Builder(requireNonNull(reason, "reason"));
  }

  /**
   * Returns the code of this violation.
   *
   * @return the code
   */
  public ReasonCode reason() {
    return reason;
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
   * Returns the remedies, in the order the rule gave them; empty when nothing can be done.
   *
   * @return the remedies, never null
   */
  public ImmutableList<Remedy> remedies() {
    return remedies;
  }

  /**
   * Renders the message for a reader of {@code locale}: Japanese for {@code ja}, English otherwise.
   *
   * @param locale the reader's locale, not null
   * @return the message with every parameter filled in
   */
  public String message(Locale locale) {
    return reason.render(parameters, requireNonNull(locale, "locale"));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Violation)) {
      return false;
    }
    Violation that = (Violation) other;
    return reason.equals(that.reason) && parameters.equals(that.parameters) && remedies.equals(that.remedies);
  }

  @Override
  public int hashCode() {
    return reason.hashCode() * 31 + parameters.hashCode() * 31 + remedies.hashCode();
  }

  /** Returns the code and parameters, such as {@code konbini.amount-over-limit{limit=¥300,000}}. */
  @Override
  public String toString() {
    return reason.code() + parameters + (remedies.isEmpty() ? "" : " remedies=" + remedies);
  }

  /**
   * Builds a {@link Violation}; every parameter its code declares must be given.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final ReasonCode reason;
    private final Parameters.Collector parameters = new Parameters.Collector();
    private final ImmutableList.Builder<Remedy> remedies = ImmutableList.builder();

    private Builder(ReasonCode reason) {
      this.reason = reason;
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
      if (!reason.parameters().contains(key)) {
        throw new IllegalArgumentException(reason.code() + " does not declare parameter '" + key.name() + "'");
      }
      parameters.put(key, value);
      return this;
    }

    /**
     * Adds a remedy.
     *
     * @param remedy the remedy, not null
     * @return this builder
     */
    public Builder remedy(Remedy remedy) {
      remedies.add(requireNonNull(remedy, "remedy"));
      return this;
    }

    /**
     * Builds the violation.
     *
     * @return the violation, never null
     * @throws IllegalArgumentException if a declared parameter is missing
     */
    public Violation build() {
      parameters.checkComplete(reason.parameters(), reason.code());
      return new Violation(reason, parameters.build(), remedies.build());
    }
  }
}
