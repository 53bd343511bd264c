package io.github.kotowari.docs.cli;

import io.github.kotowari.carriers.Carrier;
import io.github.kotowari.carriers.Identification;
import io.github.kotowari.carriers.IdentifierFormat;
import io.github.kotowari.carriers.IdentifierKind;
import io.github.kotowari.carriers.IdentifyContext;
import io.github.kotowari.carriers.Reading;
import io.github.kotowari.carriers.Verdict;
import io.github.kotowari.konbini.store.PaymentNumber;
import io.github.kotowari.konbini.store.PaymentNumberKind;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code kotowari identify} says about one input, derived from the carriers API's {@link
 * Identification} (or from a line the reader could not decode). Every output format renders this.
 *
 * @param line the 1-based line number on standard input, or the argument's position
 * @param identification the API's answer, or null for an {@link #error} row
 * @param error the reading problem, or null
 * @param candidates the readings that decide the verdict, best first: the plausible ones for a valid
 *     or ambiguous number (only the hinted carrier's when the hint applies, as the API decides), the
 *     failed ones for an invalid number, none for an unknown one
 * @param kind what the input is, as a stable lower-case word (see {@link #kindOf})
 * @param konbini the konbini payment-number kinds the number also fits by length (no check digit
 *     exists for them)
 */
record IdentifyAnswer(long line, @Nullable Identification identification, IdentifyLineReader.@Nullable Problem error,
    List<Reading> candidates, String kind, List<PaymentNumberKind> konbini) {

  /** The konbini kinds worth naming: the two Amazon Japan numbers, 11 and 13 digits. */
  private static final PaymentNumberKind[] KONBINI = {PaymentNumberKind.PAYMENT_NUMBER,
      PaymentNumberKind.PAYMENT_SLIP_NUMBER};

  /** An answer for a line that could not be read. */
  static IdentifyAnswer error(long line, IdentifyLineReader.Problem problem) {
    return new IdentifyAnswer(line, null, problem, List.of(), "error", List.of());
  }

  /** The answer for an identification made in {@code context}. */
  static IdentifyAnswer of(long line, Identification id, IdentifyContext context) {
    List<Reading> candidates = candidates(id, context);
    List<PaymentNumberKind> konbini = new ArrayList<>(2);
    String value = id.normalizedValue().orElse("");
    for (PaymentNumberKind k : KONBINI) {
      if (!value.isEmpty() && value.length() >= k.minDigits() && value.length() <= k.maxDigits()
          && PaymentNumber.isValid(k, value)) {
        konbini.add(k);
      }
    }
    return new IdentifyAnswer(line, id, null, candidates, kindOf(id.verdict(), candidates, konbini), List.copyOf(konbini));
  }

  /**
   * The readings the verdict rests on, in the API's rank order. With a carrier hint that matches at
   * least one reading, the API decides on that carrier's readings only; so does this.
   */
  static List<Reading> candidates(Identification id, IdentifyContext context) {
    Verdict verdict = id.verdict();
    if (verdict == Verdict.UNKNOWN) {
      return List.of();
    }
    Carrier hint = context.carrierHint().orElse(null);
    boolean hinted = false;
    for (Reading r : id.readings()) {
      hinted |= r.carrier() == hint;
    }
    boolean plausible = verdict != Verdict.INVALID;
    List<Reading> out = new ArrayList<>();
    for (Reading r : id.readings()) {
      if ((!hinted || r.carrier() == hint) && r.isPlausible() == plausible) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  /**
   * What the input is: {@code amazon-order-number}, {@code amazon-delivery-id}, {@code
   * tracking-number}, {@code mixed} (candidates of different kinds), {@code konbini-payment-number}
   * (no carrier format, but the length of an Amazon konbini number), {@code unknown} or {@code error}.
   */
  static String kindOf(Verdict verdict, List<Reading> candidates, List<PaymentNumberKind> konbini) {
    if (candidates.isEmpty()) {
      return verdict == Verdict.UNKNOWN && !konbini.isEmpty() ? "konbini-payment-number" : "unknown";
    }
    String kind = null;
    for (Reading r : candidates) {
      String k = kindOf(r.format());
      if (kind != null && !kind.equals(k)) {
        return "mixed";
      }
      kind = k;
    }
    return kind;
  }

  private static String kindOf(IdentifierFormat format) {
    if (format.kind() == IdentifierKind.ORDER_NUMBER) {
      return "amazon-order-number";
    }
    return format == IdentifierFormat.AMAZON_JAPAN_DELIVERY || format == IdentifierFormat.AMAZON_LOGISTICS
        ? "amazon-delivery-id" : "tracking-number";
  }

  /** The one carrier all candidates share, or null. */
  @Nullable Carrier carrier() {
    Carrier carrier = null;
    for (Reading r : candidates) {
      if (carrier != null && carrier != r.carrier()) {
        return null;
      }
      carrier = r.carrier();
    }
    return carrier;
  }

  /** The one candidate's format, or null when there are none or several. */
  @Nullable IdentifierFormat service() {
    return candidates.size() == 1 ? candidates.get(0).format() : null;
  }

  /** The verdict as the output writes it: valid, invalid, ambiguous or unknown (errors are unknown). */
  String verdict() {
    Identification id = identification;
    if (id == null) {
      return "unknown";
    }
    return switch (id.verdict()) {
      case VALID -> "valid";
      case AMBIGUOUS -> "ambiguous";
      case INVALID -> "invalid";
      case UNKNOWN -> "unknown";
    };
  }

  /** Whether this answer counts as a positive one for the exit code. */
  boolean positive() {
    Identification id = identification;
    return id != null && (id.verdict() == Verdict.VALID || id.verdict() == Verdict.AMBIGUOUS);
  }
}
