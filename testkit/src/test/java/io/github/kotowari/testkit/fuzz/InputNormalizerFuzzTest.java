package io.github.kotowari.testkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.kotowari.carriers.InputNormalizer;
import io.github.kotowari.carriers.InputProblem;
import io.github.kotowari.carriers.NormalizedInput;
import java.util.Locale;
import java.util.Optional;

/**
 * Fuzzes {@link InputNormalizer#normalize}, the first step for every tracking or order number a customer
 * pastes.
 *
 * <p>Seeds: {@code src/test/resources/io/github/kotowari/testkit/fuzz/InputNormalizerFuzzTestInputs/}.
 */
class InputNormalizerFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void pastedText(byte[] data) {
    check(data);
  }

  static void check(byte[] data) {
    String text = FuzzText.decode(data);
    CountingText counted = new CountingText(text);
    NormalizedInput result = InputNormalizer.normalize(counted);
    if (text.length() > InputNormalizer.MAX_RAW_CHARS) {
      assertEquals(0, counted.reads(), "over-long input is rejected before it is read");
      assertEquals(Optional.of(InputProblem.TOO_LONG), result.problem());
    } else {
      assertTrue(counted.reads() <= text.length(), "one pass over the input");
    }
    // The String fast path and the general path give the same answer.
    assertEquals(result, InputNormalizer.normalize(text));
    assertEquals(result.isAccepted(), result.problem().isEmpty());

    if (!result.isAccepted()) {
      InputProblem problem = result.problem().orElseThrow();
      if (problem == InputProblem.UNEXPECTED_CHARACTER) {
        int p = result.position();
        assertTrue(p >= 1 && p <= text.length(), "the position points into the input");
        char c = text.charAt(p - 1);
        assertFalse((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'),
            "an ASCII letter or digit is never unexpected");
      }
      String message = result.violation().message(Locale.ENGLISH);
      assertFalse(text.length() >= 5 && message.contains(text), "the message never echoes the input");
      result.violation().message(Locale.JAPANESE);
      return;
    }

    String value = result.value();
    assertTrue(value.length() >= 1 && value.length() <= InputNormalizer.MAX_SIGNIFICANT_CHARS, value);
    assertTrue(value.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')), value);
    // Independently: the letters and digits of the input, ASCII or full-width, upper-cased, in order.
    StringBuilder expected = new StringBuilder();
    text.chars().forEach(c -> {
      if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
        expected.append((char) c);
      } else if (c >= 'a' && c <= 'z') {
        expected.append((char) (c - 'a' + 'A'));
      } else if (c >= '０' && c <= '９') {
        expected.append((char) (c - '０' + '0'));
      } else if (c >= 'Ａ' && c <= 'Ｚ') {
        expected.append((char) (c - 'Ａ' + 'A'));
      } else if (c >= 'ａ' && c <= 'ｚ') {
        expected.append((char) (c - 'ａ' + 'A'));
      }
    });
    String kept = expected.toString();
    if (result.codabarRemoved()) {
      assertEquals(kept.substring(1, kept.length() - 1), value);
      assertTrue("ABCD".indexOf(kept.charAt(0)) >= 0 && "ABCD".indexOf(kept.charAt(kept.length() - 1)) >= 0);
    } else {
      assertEquals(kept, value);
      // Accepted text re-validates: the value normalizes to itself.
      assertEquals(result, InputNormalizer.normalize(value));
    }
    // Everything dropped is a separator: no other letter, digit, control or unpaired surrogate survives.
    text.chars().forEach(c -> {
      boolean alnum = Character.isLetterOrDigit(c) && c != 'ー' && c != 'ｰ';
      boolean ascii = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      boolean fullWidth = (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
      assertFalse(alnum && !ascii && !fullWidth, () -> "accepted U+" + Integer.toHexString(c));
      assertFalse(Character.isSurrogate((char) c), "unpaired or paired surrogate accepted");
      assertFalse(Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r', "control accepted");
    });
    // Masking: toString shows at most the last four characters, and at most half of them.
    int visible = Math.min(4, value.length() / 2);
    String masked = "*".repeat(value.length() - visible) + value.substring(value.length() - visible);
    assertTrue(result.toString().contains(masked), result::toString);
    if (value.length() >= 5) {
      assertFalse(result.toString().contains(value), result::toString);
    }
  }
}
