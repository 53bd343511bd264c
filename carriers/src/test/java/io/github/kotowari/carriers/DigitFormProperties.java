package io.github.kotowari.carriers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/**
 * The packed digit form the identifier uses for numbers of up to 15 digits agrees with the plain
 * forms: {@link InputNormalizer#digitForm} with {@link InputNormalizer#normalize}, and each nibble
 * check with the check over the characters ({@link CheckDigits#mod7}, {@link
 * CheckDigits#fedEx12At}, {@link CheckDigits#gs1At}).
 */
class DigitFormProperties {

  @Property(tries = 3000)
  void digitFormIsTheNormalizedValueWhenThatIsAtMostFifteenDigits(@ForAll("pasted") String text) {
    long form = InputNormalizer.digitForm(text);
    NormalizedInput normalized = InputNormalizer.normalize(text);
    boolean shortDigits = normalized.isAccepted() && !normalized.codabarRemoved()
        && normalized.value().length() <= 15 && normalized.value().chars().allMatch(c -> c >= '0' && c <= '9');
    assertEquals(shortDigits, form != InputNormalizer.NOT_DIGITS, text);
    if (shortDigits) {
      assertEquals(normalized.value(), InputNormalizer.formValue(form));
      assertEquals(normalized.value().length(), InputNormalizer.formLength(form));
    }
  }

  /**
   * The one-pass scan of a String: its digit form, "already normalized" (digits or letters), "more
   * than 15 digits with separators" (whose digits {@code digitsOf} copies), or "normalize it".
   */
  @Property(tries = 3000)
  void scanAgreesWithTheNormalizer(@ForAll("scanned") String text) {
    long scanned = InputNormalizer.scan(text);
    NormalizedInput normalized = InputNormalizer.normalize(text);
    assertEquals(InputNormalizer.digitForm(text) != InputNormalizer.NOT_DIGITS, InputNormalizer.isDigitForm(scanned),
        text);
    if (InputNormalizer.isDigitForm(scanned)) {
      assertEquals(InputNormalizer.digitForm(text), scanned, text);
      return;
    }
    boolean separated = normalized.isAccepted() && !normalized.codabarRemoved() && !normalized.value().equals(text)
        && normalized.value().length() > 15 && normalized.value().chars().allMatch(c -> c >= '0' && c <= '9');
    assertEquals(separated, InputNormalizer.isSeparated(scanned), text);
    if (separated) {
      assertEquals(normalized.value().length(), InputNormalizer.separatedCount(scanned), text);
      assertEquals(normalized.value(), InputNormalizer.digitsOf(text), text);
      return;
    }
    boolean unchanged = normalized.isAccepted() && !normalized.codabarRemoved() && normalized.value().equals(text);
    assertEquals(unchanged, scanned != InputNormalizer.NOT_DIGITS, text);
    if (unchanged) {
      boolean digits = text.chars().allMatch(c -> c >= '0' && c <= '9');
      assertEquals(digits ? InputNormalizer.CANONICAL_DIGITS : InputNormalizer.CANONICAL_WITH_LETTERS, scanned, text);
    }
  }

  /** Separated text of 16 to 64 digits carries its count and is never taken for a digit form. */
  @Example
  void separatedTextCarriesItsDigitCountFromSixteenToSixtyFour() {
    for (int count : new int[] {16, 17, 40, 63, 64}) {
      String text = "7".repeat(count / 2) + "-" + "3".repeat(count - count / 2);
      long scanned = InputNormalizer.scan(text);
      assertTrue(InputNormalizer.isSeparated(scanned), text);
      assertFalse(InputNormalizer.isDigitForm(scanned), text);
      assertEquals(count, InputNormalizer.separatedCount(scanned), text);
      assertEquals(InputNormalizer.normalize(text).value(), Identifier.identify(text).normalizedValue().orElseThrow());
    }
    // 65 digits are too many to be a value at all; 15 are a digit form.
    assertEquals(InputNormalizer.NOT_DIGITS, InputNormalizer.scan("7".repeat(32) + "-" + "3".repeat(33)));
    assertTrue(InputNormalizer.isDigitForm(InputNormalizer.scan("7777777-33333333")));
    assertFalse(InputNormalizer.isSeparated(InputNormalizer.CANONICAL_WITH_LETTERS));
    assertFalse(InputNormalizer.isSeparated(InputNormalizer.NOT_DIGITS));
  }

  /** The copy identify makes of other strings is the normalized value with any Codabar letters still on. */
  @Property(tries = 3000)
  void keepIsTheNormalizedValueBeforeCodabarLettersGo(@ForAll("scanned") String text) {
    String kept = InputNormalizer.keep(text);
    NormalizedInput normalized = InputNormalizer.normalize(text);
    assertEquals(normalized.isAccepted(), kept != null, text);
    if (kept != null) {
      String value = InputNormalizer.withoutCodabar(kept);
      assertEquals(normalized.codabarRemoved(), value.length() < kept.length(), text);
      assertEquals(normalized.value(), value, text);
    }
  }

  @Property(tries = 2000)
  void nibbleChecksEqualTheCharacterChecks(@ForAll @NumericChars @StringLength(min = 2, max = 15) String digits) {
    long nibbles = InputNormalizer.formNibbles(InputNormalizer.digitForm(digits));
    int n = digits.length();
    assertEquals(CheckDigits.mod7(digits, 0, n - 1), CheckDigits.mod7OfData(nibbles), digits);
    assertEquals(CheckDigits.fedEx12At(digits, 0, n - 1), CheckDigits.fedExOfData(nibbles), digits);
    assertEquals(CheckDigits.gs1At(digits, 0, n - 1, 0), CheckDigits.gs1OfData(nibbles), digits);
    assertEquals(digits.charAt(n - 1) - '0', CheckDigits.lastDigit(nibbles), digits);
  }

  @Property(tries = 500)
  void decimalValueReadsTheDigitsAsANumber(@ForAll @IntRange(min = 1, max = 15) int length,
      @ForAll("seeds") long seed) {
    String digits = String.format(java.util.Locale.ROOT, "%015d", seed).substring(15 - length);
    long nibbles = InputNormalizer.formNibbles(InputNormalizer.digitForm(digits));
    assertEquals(Long.parseLong(digits), CheckDigits.decimalValue(nibbles));
  }

  @Property(tries = 1000)
  void everyDigitFormatAgreesOnNibblesAndCharacters(@ForAll @NumericChars @StringLength(min = 1, max = 15) String digits) {
    long nibbles = InputNormalizer.formNibbles(InputNormalizer.digitForm(digits));
    for (IdentifierFormat format : IdentifierFormat.values()) {
      if (!format.hasLetters() && format.canHaveLength(digits.length())) {
        assertEquals(format.evaluate(digits, true), format.evaluateDigits(digits.length(), nibbles),
            format + " " + digits);
      }
    }
  }

  @Property(tries = 500)
  void formatsWithoutLettersNeverMatchAValueWithOne(@ForAll("withALetter") String value) {
    for (IdentifierFormat format : IdentifierFormat.values()) {
      if (!format.hasLetters()) {
        assertEquals(IdentifierFormat.NO_MATCH, format.evaluate(value, false), format + " " + value);
      }
    }
  }

  @Property(tries = 500)
  void formatsWithLettersNeverMatchAllDigits(@ForAll @NumericChars @StringLength(min = 1, max = 44) String digits) {
    for (IdentifierFormat format : IdentifierFormat.values()) {
      if (format.hasLetters()) {
        assertEquals(IdentifierFormat.NO_MATCH, format.evaluate(digits, true), format + " " + digits);
      }
    }
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs().between(0, 999_999_999_999_999L);
  }

  @Provide
  Arbitrary<String> withALetter() {
    return Combinators.combine(Arbitraries.strings().numeric().ofMaxLength(43), Arbitraries.chars().range('A', 'Z'),
        Arbitraries.strings().withChars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ").ofMaxLength(20))
        .as((digits, letter, rest) -> digits + letter + rest);
  }

  /** Pasted text, and canonical strings of every length around the digit-form and significant bounds. */
  @Provide
  Arbitrary<String> scanned() {
    Arbitrary<String> canonical = Arbitraries.strings().withChars("0123456789ABCDZ").ofMinLength(0).ofMaxLength(70);
    Arbitrary<String> digits = Arbitraries.integers().between(1, 70)
        .flatMap(n -> Arbitraries.strings().numeric().ofLength(n));
    Arbitrary<String> mixed = Combinators.combine(digits, Arbitraries.of("-", "ー", "a", "Z", " ", "#", "１"), digits)
        .as((a, sep, b) -> a + sep + b);
    return Arbitraries.oneOf(canonical, digits, mixed, pasted());
  }

  @Provide
  Arbitrary<String> pasted() {
    return Arbitraries.strings()
        .withChars("0123456789０１２３４５６７８９-－ー‐ 　\u200B\u200E\u202EabcdABCD#")
        .ofMinLength(0).ofMaxLength(24);
  }
}
