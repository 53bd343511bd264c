package io.github.kotowari.carriers;

import static java.util.Objects.requireNonNull;

import io.github.kotowari.core.rule.Violation;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link InputNormalizer#normalize(CharSequence)}: a normalized value (ASCII digits
 * and upper-case letters only, 1 to {@link InputNormalizer#MAX_SIGNIFICANT_CHARS} of them) or the
 * problem that prevented it, never both.
 *
 * <pre>{@code
 * NormalizedInput in = InputNormalizer.normalize(pasted);
 * if (in.isAccepted()) {
 *   String value = in.value();
 * } else {
 *   show(in.violation().message(locale));
 * }
 * }</pre>
 *
 * <p>The value may be a parcel's or an order's identifier: {@link #toString()} shows at most its
 * last four characters. Two results are equal when their values, Codabar flags, problems and
 * positions are equal. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class NormalizedInput {
  /** The violations without a per-input parameter, shared (violations are immutable). */
  private static final Violation EMPTY = Violation.of(CarrierCodes.INPUT_EMPTY);
  private static final Violation TOO_LONG = Violation.builder(CarrierCodes.INPUT_TOO_LONG)
      .with(CarrierCodes.MAX_LENGTH, InputNormalizer.MAX_SIGNIFICANT_CHARS).build();

  private final @Nullable String value;
  private final boolean codabarRemoved;
  private final @Nullable InputProblem problem;
  private final int position;

  private NormalizedInput(@Nullable String value, boolean codabarRemoved, @Nullable InputProblem problem,
      int position) {
    this.value = value;
    this.codabarRemoved = codabarRemoved;
    this.problem = problem;
    this.position = position;
  }

  static NormalizedInput accepted(String value, boolean codabarRemoved) {
    return new NormalizedInput(value, codabarRemoved, null, 0);
  }

  static NormalizedInput rejected(InputProblem problem, int position) {
    return new NormalizedInput(null, false, problem, position);
  }

  /**
   * Returns whether the text was accepted.
   *
   * @return true if {@link #value()} may be called
   */
  public boolean isAccepted() {
    return value != null;
  }

  /**
   * Returns the normalized value: the full, unmasked identifier.
   *
   * @return ASCII digits and upper-case letters
   * @throws IllegalStateException if the text was rejected (the message names the problem only)
   */
  public String value() {
    if (value == null) {
      throw new IllegalStateException("the input was rejected: " + problem);
    }
    return value;
  }

  /**
   * Returns whether Codabar start and stop letters were removed from the ends.
   *
   * @return true if the text was wrapped in A–D guard letters
   */
  public boolean codabarRemoved() {
    return codabarRemoved;
  }

  /**
   * Returns the problem, if the text was rejected.
   *
   * @return the problem, or empty
   */
  public Optional<InputProblem> problem() {
    return Optional.ofNullable(problem);
  }

  /**
   * Returns the 1-based position in the pasted text of the character that caused the problem (the
   * unexpected character, or the first one beyond a bound), or 0 if there is none.
   *
   * @return the position, 0 if accepted or empty
   */
  public int position() {
    return position;
  }

  /**
   * Returns the problem as a violation with its parameters, for display in Japanese or English.
   *
   * @return the violation
   * @throws IllegalStateException if the text was accepted
   */
  public Violation violation() {
    InputProblem p = problem;
    if (p == null) {
      throw new IllegalStateException("the input was accepted");
    }
    switch (p) {
      case EMPTY:
        return EMPTY;
      case TOO_LONG:
        return TOO_LONG;
      default:
        return Violation.builder(CarrierCodes.INPUT_UNEXPECTED_CHARACTER)
            .with(CarrierCodes.POSITION, position).build();
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof NormalizedInput)) {
      return false;
    }
    NormalizedInput that = (NormalizedInput) other;
    return Objects.equals(value, that.value) && codabarRemoved == that.codabarRemoved
        && problem == that.problem && position == that.position;
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, codabarRemoved, problem, position);
  }

  /** Returns the masked value (such as {@code ********9013}) or the problem. */
  @Override
  public String toString() {
    String v = value;
    if (v == null) {
      return "NormalizedInput[" + requireNonNull(problem) + " at " + position + "]";
    }
    return "NormalizedInput[" + Masking.mask(v) + (codabarRemoved ? ", codabar" : "") + "]";
  }
}
