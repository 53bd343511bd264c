package io.github.kotowari.testkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.money.YenFormatException;
import io.github.kotowari.core.money.YenParseResult;
import java.util.Locale;
import java.util.Optional;

/**
 * Fuzzes the yen amount parsers ({@link Yen#parse}, {@link Yen#tryParse}, {@link Yen#parseSigned}),
 * the entry points for amounts people type.
 *
 * <p>Seeds: {@code src/test/resources/io/github/kotowari/testkit/fuzz/YenFuzzTestInputs/}.
 */
class YenFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void amountText(byte[] data) {
    check(data);
  }

  static void check(byte[] data) {
    String text = FuzzText.decode(data);

    // The work is bounded: nothing is read past the limit, and at most one pass below it.
    CountingText counted = new CountingText(text);
    YenParseResult result = Yen.tryParse(counted);
    if (text.length() > Yen.MAX_INPUT_LENGTH) {
      assertEquals(0, counted.reads(), "over-long input is rejected before it is read");
      assertEquals(Optional.of(YenFormatException.Problem.TOO_LONG), result.problem());
    } else {
      assertTrue(counted.reads() <= text.length(), "one pass over the input");
    }
    assertEquals(result, Yen.tryParse(text), "a CharSequence and its String read the same");

    // parse agrees with tryParse and throws nothing but the documented exception.
    Optional<Yen> parsed = parseOrProblem(text, false, result.problem());
    assertEquals(result.value(), parsed);

    // An independent oracle for the plainest input: up to 18 ASCII digits are that number.
    if (!text.isEmpty() && text.length() <= 18 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      assertEquals(Optional.of(Yen.of(Long.parseLong(text))), result.value());
    }

    result.value().ifPresent(amount -> {
      assertFalse(amount.isNegative(), "parse never returns a negative amount");
      assertTrue(text.codePoints().anyMatch(c -> (c >= '0' && c <= '9') || (c >= '０' && c <= '９')),
          "an accepted amount has a digit");
      // Accepted text re-validates: every written form of the amount reads back to it.
      assertEquals(amount, Yen.parse(amount.format(Locale.JAPANESE)));
      assertEquals(amount, Yen.parse(amount.format(Locale.ENGLISH)));
      assertEquals(amount, Yen.parseSigned(amount.toString()));
      // What parse accepts, parseSigned accepts with the same value.
      assertEquals(amount, Yen.parseSigned(text));
    });

    // parseSigned: the documented exception only, and its answers read back too.
    Optional<Yen> signed = parseOrProblem(text, true, Optional.empty());
    signed.ifPresent(amount -> {
      assertEquals(amount, Yen.parseSigned(amount.toString()));
      assertEquals(amount.abs(), Yen.parse(amount.abs().format(Locale.JAPANESE)));
    });
  }

  /**
   * Runs {@code parse} or {@code parseSigned}; a {@link YenFormatException} becomes empty (and must carry
   * {@code expectedProblem} when one is given); any other exception fails the target.
   */
  private static Optional<Yen> parseOrProblem(String text, boolean signed,
      Optional<YenFormatException.Problem> expectedProblem) {
    try {
      return Optional.of(signed ? Yen.parseSigned(text) : Yen.parse(text));
    } catch (YenFormatException e) {
      expectedProblem.ifPresent(problem -> assertEquals(problem, e.problem()));
      assertTrue(e.getMessage() != null && !e.getMessage().isEmpty(), "the message names the problem");
      return Optional.empty();
    }
  }
}
