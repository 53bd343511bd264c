package io.github.kotowari.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.carriers.CheckRule;
import io.github.kotowari.carriers.IdentifierFormat;
import io.github.kotowari.carriers.IdentifierKind;
import io.github.kotowari.carriers.TrackingNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/**
 * jqwik arbitraries for carrier tracking numbers and Amazon order numbers: valid ones of every
 * format, the same written as customers paste them, and invalid ones made in a controlled way (one
 * digit changed, two adjacent digits swapped, wrong length).
 *
 * <pre>{@code
 * @Property
 * void yamatoNumbersAreRecognized(@ForAll("yamato") TrackingArbitraries.Sample s) {
 *   assertTrue(Identifier.identify(s.text()).readings().stream()
 *       .anyMatch(r -> r.format() == s.format() && r.isPlausible()));
 * }
 *
 * @Provide
 * Arbitrary<TrackingArbitraries.Sample> yamato() {
 *   return TrackingArbitraries.valid(IdentifierFormat.YAMATO_12);
 * }
 * }</pre>
 *
 * <p>Check digits are computed here from the published rules (carriers.md), independently of the
 * library's {@code CheckDigits}, so properties that compare the two are meaningful. Numbers are
 * built from digit strings and shrink towards all zeros; pasted texts shrink towards the plain
 * number; changed positions shrink towards the first digit.
 *
 * @since 0.1.0
 */
public final class TrackingArbitraries {
  private TrackingArbitraries() {}

  private static final String FULL_WIDTH_DIGITS = "０１２３４５６７８９";
  private static final List<String> SEPARATORS = List.of("-", "\u2010", "\u2013", "\u2212", "\u30FC", "\uFF0D",
      "\uFF70", " ", "\u3000", "\u200B");
  private static final int[] S10_WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

  /**
   * A generated number of one format: the normalized number and the text a customer typed.
   *
   * @param format the format the number was generated for
   * @param number the normalized number (ASCII digits and upper-case letters)
   * @param text the text as typed or pasted; equal to {@code number} unless decorated
   */
  public record Sample(IdentifierFormat format, String number, String text) {
    /**
     * Keeps the number masked when a failing property prints the sample.
     *
     * @return the format, the last four characters and the text's length
     */
    @Override
    public String toString() {
      int n = number.length();
      return "Sample[" + format + " …" + number.substring(Math.max(0, n - 4)) + ", " + text.length() + " chars]";
    }
  }

  /**
   * Returns the formats with a check digit.
   *
   * @return every format whose rule is not {@link CheckRule#NONE}
   */
  public static ImmutableList<IdentifierFormat> checkedFormats() {
    ImmutableList.Builder<IdentifierFormat> out = ImmutableList.builder();
    for (IdentifierFormat f : IdentifierFormat.values()) {
      if (f.checkRule() != CheckRule.NONE) {
        out.add(f);
      }
    }
    return out.build();
  }

  /**
   * Returns valid numbers of every format.
   *
   * @return samples of all formats, the format chosen first
   */
  public static Arbitrary<Sample> valid() {
    return Arbitraries.of(IdentifierFormat.values()).flatMap(TrackingArbitraries::valid);
  }

  /**
   * Returns valid numbers of {@code format}: its shape, and its check digit computed from the
   * published rule.
   *
   * @param format the format
   * @return samples whose text is the plain normalized number
   */
  public static Arbitrary<Sample> valid(IdentifierFormat format) {
    return numbers(format).map(n -> new Sample(format, n, n));
  }

  /**
   * Returns valid tracking numbers of every tracking-number format, as value objects.
   *
   * @return tracking numbers
   */
  public static Arbitrary<TrackingNumber> trackingNumbers() {
    List<IdentifierFormat> tracking = new ArrayList<>();
    for (IdentifierFormat f : IdentifierFormat.values()) {
      if (f.kind() == IdentifierKind.TRACKING_NUMBER) {
        tracking.add(f);
      }
    }
    return Arbitraries.of(tracking).flatMap(f -> numbers(f).map(n -> TrackingNumber.of(f, n)));
  }

  /**
   * Returns Amazon order numbers (3-7-7 digits, some digital {@code D01-…}) written with dashes.
   *
   * @return samples of {@link IdentifierFormat#AMAZON_ORDER} and {@link
   *     IdentifierFormat#AMAZON_DIGITAL_ORDER}
   */
  public static Arbitrary<Sample> amazonOrderNumbers() {
    return Arbitraries.of(IdentifierFormat.AMAZON_ORDER, IdentifierFormat.AMAZON_DIGITAL_ORDER)
        .flatMap(f -> numbers(f).map(n -> new Sample(f, n, f.display(n))));
  }

  /**
   * Returns the samples written as customers paste them: some digits and letters full-width, some
   * letters lower-case, separators of every kind between characters, surrounding spaces.
   *
   * @param samples valid samples
   * @return the same numbers with decorated texts
   */
  public static Arbitrary<Sample> pasted(Arbitrary<Sample> samples) {
    return samples.flatMap(s -> Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.longs(),
            Arbitraries.of(SEPARATORS))
        .as((style, seed, separator) -> new Sample(s.format(), s.number(), decorate(s.number(), style, seed, separator))));
  }

  /**
   * Returns numbers of a checked format with exactly one digit changed such that the format's check
   * no longer holds (changes the rule cannot see, such as ±7 under 7DR, are skipped).
   *
   * @param format a format with a check digit
   * @return samples whose number has the format's shape and a failing check digit
   * @throws IllegalArgumentException if the format has no check digit
   */
  public static Arbitrary<Sample> oneDigitChanged(IdentifierFormat format) {
    checkArgument(format.checkRule() != CheckRule.NONE, "%s has no check digit", format);
    return numbers(format).flatMap(n -> Combinators.combine(
            Arbitraries.integers().between(fixedPrefix(format), n.length() - 1), Arbitraries.integers().between(1, 9))
        .as((position, delta) -> changeDigit(n, position, delta)))
        .filter(n -> n != null && !holds(format, n))
        .map(n -> new Sample(format, n, n));
  }

  /**
   * Returns numbers of a checked format with two adjacent, different digits swapped such that the
   * check no longer holds.
   *
   * @param format a format with a check digit
   * @return samples with a failing check digit
   * @throws IllegalArgumentException if the format has no check digit
   */
  public static Arbitrary<Sample> adjacentSwapped(IdentifierFormat format) {
    checkArgument(format.checkRule() != CheckRule.NONE, "%s has no check digit", format);
    return numbers(format).flatMap(n -> Arbitraries.integers().between(fixedPrefix(format), n.length() - 2)
        .map(i -> swap(n, i)))
        .filter(n -> n != null && !holds(format, n))
        .map(n -> new Sample(format, n, n));
  }

  /**
   * Returns numbers of {@code format} cut to one character below its shortest length or padded
   * with zeros to one above its longest (for single-length formats: one too few or one too many).
   *
   * @param format the format
   * @return samples that no longer have any of the format's lengths
   */
  public static Arbitrary<Sample> wrongLength(IdentifierFormat format) {
    int shortest = lengthRange(format)[0];
    int longest = lengthRange(format)[1];
    return numbers(format).flatMap(n -> Arbitraries.of(true, false)
        .map(longer -> shortest == 0 ? (longer ? n + "0" : n.substring(0, n.length() - 1))
            : longer ? n + "0".repeat(longest + 1 - n.length()) : n.substring(0, shortest - 1)))
        .map(n -> new Sample(format, n, n));
  }

  /** Shortest and longest length of a format, where it has several; otherwise both 0 (unused). */
  private static int[] lengthRange(IdentifierFormat format) {
    switch (format) {
      case DHL_EXPRESS:
      case SAGAWA_SHORT:
        return new int[] {10, 11};
      case SEINO:
        return new int[] {10, 12};
      case FUKUYAMA:
      case AMAZON_JAPAN_DELIVERY:
        return new int[] {10, 14};
      default:
        return new int[] {0, 0};
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static Arbitrary<String> digits(int length) {
    return Arbitraries.strings().withCharRange('0', '9').ofLength(length);
  }

  private static Arbitrary<String> upper(int length) {
    return Arbitraries.strings().withCharRange('A', 'Z').ofLength(length);
  }

  private static Arbitrary<String> numbers(IdentifierFormat format) {
    switch (format) {
      case YAMATO_12:
      case SAGAWA_12:
      case JAPAN_POST_12:
        return digits(11).map(b -> b + mod7(b));
      case JAPAN_POST_REGISTERED_11:
        return digits(10).map(b -> b + mod7(b));
      case DHL_EXPRESS:
        return Arbitraries.of(9, 10).flatMap(TrackingArbitraries::digits).map(b -> b + mod7(b));
      case SAGAWA_SHORT:
        return Arbitraries.of(10, 11).flatMap(TrackingArbitraries::digits);
      case SEINO:
        return Arbitraries.integers().between(10, 12).flatMap(TrackingArbitraries::digits);
      case FUKUYAMA:
        return Arbitraries.integers().between(10, 14).flatMap(TrackingArbitraries::digits);
      case JAPAN_POST_INTERNATIONAL:
        return Combinators.combine(upper(2), digits(8)).as((s, d) -> s + d + s10(d) + "JP");
      case UPU_S10:
        return Combinators.combine(upper(2), digits(8), upper(2).filter(c -> !c.equals("JP")))
            .as((s, d, c) -> s + d + s10(d) + c);
      case AMAZON_JAPAN_DELIVERY:
        return Combinators.combine(Arbitraries.of("DA", "TA", "TB"), Arbitraries.integers().between(8, 12)
            .flatMap(TrackingArbitraries::digits)).as((p, d) -> p + d);
      case AMAZON_LOGISTICS:
        return Combinators.combine(Arbitraries.of("TBA", "TBC", "TBM"), digits(12)).as((p, d) -> p + d);
      case AMAZON_ORDER:
        return digits(17);
      case AMAZON_DIGITAL_ORDER:
        return digits(16).map(d -> "D" + d);
      case FEDEX_12:
        return digits(11).map(b -> b + fedex(b, 0, 11));
      case FEDEX_34:
        return Combinators.combine(Arbitraries.integers().between(0, 8), digits(32))
            .as((first, rest) -> first + rest)
            .map(b -> b + fedex(b, 20, 33));
      case FEDEX_GROUND_15:
        return digits(14).map(b -> b + gs1(b, 0, 14, 0));
      case FEDEX_GROUND_96:
        return digits(19).map(d -> "96" + d).map(b -> b + gs1(b, 7, 21, 0));
      case FEDEX_SSCC_18:
        return digits(17).map(b -> b + gs1(b, 2, 17, 0));
      case UPS_1Z:
        return Arbitraries.strings().withCharRange('0', '9').withCharRange('A', 'Z').ofLength(15)
            .map(b -> "1Z" + b + ups(b));
      case USPS_20:
        return digits(19).map(b -> b + gs1(b, 0, 19, 0)).filter(n -> !holdsLegacy(n));
      case USPS_20_LEGACY:
        return digits(19).map(b -> b + gs1(b, 0, 19, 28));
      case USPS_IMPB:
        return Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.of(19, 23, 27)
            .flatMap(TrackingArbitraries::digits)).as((ai, rest) -> "9" + ai + rest)
            .map(b -> b + gs1(b, 0, b.length(), 0));
      case USPS_IMPB_ROUTED:
        return Combinators.combine(Arbitraries.of(5, 9).flatMap(TrackingArbitraries::digits),
                Arbitraries.integers().between(1, 5), Arbitraries.of(19, 23, 27).flatMap(TrackingArbitraries::digits))
            .as((zip, ai, rest) -> {
              String impb = "9" + ai + rest;
              return "420" + zip + impb + gs1(impb, 0, impb.length(), 0);
            });
      default:
        throw new AssertionError(format);
    }
  }

  /** How many leading characters are fixed by the format's shape (never changed or swapped). */
  private static int fixedPrefix(IdentifierFormat format) {
    switch (format) {
      case FEDEX_34:
        return 1;
      case UPS_1Z:
      case FEDEX_GROUND_96:
      case USPS_IMPB:
        return 2;
      case USPS_IMPB_ROUTED:
        return 14;
      default:
        return 0;
    }
  }

  private static boolean holdsLegacy(String n) {
    return gs1(n, 0, 19, 28) == n.charAt(19) - '0';
  }

  /** Whether the format's own check (computed here) holds for a number of the format's shape. */
  private static boolean holds(IdentifierFormat format, String n) {
    int last = n.charAt(n.length() - 1) - '0';
    switch (format) {
      case YAMATO_12:
      case SAGAWA_12:
      case JAPAN_POST_12:
      case JAPAN_POST_REGISTERED_11:
      case DHL_EXPRESS:
        return mod7(n.substring(0, n.length() - 1)) == last;
      case JAPAN_POST_INTERNATIONAL:
      case UPU_S10:
        return s10(n.substring(2, 10)) == n.charAt(10) - '0';
      case FEDEX_12:
        return fedex(n, 0, 11) == last;
      case FEDEX_34:
        return fedex(n, 20, 33) == last;
      case FEDEX_GROUND_15:
        return gs1(n, 0, 14, 0) == last;
      case FEDEX_GROUND_96:
        return gs1(n, 7, 21, 0) == last;
      case FEDEX_SSCC_18:
        return gs1(n, 2, 17, 0) == last;
      case UPS_1Z:
        return ups(n.substring(2, 17)) == last;
      case USPS_20:
        return gs1(n, 0, 19, 0) == last;
      case USPS_20_LEGACY:
        return gs1(n, 0, 19, 28) == last;
      case USPS_IMPB:
        return gs1(n, 0, n.length() - 1, 0) == last;
      case USPS_IMPB_ROUTED:
        for (int prefix : new int[] {8, 12}) {
          if (gs1(n, prefix, n.length() - 1, 0) == last) {
            return true;
          }
        }
        return false;
      default:
        return true;
    }
  }

  private static @Nullable String changeDigit(String n, int position, int delta) {
    char c = n.charAt(position);
    if (c < '0' || c > '9') {
      return null;
    }
    char changed = (char) ('0' + (c - '0' + delta) % 10);
    return n.substring(0, position) + changed + n.substring(position + 1);
  }

  private static @Nullable String swap(String n, int i) {
    char a = n.charAt(i);
    char b = n.charAt(i + 1);
    if (a == b || a < '0' || a > '9' || b < '0' || b > '9') {
      return null;
    }
    return n.substring(0, i) + b + a + n.substring(i + 2);
  }

  private static String decorate(String number, int style, long seed, String separator) {
    StringBuilder out = new StringBuilder();
    if (style == 3) {
      out.append(' ');
    }
    long bits = seed;
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      boolean flip = (bits & 1) == 1;
      bits = Long.rotateRight(bits, 1);
      if (style >= 1 && flip) {
        if (c >= '0' && c <= '9') {
          c = FULL_WIDTH_DIGITS.charAt(c - '0');
        } else if (c >= 'A' && c <= 'Z') {
          c = style == 2 ? Character.toLowerCase(c) : (char) (c - 'A' + '\uFF21');
        }
      }
      out.append(c);
      if (style >= 2 && i % 4 == 3 && i < number.length() - 1) {
        out.append(separator);
      }
    }
    if (style == 3) {
      out.append('\u3000');
    }
    return style == 0 ? number.toLowerCase(Locale.ROOT) : out.toString();
  }

  // --- the published rules, computed independently of the library

  private static int mod7(String digits) {
    long n = Long.parseLong(digits);
    return (int) (n % 7);
  }

  private static int s10(String serial) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (serial.charAt(i) - '0') * S10_WEIGHTS[i];
    }
    int c = 11 - sum % 11;
    return c == 10 ? 0 : c == 11 ? 5 : c;
  }

  private static int fedex(String s, int from, int to) {
    int[] weights = {1, 3, 7};
    int sum = 0;
    for (int i = to - 1, k = 0; i >= from; i--, k++) {
      sum += (s.charAt(i) - '0') * weights[k % 3];
    }
    return sum % 11 % 10;
  }

  private static int gs1(String s, int from, int to, int extra) {
    int sum = extra;
    for (int i = to - 1, k = 0; i >= from; i--, k++) {
      sum += (s.charAt(i) - '0') * (k % 2 == 0 ? 3 : 1);
    }
    return (10 - sum % 10) % 10;
  }

  private static int ups(String body) {
    int sum = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      int v = Character.isDigit(c) ? c - '0' : (c - 3) % 10;
      sum += i % 2 == 1 ? 2 * v : v;
    }
    return (10 - sum % 10) % 10;
  }
}
