package io.github.kotowari.testkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.kotowari.konbini.store.PaymentNumber;
import io.github.kotowari.konbini.store.PaymentNumberFormatException;
import io.github.kotowari.konbini.store.PaymentNumberKind;
import io.github.kotowari.konbini.store.PaymentNumberProblem;
import io.github.kotowari.konbini.store.PaymentNumberResult;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Fuzzes {@link PaymentNumber#check}, {@link PaymentNumber#parse} and {@link PaymentNumber#isValid}
 * for every {@link PaymentNumberKind}: the entry point for numbers customers paste from mails.
 *
 * <p>Seeds: {@code src/test/resources/io/github/kotowari/testkit/fuzz/PaymentNumberFuzzTestInputs/}.
 */
class PaymentNumberFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void pastedNumber(byte[] data) {
    check(data);
  }

  static void check(byte[] data) {
    String text = FuzzText.decode(data);
    for (PaymentNumberKind kind : PaymentNumberKind.values()) {
      checkKind(kind, text);
    }
  }

  private static void checkKind(PaymentNumberKind kind, String text) {
    CountingText counted = new CountingText(text);
    PaymentNumberResult result = PaymentNumber.check(kind, counted);
    if (text.length() > PaymentNumber.MAX_INPUT_LENGTH) {
      assertEquals(0, counted.reads(), "over-long input is rejected before it is read");
      assertEquals(Optional.of(PaymentNumberProblem.INPUT_TOO_LONG), result.problem());
    } else {
      assertTrue(counted.reads() <= text.length(), "one pass over the input");
    }
    assertEquals(kind, result.kind());
    assertEquals(result.isValid(), result.number().isPresent());
    assertEquals(result.isValid(), result.problem().isEmpty());
    assertEquals(result.isValid(), PaymentNumber.isValid(kind, text));

    Optional<PaymentNumber> parsed;
    try {
      parsed = Optional.of(PaymentNumber.parse(kind, text));
    } catch (PaymentNumberFormatException e) {
      parsed = Optional.empty();
      assertEquals(result.problem(), Optional.of(e.problem()));
      assertEquals(kind, e.kind());
      // The message depends on the kind and the problem only: it cannot echo the input.
      String first = MESSAGES.computeIfAbsent(kind, k -> new EnumMap<>(PaymentNumberProblem.class))
          .putIfAbsent(e.problem(), e.getMessage());
      if (first != null) {
        assertEquals(first, e.getMessage(), "the message never depends on the input");
      }
    }
    assertEquals(result.number(), parsed);

    result.number().ifPresent(number -> {
      String digits = number.value();
      // Independent count: the ASCII and full-width digits of the input, in order.
      StringBuilder expected = new StringBuilder();
      text.chars().forEach(c -> {
        if (c >= '0' && c <= '9') {
          expected.append((char) c);
        } else if (c >= '０' && c <= '９') {
          expected.append((char) (c - '０' + '0'));
        }
      });
      assertEquals(expected.toString(), digits);
      assertTrue(digits.length() >= kind.minDigits() && digits.length() <= kind.maxDigits());
      // Everything else in an accepted input is a separator: no letter, no other digit, no control
      // except the line breaks and tabs of pasted text, no bidi override.
      text.codePoints().forEach(c -> {
        boolean digit = (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
        // ー and ｰ are letters to Unicode (Lm) but documented dashes: an IME types them for "-".
        boolean prolongedSoundMark = c == 'ー' || c == 'ｰ';
        assertFalse(!digit && !prolongedSoundMark && Character.isLetterOrDigit(c),
            () -> "accepted U+" + Integer.toHexString(c));
        assertFalse(c >= 0x202A && c <= 0x202E, "bidi embedding or override accepted");
        assertFalse(c >= 0x2066 && c <= 0x2069, "bidi isolate accepted");
        assertFalse(c == 0x200E || c == 0x200F || c == 0x061C, "bidi mark accepted");
        assertFalse(Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r', "control accepted");
        assertFalse(Character.isSurrogate((char) c) && c <= 0xFFFF, "unpaired surrogate accepted");
      });
      // Accepted input re-validates: the value and the formatted form parse back to an equal number.
      assertEquals(number, PaymentNumber.parse(kind, digits));
      assertEquals(number, PaymentNumber.parse(kind, number.formatted()));
      // Masking: at most four digits, and at most half of them, are visible.
      int shown = (int) number.masked().chars().filter(c -> c != '*').count();
      assertTrue(shown <= 4 && shown * 2 <= digits.length(), number::masked);
      assertTrue(digits.endsWith(number.masked().substring(digits.length() - shown)));
      String display = number.toString();
      assertEquals(number.display(Locale.ENGLISH), display);
      if (digits.length() > 4) {
        assertFalse(display.contains(digits), "toString never shows the whole number");
        assertFalse(number.display(Locale.JAPANESE).contains(digits));
      }
    });
  }

  /** The first message seen per kind and problem. */
  private static final Map<PaymentNumberKind, Map<PaymentNumberProblem, String>> MESSAGES =
      new EnumMap<>(PaymentNumberKind.class);
}
