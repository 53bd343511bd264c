package io.github.kotowari.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.kotowari.core.money.YenFormatException.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YenTest {

  /** What people type, and the amount they mean (written by hand from the text, not by the code). */
  static final ImmutableMap<String, Long> ACCEPTED = ImmutableMap.<String, Long>builder()
      .put("0", 0L)
      .put("0円", 0L)
      .put("300000", 300_000L)
      .put("300,000", 300_000L)
      .put("300,000円", 300_000L)
      .put("¥300000", 300_000L)
      .put("¥300,000", 300_000L)
      .put("￥300,000", 300_000L)
      .put("￥３００，０００", 300_000L)
      .put("３０万円", 300_000L)
      .put("30万", 300_000L)
      .put("30万円", 300_000L)
      .put("3万5000円", 35_000L)
      .put("3万5,000円", 35_000L)
      .put("1億2000万円", 120_000_000L)
      .put("1億2000万3円", 120_000_003L)
      .put("1億円", 100_000_000L)
      .put("1億5円", 100_000_005L)
      .put("2兆", 2_000_000_000_000L)
      .put("1,000万円", 10_000_000L)
      .put("12345万", 123_450_000L)
      .put("１億２０００万円", 120_000_000L)
      .put("  ¥300,000  ", 300_000L)
      .put("\u3000３０万円\u3000", 300_000L)
      .put("\t300000\t", 300_000L)
      .put("300,000円\n", 300_000L)
      .put("\r\n３０万円\r\n", 300_000L)
      .put("¥ 300,000", 300_000L)
      .put("300,000 円", 300_000L)
      .put("007", 7L)
      .put("1,234,567,890", 1_234_567_890L)
      .put("9223372036854775807", Long.MAX_VALUE)
      .put("¥9,223,372,036,854,775,807", Long.MAX_VALUE)
      .build();

  /** Hostile or wrong inputs and the problem each must report. */
  static final ImmutableMap<String, Problem> REJECTED = ImmutableMap.<String, Problem>builder()
      .put("", Problem.EMPTY)
      .put(" ", Problem.EMPTY)
      .put("\u3000\u3000", Problem.EMPTY)
      .put("\t", Problem.EMPTY)
      .put("-1", Problem.NEGATIVE)
      .put("-300,000円", Problem.NEGATIVE)
      .put("\u2010300", Problem.NEGATIVE)
      .put("\u2011300", Problem.NEGATIVE)
      .put("\u2012300", Problem.NEGATIVE)
      .put("\u2013300", Problem.NEGATIVE)
      .put("\u2014300", Problem.NEGATIVE)
      .put("\u2015300", Problem.NEGATIVE)
      .put("\u2212300", Problem.NEGATIVE)
      .put("\uFF0D300", Problem.NEGATIVE)
      .put("\uFE63300", Problem.NEGATIVE)
      .put("\u30FC300円", Problem.NEGATIVE)
      .put("▲300円", Problem.NEGATIVE)
      .put("△300円", Problem.NEGATIVE)
      .put("¥-300", Problem.NEGATIVE)
      .put("￥－３００", Problem.NEGATIVE)
      .put("1.5", Problem.DECIMAL)
      .put("1.5万円", Problem.DECIMAL)
      .put("300．5円", Problem.DECIMAL)
      .put("¥300.00", Problem.DECIMAL)
      .put("abc", Problem.BAD_CHARACTER)
      .put("三十万円", Problem.BAD_CHARACTER)
      .put("5千円", Problem.BAD_CHARACTER)
      .put("300 000", Problem.BAD_CHARACTER)
      .put("300-000", Problem.BAD_CHARACTER)
      .put("300\u200B000", Problem.BAD_CHARACTER)
      .put("\u200B300", Problem.BAD_CHARACTER)
      .put("300\uFEFF", Problem.BAD_CHARACTER)
      .put("300\u0000", Problem.BAD_CHARACTER)
      .put("\u0007300", Problem.BAD_CHARACTER)
      .put("300\n000", Problem.BAD_CHARACTER)
      .put("+300", Problem.BAD_CHARACTER)
      .put("\u0663\u0660\u0660", Problem.BAD_CHARACTER) // Arabic-Indic digits
      .put("\u0969\u0966\u0966", Problem.BAD_CHARACTER) // Devanagari digits
      .put("\\300", Problem.BAD_CHARACTER)
      .put("300円円", Problem.BAD_CHARACTER)
      .put("JPY 300", Problem.BAD_CHARACTER)
      .put("300yen", Problem.BAD_CHARACTER)
      .put("¥300円", Problem.MALFORMED)
      .put("¥", Problem.MALFORMED)
      .put("円", Problem.MALFORMED)
      .put("万円", Problem.MALFORMED)
      .put(",", Problem.MALFORMED)
      .put("3,00,000", Problem.MALFORMED)
      .put("3000,000", Problem.MALFORMED)
      .put(",300", Problem.MALFORMED)
      .put("300,", Problem.MALFORMED)
      .put("1,,000", Problem.MALFORMED)
      .put("2000万1億", Problem.MALFORMED)
      .put("1万1万", Problem.MALFORMED)
      .put("1億20000万", Problem.MALFORMED)
      .put("3万10000", Problem.MALFORMED)
      .put("9223372036854775808", Problem.TOO_LARGE)
      .put("99999999999999999999", Problem.TOO_LARGE)
      .put("9223373兆", Problem.TOO_LARGE)
      .put("9223372兆36854775808", Problem.MALFORMED)
      .put(Strings.repeat("1", Yen.MAX_INPUT_LENGTH + 1), Problem.TOO_LONG)
      .put(Strings.repeat("0", 1 << 20), Problem.TOO_LONG)
      .put(Strings.repeat(" ", 1 << 20), Problem.TOO_LONG)
      .build();

  /** Regression: jqwik found a partial sum resting on Long.MIN_VALUE, which addExact lets through. */
  @Test
  void aPartialSumAtLongMinValueIsOutsideTheRange() {
    assertThrows(ArithmeticException.class, () -> Yen.sum(Yen.MIN_VALUE, Yen.of(-1), Yen.of(1)));
    assertThrows(ArithmeticException.class,
        () -> Yen.sum(java.util.List.of(Yen.MIN_VALUE, Yen.of(-1), Yen.of(1))));
    assertEquals(Yen.MIN_VALUE, Yen.sum(Yen.MIN_VALUE, Yen.of(1), Yen.of(-1)));
  }

  @Test
  void acceptsWhatPeopleType() {
    for (Map.Entry<String, Long> row : ACCEPTED.entrySet()) {
      assertEquals(Yen.of(row.getValue()), Yen.parse(row.getKey()), row.getKey());
      assertEquals(YenParseResult.of(Yen.of(row.getValue())), Yen.tryParse(row.getKey()), row.getKey());
    }
  }

  @Test
  void rejectsEverythingElseWithTheReason() {
    for (Map.Entry<String, Problem> row : REJECTED.entrySet()) {
      String label = row.getKey().length() > 40 ? "string of length " + row.getKey().length() : row.getKey();
      YenFormatException e = assertThrows(YenFormatException.class, () -> Yen.parse(row.getKey()), label);
      assertEquals(row.getValue(), e.problem(), label);
      YenParseResult result = Yen.tryParse(row.getKey());
      assertFalse(result.isValid(), label);
      assertEquals(row.getValue(), result.problem().orElseThrow(), label);
      assertTrue(result.value().isEmpty(), label);
    }
  }

  @Test
  void theMessageNamesTheProblemAndTheAcceptedFormsButNotTheInput() {
    YenFormatException e = assertThrows(YenFormatException.class, () -> Yen.parse("1.5万円"));
    assertTrue(e.getMessage().contains("decimal point"), e.getMessage());
    assertTrue(e.getMessage().contains("300,000円") && e.getMessage().contains("30万円"), e.getMessage());
    assertFalse(e.getMessage().contains("1.5万円"), e.getMessage());
    assertTrue(e instanceof IllegalArgumentException);
  }

  @Test
  void everyProblemHasBothLanguagesAndADistinctMessage() {
    for (Problem problem : Problem.values()) {
      assertFalse(problem.display(Locale.JAPANESE).isBlank());
      assertFalse(problem.display(Locale.ENGLISH).isBlank());
      assertFalse(problem.display(Locale.JAPANESE).equals(problem.display(Locale.ENGLISH)));
      assertTrue(new YenFormatException(problem).getMessage().contains(problem.name()));
    }
  }

  @Test
  void parseSignedReadsAnAsciiMinusAndEveryToString() {
    assertEquals(Yen.of(-1_500), Yen.parseSigned("-¥1,500"));
    assertEquals(Yen.of(-1_500), Yen.parseSigned("-1,500円"));
    assertEquals(Yen.of(1_500), Yen.parseSigned("1,500円"));
    assertEquals(Yen.MIN_VALUE, Yen.parseSigned(Yen.MIN_VALUE.toString()));
    assertEquals(Problem.NEGATIVE,
        assertThrows(YenFormatException.class, () -> Yen.parseSigned("\u2212300")).problem());
    assertEquals(Problem.TOO_LARGE,
        assertThrows(YenFormatException.class, () -> Yen.parseSigned("-9223372036854775808")).problem());
  }

  @Test
  void formatsByExplicitLocaleOnly() {
    assertEquals("¥300,000", Yen.of(300_000).format(Locale.ENGLISH));
    assertEquals("300,000円", Yen.of(300_000).format(Locale.JAPANESE));
    assertEquals("300,000円", Yen.of(300_000).format(Locale.JAPAN));
    assertEquals("¥300,000", Yen.of(300_000).format(Locale.GERMANY)); // the test JVM's default is de_DE
    assertEquals("¥0", Yen.ZERO.format(Locale.ENGLISH));
    assertEquals("0円", Yen.ZERO.format(Locale.JAPANESE));
    assertEquals("¥999", Yen.of(999).format(Locale.ENGLISH));
    assertEquals("¥1,000", Yen.of(1_000).format(Locale.ENGLISH));
    assertEquals("¥100,000,000", Yen.of(100_000_000).format(Locale.ENGLISH));
    assertEquals("-¥1,500", Yen.of(-1_500).format(Locale.ENGLISH));
    assertEquals("-1,500円", Yen.of(-1_500).format(Locale.JAPANESE));
    assertEquals("¥9,223,372,036,854,775,807", Yen.MAX_VALUE.format(Locale.ENGLISH));
    assertEquals("-9,223,372,036,854,775,807円", Yen.MIN_VALUE.format(Locale.JAPANESE));
    assertEquals("¥300,000", Yen.of(300_000).toString());
    assertEquals(Yen.of(300_000).format(Locale.JAPANESE), Yen.of(300_000).display(Locale.JAPANESE));
  }

  @Test
  void arithmeticIsExactAndThrowsOnOverflow() {
    assertEquals(Yen.of(6_440), Yen.ofPrice(1_980).times(3).plus(Yen.of(500)));
    assertEquals(Yen.of(-100), Yen.of(200).minus(Yen.of(300)));
    assertEquals(Yen.of(5), Yen.of(2).plus(3));
    assertEquals(Yen.of(-1), Yen.of(2).minus(3));
    assertThrows(ArithmeticException.class, () -> Yen.MAX_VALUE.plus(Yen.of(1)));
    assertThrows(ArithmeticException.class, () -> Yen.MIN_VALUE.minus(Yen.of(1)));
    assertThrows(ArithmeticException.class, () -> Yen.MAX_VALUE.times(2));
    assertThrows(ArithmeticException.class, () -> Yen.of(Long.MIN_VALUE));
    // -Long.MAX_VALUE - 1 is a long, but not a yen amount: the range is symmetric.
    assertThrows(ArithmeticException.class, () -> Yen.MIN_VALUE.minus(1));
    assertThrows(ArithmeticException.class, () -> Yen.sum(Yen.MAX_VALUE, Yen.of(1), Yen.of(-5)));
    assertEquals(Yen.MAX_VALUE, Yen.MIN_VALUE.negated());
    assertEquals(Yen.MAX_VALUE, Yen.MIN_VALUE.abs());
    assertEquals(Yen.ZERO, Yen.sum(List.of()));
    assertEquals(Yen.of(6), Yen.sum(List.of(Yen.of(1), Yen.of(2), Yen.of(3))));
    assertSame(Yen.ZERO, Yen.of(0));
  }

  @Test
  void comparisons() {
    Yen small = Yen.of(-5);
    Yen big = Yen.of(7);
    assertTrue(big.isGreaterThan(small) && !small.isGreaterThan(big) && !big.isGreaterThan(big));
    assertTrue(small.isLessThan(big) && !big.isLessThan(small) && !big.isLessThan(big));
    assertTrue(big.isGreaterThanOrEqualTo(big) && big.isLessThanOrEqualTo(big));
    assertTrue(small.compareTo(big) < 0 && big.compareTo(small) > 0 && big.compareTo(Yen.of(7)) == 0);
    assertSame(big, Yen.max(small, big));
    assertSame(small, Yen.min(small, big));
    assertTrue(small.isNegative() && big.isPositive() && Yen.ZERO.isZero());
    assertFalse(Yen.ZERO.isNegative() || Yen.ZERO.isPositive());
  }

  @Test
  void pricesAreNeverNegative() {
    assertEquals(Yen.ZERO, Yen.ofPrice(0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Yen.ofPrice(-1));
    assertTrue(e.getMessage().contains("negative"), e.getMessage());
    IllegalArgumentException named =
        assertThrows(IllegalArgumentException.class, () -> Yen.of(-300).requireNonNegative("refund.amount"));
    assertTrue(named.getMessage().startsWith("refund.amount must not be negative"), named.getMessage());
    assertEquals(Yen.of(3), Yen.of(3).requireNonNegative("x"));
  }

  @Test
  public void testEquals() {
    new EqualsTester()
        .addEqualityGroup(Yen.of(300_000), Yen.parse("３０万円"), Yen.ofPrice(300_000), Yen.of(300_000).abs())
        .addEqualityGroup(Yen.of(-300_000), Yen.of(300_000).negated())
        .addEqualityGroup(Yen.ZERO, Yen.of(0), Yen.sum(List.of()))
        .addEqualityGroup(Yen.MAX_VALUE, Yen.parse("9223372036854775807"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Yen.tryParse("300円"), Yen.tryParse("¥300"), YenParseResult.of(Yen.of(300)))
        .addEqualityGroup(Yen.tryParse("-3"), YenParseResult.failure(Problem.NEGATIVE))
        .addEqualityGroup(Yen.tryParse("1.5"), YenParseResult.failure(Problem.DECIMAL))
        .addEqualityGroup(Yen.tryParse("301円"))
        .testEquals();
  }

  @Test
  public void testNulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(Yen.class, Yen.of(1))
        .setDefault(Problem.class, Problem.EMPTY);
    tester.testAllPublicStaticMethods(Yen.class);
    tester.testAllPublicInstanceMethods(Yen.of(5));
    tester.testAllPublicStaticMethods(YenParseResult.class);
    tester.testAllPublicInstanceMethods(Yen.tryParse("5"));
    tester.testAllPublicInstanceMethods(Yen.tryParse("x"));
    tester.testAllPublicConstructors(YenFormatException.class);
    tester.testAllPublicInstanceMethods(new YenFormatException(Problem.EMPTY));
  }

  @Test
  void parseResultAccessors() {
    YenParseResult ok = Yen.tryParse("300円");
    assertTrue(ok.isValid());
    assertEquals(Yen.of(300), ok.orElseThrow());
    assertTrue(ok.problem().isEmpty());
    assertEquals("Valid[¥300]", ok.toString());
    YenParseResult bad = Yen.tryParse("x");
    assertEquals(Problem.BAD_CHARACTER, assertThrows(YenFormatException.class, bad::orElseThrow).problem());
    assertEquals("Invalid[BAD_CHARACTER]", bad.toString());
  }

  @Test
  void everyPublicConstantIsInRange() {
    for (Yen y : ImmutableList.of(Yen.MAX_VALUE, Yen.MIN_VALUE, Yen.ZERO)) {
      assertEquals(y, Yen.of(y.amount()));
    }
  }
}
