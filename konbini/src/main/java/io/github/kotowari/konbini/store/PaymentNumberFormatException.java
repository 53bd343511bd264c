package io.github.kotowari.konbini.store;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Thrown by {@link PaymentNumber#parse(PaymentNumberKind, CharSequence)} when a text is not a payment
 * number of the expected kind. The message names the problem and the accepted form and never contains
 * the input, which may be a person's payment number.
 *
 * <pre>{@code
 * try {
 *   PaymentNumber.parse(PaymentNumberKind.PAYMENT_SLIP_NUMBER, "12345");
 * } catch (PaymentNumberFormatException e) {
 *   e.problem();  // TOO_SHORT
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PaymentNumberFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The kind of number that was expected. */
  private final PaymentNumberKind kind;
  /** What is wrong with the input. */
  private final PaymentNumberProblem problem;

  /**
   * Creates the exception for {@code problem} with a number of {@code kind}.
   *
   * @param kind the kind that was expected, not null
   * @param problem what is wrong, not null
   */
  public PaymentNumberFormatException(PaymentNumberKind kind, PaymentNumberProblem problem) {
    super(message(requireNonNull(kind, "kind"), requireNonNull(problem, "problem")));
    this.kind = kind;
    this.problem = problem;
  }

  private static String message(PaymentNumberKind kind, PaymentNumberProblem problem) {
    return "Not a valid " + kind.display(Locale.ENGLISH) + ": " + problem.display(Locale.ENGLISH)
        + " Expected " + kind.format(Locale.ENGLISH)
        + " (full-width digits, spaces and dashes are accepted).";
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
   * Returns what is wrong with the input.
   *
   * @return the problem
   */
  public PaymentNumberProblem problem() {
    return problem;
  }
}
