package io.github.kotowari.carriers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Strings;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class InputNormalizerTest {

  private static String value(String text) {
    NormalizedInput in = InputNormalizer.normalize(text);
    assertTrue(in.isAccepted(), () -> "rejected: " + in);
    return in.value();
  }

  private static InputProblem problem(String text) {
    return InputNormalizer.normalize(text).problem().orElseThrow();
  }

  @Test
  void everyDashVariantListedInCarriersMdIsASeparator() {
    // carriers.md "Facts a library must get right": U+002D, U+2010–2015, U+2212, U+FF0D, U+30FC, U+FF70, U+FE63.
    char[] dashes = {'\u002D', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFF0D',
        '\u30FC', '\uFF70', '\uFE63', '\uFE58', '\u00AD'};
    for (char dash : dashes) {
      assertEquals("123456789013", value("1234" + dash + "5678" + dash + "9013"), Integer.toHexString(dash));
    }
  }

  @Test
  void spacesZeroWidthAndMarksAreDropped() {
    assertEquals("123456789013", value(" 1234\u30005678\u00A09013\t\r\n"));
    assertEquals("123456789013", value("\uFEFF1234\u200B5678\u200C\u200D9013\u2060\u200E\u200F"));
  }

  @Test
  void fullWidthDigitsAndLettersAndLowerCaseBecomeAscii() {
    assertEquals("123456789013", value("１２３４ー５６７８ー９０１３"));
    assertEquals("EG725089303JP", value("ｅｇ７２５０８９３０３ＪＰ"));
    assertEquals("EG725089303JP", value("eg725089303jp"));
    assertEquals("D0112345671234567", value("d01-1234567-1234567"));
  }

  @Test
  void codabarGuardsFromScannersAreRemoved() {
    // Yamato labels are NW-7 with start/stop characters: A\d{12}A, B\d{12}B (carriers.md §1.1).
    NormalizedInput in = InputNormalizer.normalize("A123456789013A");
    assertEquals("123456789013", in.value());
    assertTrue(in.codabarRemoved());
    assertEquals("123456789013", value("b123456789013b"));
    assertEquals("123456789013", value("C1234-5678-9013D"));
    // not Codabar: letters inside, or a digit at an end
    assertEquals("DA123456789", value("DA123456789"));
    assertEquals("EG725089303JP", value("EG725089303JP"));
    assertEquals("12", value("a1-2a"));
    assertFalse(InputNormalizer.normalize("A1A").codabarRemoved());
  }

  @Test
  void rejectionsSayWhyAndWhere() {
    assertEquals(InputProblem.EMPTY, problem(""));
    assertEquals(InputProblem.EMPTY, problem(" - ー \u3000"));
    NormalizedInput dot = InputNormalizer.normalize("1234.5678");
    assertEquals(InputProblem.UNEXPECTED_CHARACTER, dot.problem().orElseThrow());
    assertEquals(5, dot.position());
    assertEquals("5 文字目に番号に使えない文字があります。", dot.violation().message(Locale.JAPANESE));
    assertEquals("Character 5 cannot be part of a number.", dot.violation().message(Locale.ENGLISH));
    assertEquals(InputProblem.UNEXPECTED_CHARACTER, problem("1234\u0000"));
    assertEquals(InputProblem.UNEXPECTED_CHARACTER, problem("1234\uD800"));
    assertEquals(InputProblem.UNEXPECTED_CHARACTER, problem("\uDC001234"));
    assertEquals(InputProblem.UNEXPECTED_CHARACTER, problem("1234\u202E5678"));
    assertEquals(InputProblem.UNEXPECTED_CHARACTER, problem("伝票1234"));
    assertEquals(InputProblem.UNEXPECTED_CHARACTER, problem("١٢٣٤"));
  }

  @Test
  void lengthBoundsAreEnforcedEarly() {
    assertEquals(64, value(Strings.repeat("1", 64)).length());
    NormalizedInput sixtyFive = InputNormalizer.normalize(Strings.repeat("1", 65));
    assertEquals(InputProblem.TOO_LONG, sixtyFive.problem().orElseThrow());
    assertEquals(65, sixtyFive.position());
    assertEquals(InputProblem.TOO_LONG, problem(Strings.repeat("-", 1025)));
    assertEquals(InputProblem.TOO_LONG, problem(Strings.repeat("9", 1 << 20)));
    assertEquals(InputProblem.EMPTY, problem(Strings.repeat(" ", 1024)));
    assertEquals("The input is too long: numbers have at most 64 letters and digits.",
        InputNormalizer.normalize(Strings.repeat("1", 65)).violation().message(Locale.ENGLISH));
  }

  @Test
  void canonicalStringsAreNotCopied() {
    String canonical = "123456789013";
    assertSame(canonical, InputNormalizer.normalize(canonical).value());
  }

  @Test
  void valueTypeContract() {
    new EqualsTester()
        .addEqualityGroup(InputNormalizer.normalize("1234-5678-9013"), InputNormalizer.normalize("123456789013"))
        .addEqualityGroup(InputNormalizer.normalize("A123456789013A"))
        .addEqualityGroup(InputNormalizer.normalize(""), InputNormalizer.normalize(" "))
        .addEqualityGroup(InputNormalizer.normalize("1."))
        .addEqualityGroup(InputNormalizer.normalize(".1"))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(InputNormalizer.class);
    assertThrows(IllegalStateException.class, () -> InputNormalizer.normalize("").value());
    assertThrows(IllegalStateException.class, () -> InputNormalizer.normalize("1").violation());
    assertEquals("NormalizedInput[********9013]", InputNormalizer.normalize("123456789013").toString());
    for (InputProblem p : InputProblem.values()) {
      assertFalse(p.display(Locale.JAPANESE).isEmpty());
      assertFalse(p.display(Locale.ENGLISH).isEmpty());
    }
  }

  @Property
  void normalizationIsIdempotent(@ForAll @StringLength(max = 80) String any) {
    NormalizedInput once = InputNormalizer.normalize(any);
    if (once.isAccepted()) {
      NormalizedInput twice = InputNormalizer.normalize(once.value());
      assertTrue(twice.isAccepted());
      // a second pass may only strip another Codabar pair that the first one exposed
      if (!twice.codabarRemoved()) {
        assertEquals(once.value(), twice.value());
      }
    }
  }

  @Property
  void acceptedValuesAreAsciiUpperAlphanumericWithinTheBound(@ForAll @StringLength(max = 200) String any) {
    NormalizedInput in = InputNormalizer.normalize(any);
    if (in.isAccepted()) {
      String v = in.value();
      assertTrue(v.length() >= 1 && v.length() <= InputNormalizer.MAX_SIGNIFICANT_CHARS);
      assertTrue(v.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')), v);
    } else {
      assertTrue(in.position() >= 0 && in.position() <= any.length() + 1);
    }
  }
}
