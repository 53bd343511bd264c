package io.github.kotowari.carriers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.common.base.Strings;
import io.github.kotowari.carriers.contact.ContactDirectory;
import io.github.kotowari.carriers.contact.Officiality;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile and degenerate inputs: every one gets a typed answer, none throws or hangs. */
class CarriersHostileInputTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("empty", "", Verdict.UNKNOWN, InputProblem.EMPTY),
        Arguments.of("blank", "   \t\n", Verdict.UNKNOWN, InputProblem.EMPTY),
        Arguments.of("ideographic spaces", "\u3000\u3000", Verdict.UNKNOWN, InputProblem.EMPTY),
        Arguments.of("only dashes", "----ー－―", Verdict.UNKNOWN, InputProblem.EMPTY),
        Arguments.of("only zero-width", "\u200B\u200C\u200D\uFEFF", Verdict.UNKNOWN, InputProblem.EMPTY),
        Arguments.of("full-width valid 7DR", "４４３４－９６１７－１０２０", Verdict.AMBIGUOUS, null),
        Arguments.of("mixed widths S10", "ＥＧ725089303ｊｐ", Verdict.VALID, null),
        Arguments.of("mixed scripts (Cyrillic Е)", "\u0415G725089303JP", Verdict.UNKNOWN,
            InputProblem.UNEXPECTED_CHARACTER),
        Arguments.of("kanji label", "伝票番号：443496171020", Verdict.UNKNOWN, InputProblem.UNEXPECTED_CHARACTER),
        Arguments.of("zero-width inside", "4434\u200B9617\u200D1020", Verdict.AMBIGUOUS, null),
        Arguments.of("bidi override", "\u202E443496171020", Verdict.UNKNOWN, InputProblem.UNEXPECTED_CHARACTER),
        Arguments.of("bidi isolate", "4434\u20669617\u20691020", Verdict.UNKNOWN, InputProblem.UNEXPECTED_CHARACTER),
        Arguments.of("LRM mark", "\u200E443496171020", Verdict.AMBIGUOUS, null),
        Arguments.of("unpaired high surrogate", "44349617102\uD83D", Verdict.UNKNOWN,
            InputProblem.UNEXPECTED_CHARACTER),
        Arguments.of("unpaired low surrogate", "\uDE00443496171020", Verdict.UNKNOWN,
            InputProblem.UNEXPECTED_CHARACTER),
        Arguments.of("emoji", "443496171020\uD83D\uDE9A", Verdict.UNKNOWN, InputProblem.UNEXPECTED_CHARACTER),
        Arguments.of("NUL", "4434\u00009617", Verdict.UNKNOWN, InputProblem.UNEXPECTED_CHARACTER),
        Arguments.of("control char", "\u0007443496171020", Verdict.UNKNOWN, InputProblem.UNEXPECTED_CHARACTER),
        Arguments.of("1 MB of digits", Strings.repeat("7", 1 << 20), Verdict.UNKNOWN, InputProblem.TOO_LONG),
        Arguments.of("1 MB of spaces", Strings.repeat(" ", 1 << 20), Verdict.UNKNOWN, InputProblem.TOO_LONG),
        Arguments.of("65 digits", Strings.repeat("1", 65), Verdict.UNKNOWN, InputProblem.TOO_LONG),
        Arguments.of("Long.MAX_VALUE digits", Long.toString(Long.MAX_VALUE), Verdict.UNKNOWN, null),
        Arguments.of("Long.MAX_VALUE twice", Long.toString(Long.MAX_VALUE) + Long.MAX_VALUE, Verdict.UNKNOWN, null),
        Arguments.of("negative number", "-443496171020", Verdict.AMBIGUOUS, null),
        Arguments.of("decimal point", "4434961710.20", Verdict.UNKNOWN, InputProblem.UNEXPECTED_CHARACTER),
        Arguments.of("Codabar only", "AA", Verdict.UNKNOWN, null),
        Arguments.of("SQL", "1' OR '1'='1", Verdict.UNKNOWN, InputProblem.UNEXPECTED_CHARACTER),
        Arguments.of("HTML", "<b>443496171020</b>", Verdict.UNKNOWN, InputProblem.UNEXPECTED_CHARACTER),
        Arguments.of("Arabic-Indic digits", "٤٤٣٤٩٦١٧١٠٢٠", Verdict.UNKNOWN, InputProblem.UNEXPECTED_CHARACTER),
        Arguments.of("single letter", "x", Verdict.UNKNOWN, null),
        Arguments.of("all zeros 12", "000000000000", Verdict.AMBIGUOUS, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyInputGetsATypedAnswer(String name, String input, Verdict verdict, InputProblem problem) {
    Identification id = Identifier.identify(input);
    assertEquals(verdict, id.verdict(), name);
    assertEquals(verdict, Identifier.verdict(input), name);
    assertEquals(verdict, Identifier.verdict(new StringBuilder(input)), name);
    if (problem != null) {
      assertEquals(problem, id.input().problem().orElseThrow(), name);
    }
    String ja = id.explain(Locale.JAPANESE);
    String en = id.explain(Locale.ENGLISH);
    assertFalse(ja.isBlank() || en.isBlank());
    if (input.length() >= 12) {
      assertFalse(en.contains(input.substring(0, 8)) && !input.startsWith("    "), name);
    }
    // the contact checks take the same inputs
    Officiality phone = ContactDirectory.defaults().checkPhone(input).officiality();
    Officiality sender = ContactDirectory.defaults().checkSender(input).officiality();
    assertFalse(phone == Officiality.OFFICIAL || sender == Officiality.OFFICIAL, name);
  }
}
