package io.github.kotowari.carriers;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * Check-digit algorithms of carrier numbers, as small allocation-free functions over ASCII digits.
 *
 * <p>Each algorithm can <em>compute</em> the check digit of a number's body (for generators and
 * "did you mean" suggestions) and <em>verify</em> a whole number. Inputs are already normalized
 * (see {@link InputNormalizer}): ASCII digits and upper-case letters only; verification returns
 * {@code false} for anything that is not of the algorithm's shape and never throws for bad
 * characters. Nothing is allocated and nothing is parsed into numbers: every rule is a single pass
 * with small integer arithmetic.
 *
 * <p>Sources of the rules are in {@code shared/domain/carriers.md}; each method names its section.
 *
 * <pre>{@code
 * CheckDigits.sevenDr("12345678901");         // 3
 * CheckDigits.isValidSevenDr("123456789013");  // true
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CheckDigits {
  /** Weights of UPU S10 over the eight serial digits, left to right. */
  private static final int[] S10_WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};
  /** UPS values of the letters, [letter - 'A']: (letter - 3) mod 10. */
  private static final int[] UPS_LETTER_VALUES = upsLetterValues();

  private CheckDigits() {}

  private static int[] upsLetterValues() {
    int[] values = new int[26];
    for (int i = 0; i < 26; i++) {
      values[i] = ('A' + i - 3) % 10;
    }
    return values;
  }

  // ---------------------------------------------------------------------------------------------
  // 7DR and DHL Express: the body read as a decimal integer, modulo 7

  /**
   * Computes the 7DR check digit (セブンチェック) of {@code body}: the body read as a decimal integer,
   * modulo 7. Used by Yamato, Sagawa and Japan Post 12-digit numbers (11-digit body) and Japan Post
   * 11-digit registered-mail numbers (10-digit body); carriers.md §1.1, §1.2.
   *
   * @param body the digits before the check digit, ASCII {@code 0-9}, 1 to 18 of them
   * @return the check digit, 0 to 6
   * @throws IllegalArgumentException if {@code body} is empty, longer than 18 or not all digits
   */
  public static int sevenDr(CharSequence body) {
    requireNonNull(body, "body");
    checkArgument(body.length() >= 1 && body.length() <= 18, "7DR body must be 1-18 digits, got %s characters",
        body.length());
    int remainder = mod7(body, 0, body.length());
    checkArgument(remainder >= 0, "7DR body must be ASCII digits");
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
    return digit(number.charAt(length - 1)) == mod7(number, 0, length - 1);
  }

  /**
   * Computes the DHL Express check digit: the 9- or 10-digit body modulo 7 (carriers.md §1.8). The
   * arithmetic is that of {@link #sevenDr(CharSequence)}; every valid 11-digit Japan Post registered
   * number is therefore also a valid 11-digit DHL Express number.
   *
   * @param body 9 or 10 ASCII digits
   * @return the check digit, 0 to 6
   * @throws IllegalArgumentException if {@code body} is not 9 or 10 digits
   */
  public static int dhlExpress(CharSequence body) {
    requireNonNull(body, "body");
    checkArgument(body.length() == 9 || body.length() == 10, "DHL Express body must be 9 or 10 digits, got %s",
        body.length());
    return sevenDr(body);
  }

  /**
   * Returns whether {@code number} is a 10- or 11-digit DHL Express waybill number whose last digit
   * is the rest modulo 7.
   *
   * @param number the whole number, normalized
   * @return true if the shape is right and the check digit holds
   */
  public static boolean isValidDhlExpress(CharSequence number) {
    requireNonNull(number, "number");
    return (number.length() == 10 || number.length() == 11) && isValidSevenDr(number);
  }

  // ---------------------------------------------------------------------------------------------
  // UPU S10

  /**
   * Computes the UPU S10 check digit of an 8-digit serial: S = Σ dᵢ·wᵢ with weights 8, 6, 4, 2, 3, 5,
   * 9, 7; C = 11 − (S mod 11); 10 becomes 0 and 11 becomes 5 (carriers.md §1.3).
   *
   * @param serial exactly 8 ASCII digits
   * @return the check digit, 0 to 9
   * @throws IllegalArgumentException if {@code serial} is not 8 digits
   */
  public static int s10(CharSequence serial) {
    requireNonNull(serial, "serial");
    checkArgument(serial.length() == 8, "S10 serial must be 8 digits, got %s", serial.length());
    int check = s10At(serial, 0);
    checkArgument(check >= 0, "S10 serial must be ASCII digits");
    return check;
  }

  /**
   * Returns whether {@code number} has the S10 shape (two letters, eight digits, a check digit, two
   * letters) and its check digit holds. The country code is not checked against any list.
   *
   * @param number the whole 13-character identifier, normalized
   * @return true if the shape is right and the check digit holds
   */
  public static boolean isValidS10(CharSequence number) {
    requireNonNull(number, "number");
    if (number.length() != 13 || !isLetter(number.charAt(0)) || !isLetter(number.charAt(1))
        || !isLetter(number.charAt(11)) || !isLetter(number.charAt(12))) {
      return false;
    }
    return digit(number.charAt(10)) == s10At(number, 2);
  }

  // ---------------------------------------------------------------------------------------------
  // FedEx Express 12

  /**
   * Computes the FedEx Express 12-digit check digit: weights 1, 3, 7 repeating from the rightmost of
   * the 11 body digits leftwards, then (Σ mod 11) mod 10 (carriers.md §1.9).
   *
   * @param body exactly 11 ASCII digits
   * @return the check digit, 0 to 9
   * @throws IllegalArgumentException if {@code body} is not 11 digits
   */
  public static int fedEx12(CharSequence body) {
    requireNonNull(body, "body");
    checkArgument(body.length() == 11, "FedEx 12 body must be 11 digits, got %s", body.length());
    int check = fedEx12At(body, 0, 11);
    checkArgument(check >= 0, "FedEx 12 body must be ASCII digits");
    return check;
  }

  /**
   * Returns whether {@code number} is 12 ASCII digits whose last is the FedEx Express check digit of
   * the first 11.
   *
   * @param number the whole number, normalized
   * @return true if the shape is right and the check digit holds
   */
  public static boolean isValidFedEx12(CharSequence number) {
    requireNonNull(number, "number");
    return number.length() == 12 && digit(number.charAt(11)) == fedEx12At(number, 0, 11);
  }

  // ---------------------------------------------------------------------------------------------
  // GS1 mod 10 (FedEx Ground 15 and 96/22, SSCC-18, USPS)

  /**
   * Computes the GS1-style mod 10 check digit: the rightmost body digit weighs 3, the next 1, then 3
   * and so on leftwards; check = (10 − Σ mod 10) mod 10 (carriers.md §1.9, §1.10).
   *
   * @param body 1 to 63 ASCII digits
   * @return the check digit, 0 to 9
   * @throws IllegalArgumentException if {@code body} is empty, too long or not all digits
   */
  public static int gs1Mod10(CharSequence body) {
    requireNonNull(body, "body");
    checkArgument(body.length() >= 1 && body.length() <= 63, "GS1 body must be 1-63 digits, got %s",
        body.length());
    int check = gs1At(body, 0, body.length(), 0);
    checkArgument(check >= 0, "GS1 body must be ASCII digits");
    return check;
  }

  /**
   * Returns whether {@code number} (2 to 64 ASCII digits) ends with the GS1 mod 10 check digit of the
   * digits before it.
   *
   * @param number the whole number, normalized
   * @return true if the shape is right and the check digit holds
   */
  public static boolean isValidGs1Mod10(CharSequence number) {
    requireNonNull(number, "number");
    int length = number.length();
    return length >= 2 && length <= 64 && digit(number.charAt(length - 1)) == gs1At(number, 0, length - 1, 0);
  }

  // ---------------------------------------------------------------------------------------------
  // UPS 1Z

  /**
   * Computes the UPS check character of the 15 characters after {@code 1Z}: letters count as
   * (ASCII − 3) mod 10 (A = 2 … H = 9, I = 0 …), characters at odd 0-based positions are doubled
   * without digit-summing, check = (10 − Σ mod 10) mod 10 (carriers.md §1.7).
   *
   * @param body exactly 15 ASCII digits or upper-case letters
   * @return the check digit, 0 to 9
   * @throws IllegalArgumentException if {@code body} is not 15 such characters
   */
  public static int ups(CharSequence body) {
    requireNonNull(body, "body");
    checkArgument(body.length() == 15, "UPS body must be 15 characters, got %s", body.length());
    int check = upsAt(body, 0, 15);
    checkArgument(check >= 0, "UPS body must be ASCII digits and upper-case letters");
    return check;
  }

  /**
   * Returns whether {@code number} is {@code 1Z}, 15 digits or upper-case letters and the UPS check
   * digit.
   *
   * @param number the whole 18-character number, normalized
   * @return true if the shape is right and the check digit holds
   */
  public static boolean isValidUps(CharSequence number) {
    requireNonNull(number, "number");
    return number.length() == 18 && number.charAt(0) == '1' && number.charAt(1) == 'Z'
        && digit(number.charAt(17)) == upsAt(number, 2, 17);
  }

  // ---------------------------------------------------------------------------------------------
  // Range forms used by the identifier: no allocation, -1 for a character out of shape.

  /**
   * The digits in [from, to) read as an integer, modulo 7; -1 if one is not a digit. Computed as
   * Σ digit × (10^p mod 7), p counted from the right, and one remainder at the end: the products are
   * independent, where a remainder per digit would chain one division after the other.
   */
  static int mod7(CharSequence s, int from, int to) {
    int sum = 0;
    for (int i = from; i < to; i++) {
      int digit = s.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      sum += digit * POWERS_OF_TEN_MOD_7[(to - 1 - i) % 6];
    }
    return sum % 7;
  }

  /** 10^p mod 7 for p = 0 to 5; the powers repeat with period 6. */
  private static final int[] POWERS_OF_TEN_MOD_7 = {1, 3, 2, 6, 4, 5};

  /** The S10 check digit of the 8 digits at {@code from}; -1 if one is not a digit. */
  static int s10At(CharSequence s, int from) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      int digit = s.charAt(from + i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      sum += digit * S10_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 0 : check == 11 ? 5 : check;
  }

  /** The FedEx 12 check digit of the digits in [from, to); -1 if one is not a digit. */
  static int fedEx12At(CharSequence s, int from, int to) {
    int sum = 0;
    int weight = 0;
    for (int i = to - 1; i >= from; i--) {
      int digit = s.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      sum += digit * (weight == 0 ? 1 : weight == 1 ? 3 : 7);
      weight = weight == 2 ? 0 : weight + 1;
    }
    return sum % 11 % 10;
  }

  /**
   * The GS1 mod 10 check digit of the digits in [from, to), with {@code extra} added to the weighted
   * sum (for an implicit prefix); -1 if one is not a digit.
   */
  static int gs1At(CharSequence s, int from, int to, int extra) {
    // Two digits a step, tripled and single sums apart; a digit out of 0-9 turns a sign bit on.
    int tripled = 0;
    int single = 0;
    int bad = 0;
    int i = to - 1;
    for (; i > from; i -= 2) {
      int a = s.charAt(i) - '0';
      int b = s.charAt(i - 1) - '0';
      bad |= a | b | (9 - a) | (9 - b);
      tripled += a;
      single += b;
    }
    if (i == from) {
      int a = s.charAt(i) - '0';
      bad |= a | (9 - a);
      tripled += a;
    }
    if (bad < 0) {
      return -1;
    }
    int sum = extra + 3 * tripled + single;
    return (10 - sum % 10) % 10;
  }

  /** The UPS check digit of the characters in [from, to); -1 if one is neither a digit nor A–Z. */
  static int upsAt(CharSequence s, int from, int to) {
    int sum = 0;
    for (int i = from; i < to; i++) {
      int value = upsValue(s.charAt(i));
      if (value < 0) {
        return -1;
      }
      sum += value << ((i - from) & 1);
    }
    return (10 - sum % 10) % 10;
  }

  /** A character's value in the UPS check: a digit its own, a letter (its code - 3) mod 10; else -1. */
  private static int upsValue(char c) {
    int digit = c - '0';
    if (digit >= 0 && digit <= 9) {
      return digit;
    }
    int letter = c - 'A';
    return letter >= 0 && letter < 26 ? UPS_LETTER_VALUES[letter] : -1;
  }

  // ---------------------------------------------------------------------------------------------
  // Nibble forms: a number of at most 15 digits held in a long, digit p from the right in bits
  // 4p to 4p + 3 (see InputNormalizer#digitForm, which reads pasted text once into this form);
  // every check below is then a few register operations instead of another pass over characters.

  private static final long LOW_NIBBLES = 0x0F0F0F0F0F0F0F0FL;
  /** Positions 1, 4, 7, …: FedEx weight 1 (data digits counted from the right, from 0). */
  private static final long FEDEX_WEIGHT_1 = positions(1, 3);
  /** Positions 2, 5, 8, …: FedEx weight 3. */
  private static final long FEDEX_WEIGHT_3 = positions(2, 3);
  /** Positions 3, 6, 9, …: FedEx weight 7. */
  private static final long FEDEX_WEIGHT_7 = positions(3, 3);
  /** Odd positions: GS1 weight 3 (the first data digit left of the check digit is tripled). */
  private static final long GS1_WEIGHT_3 = positions(1, 2);
  /** Even positions from 2: GS1 weight 1. */
  private static final long GS1_WEIGHT_1 = positions(2, 2);

  /** The nibble mask of positions {@code first}, {@code first + step}, … below 15. */
  private static long positions(int first, int step) {
    long mask = 0;
    for (int p = first; p < 15; p += step) {
      mask |= 0xFL << (4 * p);
    }
    return mask;
  }

  /** The digits of a nibble form as a number (binary-coded decimal to binary, by halves). */
  static long decimalValue(long nibbles) {
    long pairs = (nibbles >>> 4 & LOW_NIBBLES) * 10 + (nibbles & LOW_NIBBLES);
    long quads = (pairs >>> 8 & 0x00FF00FF00FF00FFL) * 100 + (pairs & 0x00FF00FF00FF00FFL);
    long octets = (quads >>> 16 & 0x0000FFFF0000FFFFL) * 10_000 + (quads & 0x0000FFFF0000FFFFL);
    return (octets >>> 32) * 100_000_000L + (octets & 0xFFFFFFFFL);
  }

  /** The sum of the digits of a nibble form. */
  private static int digitSum(long nibbles) {
    long bytes = (nibbles & LOW_NIBBLES) + (nibbles >>> 4 & LOW_NIBBLES);
    return (int) (bytes * 0x0101010101010101L >>> 56);
  }

  /**
   * {@link #mod7} of all digits but the last (position 0) of a nibble form: dropping the last
   * nibble first leaves the data as a number, so one remainder is taken and no quotient.
   */
  static int mod7OfData(long nibbles) {
    return (int) (decimalValue(nibbles >>> 4) % 7);
  }

  /** {@link #fedEx12At} of all digits but the last of a nibble form. */
  static int fedExOfData(long nibbles) {
    int sum = digitSum(nibbles & FEDEX_WEIGHT_1) + 3 * digitSum(nibbles & FEDEX_WEIGHT_3)
        + 7 * digitSum(nibbles & FEDEX_WEIGHT_7);
    return sum % 11 % 10;
  }

  /** {@link #gs1At} (no prefix) of all digits but the last of a nibble form. */
  static int gs1OfData(long nibbles) {
    int sum = 3 * digitSum(nibbles & GS1_WEIGHT_3) + digitSum(nibbles & GS1_WEIGHT_1);
    return (10 - sum % 10) % 10;
  }

  /** The last digit (position 0) of a nibble form. */
  static int lastDigit(long nibbles) {
    return (int) (nibbles & 0xF);
  }

  /** The value of an ASCII digit, or -2 (never equal to a computed check digit or to -1). */
  static int digit(char c) {
    return c >= '0' && c <= '9' ? c - '0' : -2;
  }

  private static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
