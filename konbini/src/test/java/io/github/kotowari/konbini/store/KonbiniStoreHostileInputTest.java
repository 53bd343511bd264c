package io.github.kotowari.konbini.store;

import static io.github.kotowari.konbini.store.PaymentNumberProblem.BAD_CHARACTER;
import static io.github.kotowari.konbini.store.PaymentNumberProblem.EMPTY;
import static io.github.kotowari.konbini.store.PaymentNumberProblem.INPUT_TOO_LONG;
import static io.github.kotowari.konbini.store.PaymentNumberProblem.TOO_LONG;
import static io.github.kotowari.konbini.store.PaymentNumberProblem.TOO_SHORT;
import static io.github.kotowari.konbini.store.PaymentNumberProblem.UNSUPPORTED_DIGIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile text against every kind of payment number, and against store-name lookup. Each row builds its
 * input from the kind's own digit count, so the same hostile shape is tried on every kind, and names the
 * answer the class javadoc promises: the digits read, or the problem.
 */
class KonbiniStoreHostileInputTest {

  static final int ONE_MB = 1 << 20;

  /** A row: a name, the input built from the kind's valid ASCII digits, and the answer. */
  record Row(String name, Function<String, String> input, Optional<PaymentNumberProblem> problem) {}

  static Row valid(String name, Function<String, String> input) {
    return new Row(name, input, Optional.empty());
  }

  static Row invalid(String name, Function<String, String> input, PaymentNumberProblem problem) {
    return new Row(name, input, Optional.of(problem));
  }

  static String fullWidth(String digits) {
    StringBuilder out = new StringBuilder();
    digits.chars().forEach(c -> out.append((char) (c - '0' + '０')));
    return out.toString();
  }

  static String insertEverywhere(String digits, String separator) {
    return String.join(separator, digits.split(""));
  }

  static final List<Row> ROWS = List.of(
      invalid("empty", d -> "", EMPTY),
      invalid("blank ASCII", d -> "     ", EMPTY),
      invalid("blank ideographic", d -> "\u3000\u3000", EMPTY),
      invalid("tabs and line breaks", d -> "\t\r\n", EMPTY),
      invalid("only dashes", d -> "-－‐ー", EMPTY),
      invalid("only zero-width characters", d -> "\u200B\u200C\u200D\u2060\uFEFF", EMPTY),
      valid("full-width digits", KonbiniStoreHostileInputTest::fullWidth),
      valid("a dash between every digit", d -> insertEverywhere(d, "-")),
      valid("a zero-width space between every digit", d -> insertEverywhere(d, "\u200B")),
      valid("ideographic spaces around", d -> "\u3000" + d + "\u3000"),
      invalid("one digit short", d -> d.substring(1), TOO_SHORT),
      invalid("one digit more than the longest", d -> d + "9".repeat(15), TOO_LONG),
      invalid("Arabic-Indic digits", d -> "٠" + d.substring(1), UNSUPPORTED_DIGIT),
      invalid("Devanagari digit inside", d -> d.substring(1) + "५", UNSUPPORTED_DIGIT),
      invalid("Thai digit", d -> "๑" + d, UNSUPPORTED_DIGIT),
      invalid("mathematical bold digit (outside the BMP)", d -> d.substring(1) + "\uD835\uDFCF", UNSUPPORTED_DIGIT),
      invalid("Latin letter", d -> d.substring(1) + "O", BAD_CHARACTER),
      invalid("Cyrillic letter that looks like a digit", d -> d.substring(1) + "З", BAD_CHARACTER),
      invalid("kanji numeral", d -> d.substring(1) + "一", BAD_CHARACTER),
      invalid("right-to-left override", d -> "\u202E" + d, BAD_CHARACTER),
      invalid("left-to-right embedding", d -> "\u202A" + d + "\u202C", BAD_CHARACTER),
      invalid("right-to-left isolate", d -> "\u2067" + d + "\u2069", BAD_CHARACTER),
      invalid("right-to-left mark", d -> d + "\u200F", BAD_CHARACTER),
      invalid("Arabic letter mark", d -> "\u061C" + d, BAD_CHARACTER),
      invalid("unpaired high surrogate", d -> d + "\uD800", BAD_CHARACTER),
      invalid("unpaired low surrogate", d -> "\uDC00" + d, BAD_CHARACTER),
      invalid("surrogates in the wrong order", d -> d + "\uDC00\uD800", BAD_CHARACTER),
      invalid("emoji", d -> d + "\uD83D\uDE00", BAD_CHARACTER),
      invalid("NUL", d -> d.substring(0, 2) + "\u0000" + d.substring(2), BAD_CHARACTER),
      invalid("escape", d -> "\u001B[31m" + d, BAD_CHARACTER),
      invalid("DEL", d -> d + "\u007F", BAD_CHARACTER),
      invalid("64 characters then one more", d -> " ".repeat(65 - d.length()) + d, INPUT_TOO_LONG),
      invalid("1 MB of digits", d -> "1".repeat(ONE_MB), INPUT_TOO_LONG),
      invalid("1 MB of dashes", d -> "-".repeat(ONE_MB), INPUT_TOO_LONG),
      invalid("1 MB of zero-width spaces around the number", d -> "\u200B".repeat(ONE_MB) + d, INPUT_TOO_LONG),
      invalid("1 MB of unpaired surrogates", d -> "\uD800".repeat(ONE_MB), INPUT_TOO_LONG),
      invalid("1 MB of NUL", d -> "\u0000".repeat(ONE_MB), INPUT_TOO_LONG));

  @TestFactory
  Stream<DynamicTest> everyKindGivesTheDocumentedAnswer() {
    List<DynamicTest> tests = new ArrayList<>();
    for (PaymentNumberKind kind : PaymentNumberKind.values()) {
      String digits = "98765432109876".substring(0, kind.minDigits());
      for (Row row : ROWS) {
        tests.add(DynamicTest.dynamicTest(kind + ": " + row.name(), () -> check(kind, digits, row)));
      }
    }
    return tests.stream();
  }

  private static void check(PaymentNumberKind kind, String digits, Row row) {
    String text = row.input().apply(digits);
    PaymentNumberResult result = PaymentNumber.check(kind, text);
    assertEquals(row.problem(), result.problem(), () -> kind + " " + row.name());
    if (row.problem().isEmpty()) {
      assertEquals(digits, result.orElseThrow().value());
      return;
    }
    PaymentNumberFormatException e =
        assertThrows(PaymentNumberFormatException.class, () -> PaymentNumber.parse(kind, text));
    assertEquals(row.problem().get(), e.problem());
    assertFalse(e.getMessage().contains(digits), "the message never carries the input");
    assertFalse(result.toString().contains(digits), "a rejected result never shows the input");
  }

  /** Store names as hostile input: nothing is found, nothing is thrown. */
  @TestFactory
  Stream<DynamicTest> storeLookupFindsNothingInHostileNames() {
    List<String> names = List.of("", " ", "-", "_-_ ", "\u0000", "\uD800", "\uDC00lawson", "law\u200Bson",
        "\u202Elawson", "ｌａｗｓｏｎ", "ＬＡＷＳＯＮ", "lawson\u0000", "lawsonn", "ローソン\u200B", "ロ ーソン",
        "İ".repeat(40), "lawson".repeat(7), "l".repeat(ONE_MB), "ローソン".repeat(ONE_MB / 4));
    return names.stream().map(name -> DynamicTest.dynamicTest(
        "lookup of " + (name.length() > 20 ? name.length() + " characters" : name.codePoints().mapToObj(
            c -> String.format(Locale.ROOT, "U+%04X", c)).toList()),
        () -> assertEquals(Optional.empty(), KonbiniStore.lookup(name))));
  }
}
