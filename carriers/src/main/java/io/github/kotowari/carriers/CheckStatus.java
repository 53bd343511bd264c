package io.github.kotowari.carriers;

/**
 * What the check digit says about one reading of a number.
 *
 * <pre>{@code
 * reading.checkStatus() == CheckStatus.FAILS;  // reading.expectedCheckDigit() names the fix
 * }</pre>
 *
 * @since 0.1.0
 */
public enum CheckStatus {
  /** The format has a check digit and it holds. */
  HOLDS,
  /** The format has a check digit and it does not hold. */
  FAILS,
  /** The format has no known check digit. */
  NO_CHECK_DIGIT
}
