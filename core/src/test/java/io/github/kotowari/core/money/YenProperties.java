package io.github.kotowari.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * Yen arithmetic agrees with {@link BigInteger} arithmetic, and throws exactly when the exact result
 * leaves the yen range [-Long.MAX_VALUE, Long.MAX_VALUE]; formatted text reads back.
 */
class YenProperties {

  static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);
  static final BigInteger MIN = MAX.negate();

  /** Amounts in range, biased to the edges and to small values. */
  @Provide
  Arbitrary<Long> amounts() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-Long.MAX_VALUE, Long.MAX_VALUE),
        Arbitraries.longs().between(-1_000_000, 1_000_000),
        Arbitraries.of(0L, 1L, -1L, Long.MAX_VALUE, -Long.MAX_VALUE, Long.MAX_VALUE - 1, 3_037_000_499L,
            3_037_000_500L, (long) Integer.MAX_VALUE, 300_000L));
  }

  @Provide
  Arbitrary<Long> nonNegative() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, Long.MAX_VALUE),
        Arbitraries.longs().between(0, 100_000_000),
        Arbitraries.of(0L, 9L, 10L, 999L, 1_000L, 9_999L, 10_000L, Long.MAX_VALUE));
  }

  /** Checks that {@code actual} gives {@code expected} if it is in range, and throws otherwise. */
  static void agrees(BigInteger expected, Supplier<Yen> actual) {
    if (expected.compareTo(MIN) < 0 || expected.compareTo(MAX) > 0) {
      assertThrows(ArithmeticException.class, actual::get, expected::toString);
    } else {
      assertEquals(expected.longValueExact(), actual.get().amount());
    }
  }

  static BigInteger big(long value) {
    return BigInteger.valueOf(value);
  }

  @Property
  void plusMatchesBigInteger(@ForAll("amounts") long a, @ForAll("amounts") long b) {
    agrees(big(a).add(big(b)), () -> Yen.of(a).plus(Yen.of(b)));
    agrees(big(a).add(big(b)), () -> Yen.of(a).plus(b));
  }

  @Property
  void minusMatchesBigInteger(@ForAll("amounts") long a, @ForAll("amounts") long b) {
    agrees(big(a).subtract(big(b)), () -> Yen.of(a).minus(Yen.of(b)));
    agrees(big(a).subtract(big(b)), () -> Yen.of(a).minus(b));
  }

  @Property
  void timesMatchesBigInteger(@ForAll("amounts") long a, @ForAll long factor) {
    agrees(big(a).multiply(big(factor)), () -> Yen.of(a).times(factor));
  }

  @Property
  void timesBySmallFactorsMatchesBigInteger(@ForAll("amounts") long a, @ForAll @IntRange(min = -1000, max = 1000) int factor) {
    agrees(big(a).multiply(big(factor)), () -> Yen.of(a).times(factor));
  }

  /**
   * {@code sum} throws when a partial sum leaves the range, even if the final sum would fit (as
   * {@code Math.addExact} would); the reference checks every prefix.
   */
  @Property
  void sumMatchesBigIntegerPrefixSums(@ForAll @Size(max = 8) List<@LongRange(min = -Long.MAX_VALUE) Long> values) {
    BigInteger running = BigInteger.ZERO;
    boolean overflow = false;
    for (long v : values) {
      running = running.add(big(v));
      overflow |= running.compareTo(MIN) < 0 || running.compareTo(MAX) > 0;
    }
    List<Yen> amounts = values.stream().map(Yen::of).toList();
    if (overflow) {
      assertThrows(ArithmeticException.class, () -> Yen.sum(amounts));
      assertThrows(ArithmeticException.class, () -> Yen.sum(amounts.toArray(new Yen[0])));
    } else {
      assertEquals(running.longValueExact(), Yen.sum(amounts).amount());
      assertEquals(running.longValueExact(), Yen.sum(amounts.toArray(new Yen[0])).amount());
    }
  }

  @Property
  void negationAndAbsNeverOverflow(@ForAll("amounts") long a) {
    assertEquals(big(a).negate().longValueExact(), Yen.of(a).negated().amount());
    assertEquals(big(a).abs().longValueExact(), Yen.of(a).abs().amount());
  }

  @Property
  void comparisonsMatchBigInteger(@ForAll("amounts") long a, @ForAll("amounts") long b) {
    int expected = big(a).compareTo(big(b));
    Yen x = Yen.of(a);
    Yen y = Yen.of(b);
    assertEquals(expected, Integer.signum(x.compareTo(y)));
    assertEquals(expected > 0, x.isGreaterThan(y));
    assertEquals(expected < 0, x.isLessThan(y));
    assertEquals(expected >= 0, x.isGreaterThanOrEqualTo(y));
    assertEquals(expected <= 0, x.isLessThanOrEqualTo(y));
    assertEquals(expected == 0, x.equals(y));
    assertEquals(big(a).max(big(b)).longValueExact(), Yen.max(x, y).amount());
    assertEquals(big(a).min(big(b)).longValueExact(), Yen.min(x, y).amount());
  }

  @Property
  void japaneseAndEnglishFormatsReadBack(@ForAll("nonNegative") long a) {
    Yen y = Yen.of(a);
    assertEquals(y, Yen.parse(y.format(Locale.JAPANESE)));
    assertEquals(y, Yen.parse(y.format(Locale.ENGLISH)));
    assertEquals(y, Yen.parse(y.format(Locale.GERMANY)));
  }

  @Property
  void toStringReadsBackWithParseSigned(@ForAll("amounts") long a) {
    Yen y = Yen.of(a);
    assertEquals(y, Yen.parseSigned(y.toString()));
    assertEquals(y, Yen.parseSigned(y.format(Locale.JAPANESE)));
  }

  /** The format's digits are the decimal digits of the amount, grouped by three from the right. */
  @Property
  void formatGroupsTheDecimalDigits(@ForAll("nonNegative") long a) {
    String english = Yen.of(a).format(Locale.ENGLISH);
    assertTrue(english.startsWith("¥"));
    assertEquals(big(a).toString(), english.substring(1).replace(",", ""));
    assertTrue(english.substring(1).matches("\\d{1,3}(,\\d{3})*"), english);
  }

  /** Man (万) and oku (億) notation, written from the digits, means what the digits mean. */
  @Property
  void kanjiUnitsMatchTheirValue(@ForAll @IntRange(min = 0, max = 9999) int oku,
      @ForAll @IntRange(min = 0, max = 9999) int man, @ForAll @IntRange(min = 0, max = 9999) int rest) {
    StringBuilder text = new StringBuilder();
    if (oku > 0) {
      text.append(oku).append('億');
    }
    if (man > 0) {
      text.append(man).append('万');
    }
    if (rest > 0 || text.length() == 0) {
      text.append(rest);
    }
    text.append('円');
    long expected = oku * 100_000_000L + man * 10_000L + rest;
    assertEquals(expected, Yen.parse(text).amount(), text::toString);
  }

  /** Full-width digits and commas mean the same as ASCII ones. */
  @Property
  void fullWidthDigitsReadLikeAscii(@ForAll("nonNegative") long a) {
    String english = Yen.of(a).format(Locale.ENGLISH);
    StringBuilder wide = new StringBuilder();
    for (char c : english.toCharArray()) {
      wide.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == ',' ? '，' : c == '¥' ? '￥' : c);
    }
    assertEquals(Yen.of(a), Yen.parse(wide));
  }

  /** Any string at all gets an answer: a value or a problem, never another exception. */
  @Property
  void tryParseAnswersEveryString(@ForAll @Size(max = 80) String text) {
    YenParseResult result = Yen.tryParse(text);
    assertTrue(result.isValid() != result.problem().isPresent());
    if (result.isValid()) {
      assertEquals(result.orElseThrow(), Yen.parse(text));
      assertTrue(!result.orElseThrow().isNegative());
    } else {
      YenFormatException e = assertThrows(YenFormatException.class, () -> Yen.parse(text));
      assertEquals(result.problem().orElseThrow(), e.problem());
    }
  }

  /** Strings made of the parser's own alphabet reach its deeper branches. */
  @Property
  void tryParseAnswersEveryStringOfItsAlphabet(@ForAll("alphabetStrings") String text) {
    YenParseResult result = Yen.tryParse(text);
    assertTrue(result.isValid() != result.problem().isPresent());
    if (result.isValid()) {
      String digitsOnly = text.replaceAll("[^0-9０-９]", "");
      assertTrue(!digitsOnly.isEmpty(), text);
    }
  }

  @Provide
  Arbitrary<String> alphabetStrings() {
    return Arbitraries.strings().withChars("0123456789０９,，万億兆円¥￥ -.").ofMaxLength(20);
  }
}
