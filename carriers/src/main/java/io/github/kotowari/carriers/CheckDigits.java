package io.github.kotowari.carriers;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * Check-digit algorithms of carrier numbers, as small allocation-free functions over ASCII digits.
 *
 * <p>Each algorithm can <em>compute</em> the check digit of a number's body (for generators and
 * "did you mean" suggestions) and <em>verify</em> a whole number. Inputs are already normalized:
 * ASCII characters only; verification returns {@code false} for anything that is not of the
 * algorithm's shape and never throws for bad characters.
 *
 * <pre>{@code
 * CheckDigits.sevenDr("12345678901");         // 3
 * CheckDigits.isValidSevenDr("123456789013");  // true
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CheckDigits {
  private CheckDigits() {}

  /**
   * Computes the 7DR check digit (セブンチェック) of {@code body}: the body read as a decimal integer,
   * modulo 7. Used by Yamato, Sagawa and Japan Post 12-digit numbers (11-digit body) and Japan Post
   * 11-digit registered-mail numbers (10-digit body).
   *
   * @param body the digits before the check digit, ASCII {@code 0-9}, 1 to 18 of them
   * @return the check digit, 0 to 6
   * @throws IllegalArgumentException if {@code body} is empty, longer than 18 or not all digits
   */
  public static int sevenDr(CharSequence body) {
    requireNonNull(body, "body");
    checkArgument(body.length() >= 1 && body.length() <= 18, "7DR body must be 1-18 digits, got %s characters",
        body.length());
    int remainder = 0;
    for (int i = 0; i < body.length(); i++) {
      int digit = body.charAt(i) - '0';
      checkArgument(digit >= 0 && digit <= 9, "7DR body must be ASCII digits; character %s is not", i + 1);
      remainder = (remainder * 10 + digit) % 7;
    }
    return remainder;
  }

  /**
   * Returns whether {@code number} (body followed by one check digit, 2 to 19 ASCII digits) satisfies
   * the 7DR rule. A last digit of 7, 8 or 9 is never valid.
   *
   * @param number the whole number, normalized
   * @return true if the shape is right and the check digit holds
   */
  public static boolean isValidSevenDr(CharSequence number) {
    requireNonNull(number, "number");
    int length = number.length();
    if (length < 2 || length > 19) {
      return false;
    }
    int remainder = 0;
    for (int i = 0; i < length - 1; i++) {
      int digit = number.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return false;
      }
      remainder = (remainder * 10 + digit) % 7;
    }
    return number.charAt(length - 1) - '0' == remainder;
  }
}
