package io.github.kotowari.konbini.lifecycle;

import static java.util.Objects.requireNonNull;

import io.github.kotowari.core.rule.Violation;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@link StandingPolicy#assess}: the standing, the number of expiries counted, and
 * the explanation as a reason code with parameters and remedies.
 *
 * <pre>{@code
 * StandingDecision d = StandingPolicy.amazonJapan().assess(expiries, now);
 * if (d.standing() == Standing.RESTRICT) {
 *   hideKonbiniPayment();
 * }
 * d.message(Locale.JAPANESE);
 * }</pre>
 *
 * <p>Equality is by all fields. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StandingDecision {
  private final Standing standing;
  private final int expiries;
  private final Violation explanation;

  StandingDecision(Standing standing, int expiries, Violation explanation) {
    this.standing = standing;
    this.expiries = expiries;
    this.explanation = explanation;
  }

  /**
   * Returns the standing.
   *
   * @return OK, WARN or RESTRICT
   */
  public Standing standing() {
    return standing;
  }

  /**
   * Returns the number of expiries inside the window.
   *
   * @return the count, 0 or more
   */
  public int expiries() {
    return expiries;
  }

  /**
   * Returns the explanation: one of the {@code konbini.lifecycle.standing-*} codes with its
   * parameters and remedies. Core's {@link Violation} is the carrier of a reason with parameters.
   *
   * @return the explanation
   */
  public Violation explanation() {
    return explanation;
  }

  /**
   * Renders the explanation for a reader of {@code locale}.
   *
   * @param locale the reader's locale
   * @return one sentence
   */
  public String message(Locale locale) {
    return explanation.message(requireNonNull(locale, "locale"));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StandingDecision that && standing == that.standing && expiries == that.expiries
        && explanation.equals(that.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(standing, expiries, explanation);
  }

  /**
   * Returns a description such as {@code StandingDecision[WARN, 2 expiries]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "StandingDecision[" + standing + ", " + expiries + (expiries == 1 ? " expiry]" : " expiries]");
  }
}
