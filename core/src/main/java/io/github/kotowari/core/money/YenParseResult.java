package io.github.kotowari.core.money;

import static java.util.Objects.requireNonNull;

import io.github.kotowari.core.money.YenFormatException.Problem;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@link Yen#tryParse(CharSequence)}: either the amount, or the {@link Problem} that
 * {@link Yen#parse(CharSequence)} would have thrown.
 *
 * <pre>{@code
 * YenParseResult result = Yen.tryParse(userInput);
 * if (result.isValid()) {
 *   Yen amount = result.orElseThrow();
 * } else {
 *   showError(result.problem().orElseThrow().display(Locale.JAPANESE));
 * }
 * }</pre>
 *
 * <p>Two results are equal when both hold the same amount or both hold the same problem. This
 * class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class YenParseResult {
  private final @Nullable Yen value;
  private final @Nullable Problem problem;

  private YenParseResult(@Nullable Yen value, @Nullable Problem problem) {
    this.value = value;
    this.problem = problem;
  }

  /**
   * Returns a successful result.
   *
   * @param value the amount, not null
   * @return the result
   */
  public static YenParseResult of(Yen value) {
    return new YenParseResult(requireNonNull(value, "value"), null);
  }

  /**
   * Returns a failed result.
   *
   * @param problem why the text was rejected, not null
   * @return the result
   */
  public static YenParseResult failure(Problem problem) {
    return new YenParseResult(null, requireNonNull(problem, "problem"));
  }

  /**
   * Returns whether the text was an accepted amount.
   *
   * @return true if {@link #value()} is present
   */
  public boolean isValid() {
    return value != null;
  }

  /**
   * Returns the amount, if the text was accepted.
   *
   * @return the amount, or empty
   */
  public Optional<Yen> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns why the text was rejected, if it was.
   *
   * @return the problem, or empty when the text was accepted
   */
  public Optional<Problem> problem() {
    return Optional.ofNullable(problem);
  }

  /**
   * Returns the amount, or throws what {@link Yen#parse(CharSequence)} throws.
   *
   * @return the amount, never null
   * @throws YenFormatException if the text was rejected
   */
  public Yen orElseThrow() {
    if (value == null) {
      throw new YenFormatException(requireNonNull(problem));
    }
    return value;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof YenParseResult)) {
      return false;
    }
    YenParseResult that = (YenParseResult) other;
    return java.util.Objects.equals(value, that.value) && problem == that.problem;
  }

  @Override
  public int hashCode() {
    return value != null ? value.hashCode() : 31 * requireNonNull(problem).hashCode() + 1;
  }

  /** Returns {@code Valid[¥300,000]} or {@code Invalid[DECIMAL]}. */
  @Override
  public String toString() {
    return value != null ? "Valid[" + value + "]" : "Invalid[" + problem + "]";
  }
}
