package io.github.kotowari.konbini.store;

import static io.github.kotowari.konbini.store.PaymentNumberKind.CONFIRMATION_NUMBER;
import static io.github.kotowari.konbini.store.PaymentNumberKind.CUSTOMER_NUMBER;
import static io.github.kotowari.konbini.store.PaymentNumberKind.PAYMENT_NUMBER;
import static io.github.kotowari.konbini.store.PaymentNumberKind.PAYMENT_SLIP_NUMBER;
import static io.github.kotowari.konbini.store.PaymentNumberKind.PHONE_NUMBER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PaymentNumberTest {

  static final String SLIP = "1234567890123";
  static final String ONE_MB = "1".repeat(1 << 20);

  /** Texts that are the 13-digit slip number 1234567890123, however they were pasted. */
  static final Map<String, String> SLIP_AS_PASTED = ImmutableMap.<String, String>builder()
      .put("plain ASCII", "1234567890123")
      .put("full-width", "１２３４５６７８９０１２３")
      .put("mixed ASCII and full-width", "１２３4５６７８９0１２3")
      .put("ASCII spaces", " 1234 5678 90123 ")
      .put("ideographic spaces", "1234\u30005678\u300090123")
      .put("no-break and thin spaces", "1234\u00A05678\u200990123")
      .put("trailing line break from a mail", "1234567890123\r\n")
      .put("hyphen-minus", "1234-5678-90123")
      .put("hyphen U+2010", "1234\u20105678\u201090123")
      .put("non-breaking hyphen", "1234\u20115678\u201190123")
      .put("figure dash", "1234\u20125678\u201290123")
      .put("en dash", "1234\u20135678\u201390123")
      .put("em dash", "1234\u20145678\u201490123")
      .put("horizontal bar", "1234\u20155678\u201590123")
      .put("minus sign", "1234\u22125678\u221290123")
      .put("full-width hyphen-minus", "1234－5678－90123")
      .put("katakana prolonged sound mark", "1234ー5678ー90123")
      .put("half-width prolonged sound mark", "1234ｰ5678ｰ90123")
      .put("small hyphen-minus", "1234\uFE635678\uFE6390123")
      .put("small em dash", "1234\uFE585678\uFE5890123")
      .put("box drawing horizontal", "1234─5678─90123")
      .put("soft hyphen", "1234\u00AD5678\u00AD90123")
      .put("zero-width space", "\u200B1234567890123\u200B")
      .put("zero-width joiners and BOM", "\uFEFF1234\u200C5678\u200D90123\u2060")
      .build();

  /** Hostile or wrong texts and the problem each must give for a 13-digit slip number. */
  static final Map<String, Object[]> HOSTILE = ImmutableMap.<String, Object[]>builder()
      .put("empty", new Object[] {"", PaymentNumberProblem.EMPTY})
      .put("blank", new Object[] {"   ", PaymentNumberProblem.EMPTY})
      .put("ideographic blank", new Object[] {"\u3000\u3000", PaymentNumberProblem.EMPTY})
      .put("only dashes", new Object[] {"-‐－ー―", PaymentNumberProblem.EMPTY})
      .put("only zero-width", new Object[] {"\u200B\uFEFF", PaymentNumberProblem.EMPTY})
      .put("too short", new Object[] {"123456789012", PaymentNumberProblem.TOO_SHORT})
      .put("too long", new Object[] {"12345678901234", PaymentNumberProblem.TOO_LONG})
      .put("letter", new Object[] {"A234567890123", PaymentNumberProblem.BAD_CHARACTER})
      .put("kanji numerals", new Object[] {"1234567890一二三", PaymentNumberProblem.BAD_CHARACTER})
      .put("full-width letter", new Object[] {"１２３４５６７８９０１２Ａ", PaymentNumberProblem.BAD_CHARACTER})
      .put("Arabic-Indic digits", new Object[] {"١٢٣٤٥٦٧٨٩٠١٢٣", PaymentNumberProblem.UNSUPPORTED_DIGIT})
      .put("Devanagari digit", new Object[] {"123456789012३", PaymentNumberProblem.UNSUPPORTED_DIGIT})
      .put("mathematical bold digit (surrogate pair)",
          new Object[] {"123456789012\uD835\uDFCF", PaymentNumberProblem.UNSUPPORTED_DIGIT})
      .put("emoji", new Object[] {"123456789012\uD83D\uDE00", PaymentNumberProblem.BAD_CHARACTER})
      .put("right-to-left override", new Object[] {"\u202E1234567890123", PaymentNumberProblem.BAD_CHARACTER})
      .put("right-to-left mark", new Object[] {"1234567890123\u200F", PaymentNumberProblem.BAD_CHARACTER})
      .put("left-to-right isolate", new Object[] {"\u20661234567890123\u2069", PaymentNumberProblem.BAD_CHARACTER})
      .put("unpaired high surrogate", new Object[] {"123456789012\uD800", PaymentNumberProblem.BAD_CHARACTER})
      .put("unpaired low surrogate", new Object[] {"\uDC00" + SLIP, PaymentNumberProblem.BAD_CHARACTER})
      .put("NUL", new Object[] {"123456\u00007890123", PaymentNumberProblem.BAD_CHARACTER})
      .put("other control", new Object[] {"123456\u00077890123", PaymentNumberProblem.BAD_CHARACTER})
      .put("DEL", new Object[] {"123456\u007F7890123", PaymentNumberProblem.BAD_CHARACTER})
      .put("plus sign", new Object[] {"+1234567890123", PaymentNumberProblem.BAD_CHARACTER})
      .put("decimal point", new Object[] {"123456.7890123", PaymentNumberProblem.BAD_CHARACTER})
      .put("65 characters", new Object[] {" ".repeat(52) + SLIP, PaymentNumberProblem.INPUT_TOO_LONG})
      .put("1 MB of digits", new Object[] {ONE_MB, PaymentNumberProblem.INPUT_TOO_LONG})
      .put("1 MB of spaces", new Object[] {" ".repeat(1 << 20), PaymentNumberProblem.INPUT_TOO_LONG})
      .put("1 MB of dashes then digits", new Object[] {"-".repeat(1 << 20) + SLIP, PaymentNumberProblem.INPUT_TOO_LONG})
      .build();

  @TestFactory
  Stream<DynamicTest> everyPastedFormIsTheSameNumber() {
    PaymentNumber expected = PaymentNumber.parse(PAYMENT_SLIP_NUMBER, SLIP);
    return SLIP_AS_PASTED.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      PaymentNumber parsed = PaymentNumber.parse(PAYMENT_SLIP_NUMBER, e.getValue());
      assertEquals(expected, parsed);
      assertEquals(SLIP, parsed.value());
    }));
  }

  @TestFactory
  Stream<DynamicTest> hostileInputGetsItsTypedProblem() {
    return HOSTILE.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      String text = (String) e.getValue()[0];
      PaymentNumberProblem problem = (PaymentNumberProblem) e.getValue()[1];
      PaymentNumberResult result = PaymentNumber.check(PAYMENT_SLIP_NUMBER, text);
      assertEquals(Optional.of(problem), result.problem());
      assertFalse(result.isValid());
      assertTrue(result.number().isEmpty());
      assertFalse(PaymentNumber.isValid(PAYMENT_SLIP_NUMBER, text));
      PaymentNumberFormatException thrown =
          assertThrows(PaymentNumberFormatException.class, () -> PaymentNumber.parse(PAYMENT_SLIP_NUMBER, text));
      assertEquals(problem, thrown.problem());
      assertEquals(PAYMENT_SLIP_NUMBER, thrown.kind());
      assertTrue(thrown.getMessage().contains("13 digits"), thrown.getMessage());
      assertFalse(thrown.getMessage().contains("123456"), "the message never echoes the input");
    }));
  }

  @Test
  void theBoundIsSixtyFourCharactersExactly() {
    assertTrue(PaymentNumber.isValid(PAYMENT_SLIP_NUMBER, " ".repeat(51) + SLIP)); // 64 characters
    assertEquals(Optional.of(PaymentNumberProblem.INPUT_TOO_LONG),
        PaymentNumber.check(PAYMENT_SLIP_NUMBER, " ".repeat(52) + SLIP).problem());
  }

  @Test
  void lengthsOfEachKindComeFromTheSources() {
    // Guide: Seven-Eleven 13 digits, FamilyMart and Lawson 11 digits.
    assertTrue(PaymentNumber.isValid(PAYMENT_SLIP_NUMBER, "1".repeat(13)));
    assertTrue(PaymentNumber.isValid(PAYMENT_NUMBER, "1".repeat(11)));
    assertFalse(PaymentNumber.isValid(PAYMENT_NUMBER, "1".repeat(13)));
    // Gateways: Famiport 5 + 12 digits, Loppi confirmation 4 digits, Club Station receipt 6 digits.
    assertTrue(PaymentNumber.isValid(PaymentNumberKind.COMPANY_CODE, "12345"));
    assertTrue(PaymentNumber.isValid(PaymentNumberKind.ORDER_NUMBER, "123456789012"));
    assertTrue(PaymentNumber.isValid(CONFIRMATION_NUMBER, "1234"));
    assertFalse(PaymentNumber.isValid(CONFIRMATION_NUMBER, "12345"));
    assertTrue(PaymentNumber.isValid(PaymentNumberKind.RECEIPT_NUMBER, "123456"));
    // A customer number of 14 digits (one provider) and of 6 digits (a shorter one) are both accepted.
    assertTrue(PaymentNumber.isValid(CUSTOMER_NUMBER, "12345678901234"));
    assertTrue(PaymentNumber.isValid(CUSTOMER_NUMBER, "123456"));
    assertFalse(PaymentNumber.isValid(CUSTOMER_NUMBER, "12345"));
    assertFalse(PaymentNumber.isValid(CUSTOMER_NUMBER, "123456789012345"));
    // Japanese phone numbers: 03-1234-5678 (10) and 090-1234-5678 (11).
    assertTrue(PaymentNumber.isValid(PHONE_NUMBER, "03-1234-5678"));
    assertTrue(PaymentNumber.isValid(PHONE_NUMBER, "０９０－１２３４－５６７８"));
    assertFalse(PaymentNumber.isValid(PHONE_NUMBER, "+81-90-1234-5678"));
  }

  @Test
  void toStringAndDisplayAreMasked() {
    PaymentNumber slip = PaymentNumber.parse(PAYMENT_SLIP_NUMBER, SLIP);
    assertEquals("payment slip number *********0123", slip.toString());
    assertEquals("払込票番号 *********0123", slip.display(Locale.JAPANESE));
    assertEquals("*********0123", slip.masked());
    assertEquals("1234-5678-9012-3", slip.formatted());
    // A 4-digit confirmation number never shows more than half of itself.
    assertEquals("**34", PaymentNumber.parse(CONFIRMATION_NUMBER, "1234").masked());
    assertEquals("***456", PaymentNumber.parse(PaymentNumberKind.RECEIPT_NUMBER, "123456").masked());
    assertEquals("valid(payment slip number *********0123)", PaymentNumber.check(PAYMENT_SLIP_NUMBER, SLIP).toString());
    assertEquals("invalid(payment slip number: TOO_SHORT)", PaymentNumber.check(PAYMENT_SLIP_NUMBER, "1").toString());
  }

  @Test
  void exceptionMessageNamesProblemAndForm() {
    PaymentNumberFormatException e = assertThrows(PaymentNumberFormatException.class,
        () -> PaymentNumber.parse(PaymentNumberKind.PHONE_NUMBER, "12345"));
    assertEquals("Not a valid phone number: The number has too few digits. Expected 10–11 digits "
        + "(full-width digits, spaces and dashes are accepted).", e.getMessage());
    assertTrue(e instanceof IllegalArgumentException);
  }

  @Test
  void checkAndParseAgree() {
    PaymentNumberResult ok = PaymentNumber.check(PAYMENT_NUMBER, "123-4567-8901");
    assertEquals(PaymentNumber.parse(PAYMENT_NUMBER, "12345678901"), ok.orElseThrow());
    assertEquals(PAYMENT_NUMBER, ok.kind());
    assertTrue(ok.problem().isEmpty());
    assertThrows(PaymentNumberFormatException.class, () -> PaymentNumber.check(PAYMENT_NUMBER, "").orElseThrow());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(PaymentNumber.parse(PAYMENT_SLIP_NUMBER, SLIP),
            PaymentNumber.parse(PAYMENT_SLIP_NUMBER, "１２３４-５６７８-９０１２３"))
        .addEqualityGroup(PaymentNumber.parse(PAYMENT_SLIP_NUMBER, "1234567890124"))
        .addEqualityGroup(PaymentNumber.parse(CUSTOMER_NUMBER, SLIP))
        .addEqualityGroup(PaymentNumber.parse(PAYMENT_NUMBER, "12345678901"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PaymentNumber.check(PAYMENT_SLIP_NUMBER, SLIP), PaymentNumber.check(PAYMENT_SLIP_NUMBER, " " + SLIP))
        .addEqualityGroup(PaymentNumber.check(PAYMENT_SLIP_NUMBER, ""), PaymentNumber.check(PAYMENT_SLIP_NUMBER, "--"))
        .addEqualityGroup(PaymentNumber.check(PAYMENT_SLIP_NUMBER, "1"))
        .addEqualityGroup(PaymentNumber.check(PAYMENT_NUMBER, ""))
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(PaymentNumberKind.class, PAYMENT_SLIP_NUMBER)
        .setDefault(PaymentNumberProblem.class, PaymentNumberProblem.EMPTY);
    tester.testAllPublicStaticMethods(PaymentNumber.class);
    tester.testAllPublicInstanceMethods(PaymentNumber.parse(PAYMENT_SLIP_NUMBER, SLIP));
    tester.testAllPublicInstanceMethods(PaymentNumber.check(PAYMENT_SLIP_NUMBER, SLIP));
    tester.testAllPublicConstructors(PaymentNumberFormatException.class);
    for (PaymentNumberKind kind : PaymentNumberKind.values()) {
      tester.testAllPublicInstanceMethods(kind);
    }
  }

  @Test
  void everyKindAndProblemSpeaksBothLanguages() {
    for (PaymentNumberKind kind : PaymentNumberKind.values()) {
      assertFalse(kind.display(Locale.JAPANESE).equals(kind.display(Locale.ENGLISH)), kind.name());
      assertTrue(kind.format(Locale.JAPANESE).endsWith("桁の数字"), kind.name());
      assertTrue(kind.format(Locale.ENGLISH).endsWith(" digits"), kind.name());
      assertTrue(kind.minDigits() >= 4 && kind.minDigits() <= kind.maxDigits(), kind.name());
    }
    for (PaymentNumberProblem problem : PaymentNumberProblem.values()) {
      assertFalse(problem.display(Locale.JAPANESE).equals(problem.display(Locale.ENGLISH)), problem.name());
      assertTrue(problem.display(Locale.JAPANESE).endsWith("。"), problem.name());
    }
  }
}
