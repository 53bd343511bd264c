package io.github.kotowari.konbini.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PaymentNumberProperties {

  /** Characters a paste can contain: digits of three scripts, separators, controls, surrogates. */
  static final String PASTE_CHARS = "0123456789０１２３４５６７８９١٢३ \u3000\u00A0\t\r\n-‐‑‒–—―−－ーｰ─\u00AD"
      + "\u200B\u200C\u200D\u2060\uFEFF\u200E\u200F\u202A\u202E\u2066\u2069\u0000\u0007AaＡ一+.#"
      + "\uD800\uDC00\uD835\uDFCF";

  /** Characters the parser ignores. */
  static final String IGNORED_CHARS = " \u3000\u00A0\t\r\n-‐‑‒–—―−－ーｰ─\u00AD\u200B\u200C\u200D\u2060\uFEFF";

  @Provide
  Arbitrary<PaymentNumber> numbers() {
    return Arbitraries.of(PaymentNumberKind.class).flatMap(kind -> Arbitraries.strings().numeric()
        .ofMinLength(kind.minDigits()).ofMaxLength(kind.maxDigits())
        .map(digits -> PaymentNumber.parse(kind, digits)));
  }

  @Provide
  Arbitrary<String> pastes() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars(PASTE_CHARS).ofMaxLength(80),
        Arbitraries.strings().all().ofMaxLength(80),
        Arbitraries.strings().numeric().ofMinLength(4).ofMaxLength(14));
  }

  @Property
  void parseOfFormattedOrValueIsTheSameNumber(@ForAll("numbers") PaymentNumber number) {
    assertEquals(number, PaymentNumber.parse(number.kind(), number.value()));
    assertEquals(number, PaymentNumber.parse(number.kind(), number.formatted()));
    assertEquals(number.value(), number.formatted().replace("-", ""));
  }

  @Property
  void fullWidthAndSeparatorsDoNotChangeTheNumber(@ForAll("numbers") PaymentNumber number,
      @ForAll("separators") List<String> separators) {
    StringBuilder pasted = new StringBuilder();
    String digits = number.value();
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      pasted.append(i % 2 == 0 ? (char) (c - '0' + '０') : c).append(separators.get(i % separators.size()));
    }
    if (pasted.length() <= PaymentNumber.MAX_INPUT_LENGTH) {
      assertEquals(number, PaymentNumber.parse(number.kind(), pasted));
    }
  }

  @Provide
  Arbitrary<List<String>> separators() {
    return Arbitraries.strings().withChars(IGNORED_CHARS).ofMaxLength(2).list().ofMinSize(1).ofMaxSize(5);
  }

  @Property
  void normalizationIsIdempotent(@ForAll PaymentNumberKind kind, @ForAll("pastes") String text) {
    PaymentNumberResult once = PaymentNumber.check(kind, text);
    once.number().ifPresent(number -> {
      assertEquals(once, PaymentNumber.check(kind, number.value()));
      assertEquals(number.value(), PaymentNumber.parse(kind, number.value()).value());
    });
  }

  @Property
  void maskedTextsNeverShowMoreThanFourDigits(@ForAll("numbers") PaymentNumber number) {
    int allowed = Math.min(4, number.value().length() / 2);
    for (String shown : List.of(number.toString(), number.masked(), number.display(Locale.JAPANESE),
        number.display(Locale.ENGLISH), PaymentNumber.check(number.kind(), number.value()).toString())) {
      long digitsShown = shown.chars().filter(Character::isDigit).count();
      assertTrue(digitsShown <= allowed, shown);
      assertFalse(shown.contains(number.value()), shown);
    }
    assertTrue(number.masked().endsWith(number.value().substring(number.value().length() - allowed)));
  }

  @Property
  void parseThrowsOnlyTheDocumentedException(@ForAll PaymentNumberKind kind, @ForAll("pastes") String text) {
    PaymentNumberResult result = PaymentNumber.check(kind, text);
    assertTrue(result.isValid() != result.problem().isPresent());
    try {
      PaymentNumber parsed = PaymentNumber.parse(kind, text);
      assertEquals(result.number().orElseThrow(), parsed);
    } catch (PaymentNumberFormatException e) {
      assertEquals(result.problem().orElseThrow(), e.problem());
      String digitsOnly = text.replaceAll("[^0-9]", "");
      if (digitsOnly.length() >= 5) {
        assertFalse(e.getMessage().contains(digitsOnly), "message echoes the input");
      }
    } catch (RuntimeException e) {
      fail("undocumented exception " + e);
    }
  }

  @Property
  void validNumbersHaveOnlyAsciiDigitsOfAnAcceptedLength(@ForAll PaymentNumberKind kind,
      @ForAll("pastes") String text) {
    PaymentNumber.check(kind, text).number().ifPresent(number -> {
      String value = number.value();
      assertTrue(value.chars().allMatch(c -> c >= '0' && c <= '9'), value);
      assertTrue(value.length() >= kind.minDigits() && value.length() <= kind.maxDigits());
    });
  }

  @Property
  void padsAndOversizedInputAreRejectedByTheBound(@ForAll("numbers") PaymentNumber number,
      @ForAll("lengths") int padding) {
    String padded = " ".repeat(padding) + number.value();
    PaymentNumberResult result = PaymentNumber.check(number.kind(), padded);
    if (padded.length() > PaymentNumber.MAX_INPUT_LENGTH) {
      assertEquals(PaymentNumberProblem.INPUT_TOO_LONG, result.problem().orElseThrow());
    } else {
      assertEquals(number, result.orElseThrow());
    }
  }

  @Provide
  Arbitrary<Integer> lengths() {
    return Combinators.combine(Arbitraries.integers().between(0, 70), Arbitraries.integers().between(0, 2))
        .as((small, big) -> big == 0 ? small * 100_000 : small);
  }
}
