package io.github.kotowari.testkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.kotowari.carriers.AmazonOrderNumber;
import io.github.kotowari.carriers.Identification;
import io.github.kotowari.carriers.IdentifierFormat;
import io.github.kotowari.carriers.IdentifierKind;
import io.github.kotowari.carriers.Identifier;
import io.github.kotowari.carriers.IdentifyContext;
import io.github.kotowari.carriers.InputNormalizer;
import io.github.kotowari.carriers.Market;
import io.github.kotowari.carriers.NormalizedInput;
import io.github.kotowari.carriers.TrackingNumber;
import io.github.kotowari.carriers.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Fuzzes the carriers' public entry points for pasted numbers: {@link Identifier#identify},
 * {@link TrackingNumber#parse}, {@link TrackingNumber#of} and {@link AmazonOrderNumber#parse}.
 *
 * <p>Seeds: {@code src/test/resources/io/github/kotowari/testkit/fuzz/IdentifierFuzzTestInputs/}.
 */
class IdentifierFuzzTest {

  static final List<IdentifyContext> CONTEXTS = List.of(
      IdentifyContext.unspecified(),
      IdentifyContext.of(Market.AMAZON_JAPAN_DOMESTIC),
      IdentifyContext.unspecified().withUnsourcedFormats(true));

  /** How many times {@link Identifier} may read each character of a text that is not a String. */
  static final int PASSES_OVER_CHAR_SEQUENCE = 2;

  static final String REJECTED_ORDER_MESSAGE = rejectedOrderMessage();

  private static String rejectedOrderMessage() {
    try {
      AmazonOrderNumber.parse("x");
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    throw new AssertionError("x is not an order number");
  }

  /** Whether a value is one the masking checks apply to: five characters or more, one a digit. */
  static boolean masksApply(String value) {
    return value.length() >= 5 && value.chars().anyMatch(c -> c >= '0' && c <= '9');
  }

  @FuzzTest(maxDuration = "10s")
  void pastedNumber(byte[] data) {
    check(data);
  }

  static void check(byte[] data) {
    String text = FuzzText.decode(data);
    NormalizedInput input = InputNormalizer.normalize(text);
    for (IdentifyContext context : CONTEXTS) {
      CountingText counted = new CountingText(text);
      Identification id = Identifier.identify(counted, context);
      if (text.length() > InputNormalizer.MAX_RAW_CHARS) {
        assertEquals(0, counted.reads(), "over-long input is rejected before it is read");
      } else {
        // Identifier's documented bound: a text that is not a String is read at most twice (the
        // allocation-free scan, then normalization). A String, which this cannot count, at most
        // four times (the scan, a copy, and for rejected text the normalizer's check and pass).
        assertTrue(counted.reads() <= PASSES_OVER_CHAR_SEQUENCE * (long) text.length(),
            "at most two linear passes over the input");
      }
      assertEquals(id, Identifier.identify(text, context));
      assertEquals(input, id.input());
      assertEquals(input.isAccepted() ? Optional.of(input.value()) : Optional.empty(), id.normalizedValue());
      if (!input.isAccepted()) {
        assertEquals(Verdict.UNKNOWN, id.verdict());
        assertTrue(id.readings().isEmpty());
      }
      if (id.readings().isEmpty()) {
        assertEquals(Verdict.UNKNOWN, id.verdict());
      }
      id.validReading().ifPresent(r -> assertEquals(Verdict.VALID, id.verdict()));

      // Masking: neither the summary nor toString shows a number of five or more characters in full.
      // (Numbers with a digit: an all-letter value could be a word of the summary, such as a format name.)
      if (input.isAccepted() && masksApply(input.value())) {
        String value = input.value();
        assertFalse(id.toString().contains(value), id::toString);
        assertFalse(id.explain(Locale.ENGLISH).contains(value), () -> id.explain(Locale.ENGLISH));
        assertFalse(id.explain(Locale.JAPANESE).contains(value), () -> id.explain(Locale.JAPANESE));
      }

      // Accepted answers re-validate.
      Optional<TrackingNumber> tracking = id.trackingNumber();
      assertEquals(tracking, TrackingNumber.parse(text, context));
      tracking.ifPresent(number -> {
        assertEquals(number, TrackingNumber.of(number.format(), text));
        assertEquals(number, TrackingNumber.of(number.format(), number.value()));
        assertEquals(input.value(), number.value());
        if (masksApply(number.value())) {
          assertFalse(number.toString().contains(number.value()), number::toString);
        }
      });
      id.orderNumber().ifPresent(order -> assertEquals(order, AmazonOrderNumber.parse(order.value())));
    }

    Optional<AmazonOrderNumber> order = AmazonOrderNumber.tryParse(text);
    try {
      assertEquals(order, Optional.of(AmazonOrderNumber.parse(text)));
    } catch (IllegalArgumentException e) {
      assertEquals(Optional.empty(), order);
      // The message is the same for every rejected text, so it cannot carry the input.
      assertEquals(REJECTED_ORDER_MESSAGE, e.getMessage());
    }
    order.ifPresent(o -> {
      assertEquals(o, AmazonOrderNumber.parse(o.display()));
      assertEquals(o, AmazonOrderNumber.parse(o.value()));
      assertFalse(o.toString().contains(o.value()), o::toString);
    });

    // Every tracking format: the documented exception only, and never the number in its message.
    for (IdentifierFormat format : IdentifierFormat.values()) {
      if (format.kind() != IdentifierKind.TRACKING_NUMBER) {
        continue;
      }
      try {
        TrackingNumber number = TrackingNumber.of(format, text);
        assertEquals(format, number.format());
        assertEquals(input.value(), number.value());
      } catch (IllegalArgumentException e) {
        if (input.isAccepted() && masksApply(input.value())) {
          assertFalse(e.getMessage().contains(input.value()), e::getMessage);
        }
      }
    }
  }
}
