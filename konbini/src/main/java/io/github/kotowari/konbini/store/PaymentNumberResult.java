package io.github.kotowari.konbini.store;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link PaymentNumber#check(PaymentNumberKind, CharSequence)}: either a payment
 * number or the problem that prevented it, never both.
 *
 * <pre>{@code
 * PaymentNumberResult result = PaymentNumber.check(PaymentNumberKind.PAYMENT_NUMBER, pasted);
 * if (!result.isValid()) {
 *   show(result.problem().orElseThrow().display(locale));
 * }
 * }</pre>
 *
 * <p>Two results are equal when they have the same kind and the same number or the same problem.
 * {@link #toString()} masks the number. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PaymentNumberResult {
  private final PaymentNumberKind kind;
  private final @Nullable PaymentNumber number;
  private final @Nullable PaymentNumberProblem problem;

  private PaymentNumberResult(PaymentNumberKind kind, @Nullable PaymentNumber number,
      @Nullable PaymentNumberProblem problem) {
    this.kind = kind;
    this.number = number;
    this.problem = problem;
  }

  static PaymentNumberResult valid(PaymentNumber number) {
    return new PaymentNumberResult(number.kind(), number, null);
  }

  static PaymentNumberResult invalid(PaymentNumberKind kind, PaymentNumberProblem problem) {
    return new PaymentNumberResult(kind, null, problem);
  }

  /**
   * Returns the kind of number that was expected.
   *
   * @return the kind
   */
  public PaymentNumberKind kind() {
    return kind;
  }

  /**
   * Returns whether the text was a valid number.
   *
   * @return true if {@link #number()} is present
   */
  public boolean isValid() {
    return number != null;
  }

  /**
   * Returns the number, if the text was valid.
   *
   * @return the number, or empty
   */
  public Optional<PaymentNumber> number() {
    return Optional.ofNullable(number);
  }

  /**
   * Returns the problem, if the text was not valid.
   *
   * @return the problem, or empty
   */
  public Optional<PaymentNumberProblem> problem() {
    return Optional.ofNullable(problem);
  }

  /**
   * Returns the number, or throws the exception {@link PaymentNumber#parse(PaymentNumberKind,
   * CharSequence)} would have thrown.
   *
   * @return the number
   * @throws PaymentNumberFormatException if the text was not valid
   */
  public PaymentNumber orElseThrow() {
    if (number == null) {
      throw new PaymentNumberFormatException(kind, requireNonNull(problem));
    }
    return number;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PaymentNumberResult that && kind == that.kind
        && Objects.equals(number, that.number) && problem == that.problem;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, number, problem);
  }

  /**
   * Returns the outcome with the number masked, such as {@code valid(payment number *******8901)} or
   * {@code invalid(payment number: TOO_SHORT)}.
   *
   * @return the masked description
   */
  @Override
  public String toString() {
    return number != null ? "valid(" + number + ")"
        : "invalid(" + kind.display(java.util.Locale.ENGLISH) + ": " + problem + ")";
  }
}
