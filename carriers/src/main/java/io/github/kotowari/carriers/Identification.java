package io.github.kotowari.carriers;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.core.Language;
import io.github.kotowari.core.rule.Remedy;
import io.github.kotowari.core.rule.Violation;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a pasted string is: a {@link Verdict}, every plausible (and every failed) reading ranked best
 * first, and the reasons, as returned by {@link Identifier#identify(CharSequence, IdentifyContext)}.
 *
 * <pre>{@code
 * Identification id = Identifier.identify("4434-9617-1020");
 * id.verdict();                      // AMBIGUOUS
 * id.readings();                     // Yamato, Japan Post, Sagawa... (7DR), ranked by the context
 * id.explain(Locale.JAPANESE);       // a summary that masks the number
 * }</pre>
 *
 * <p>How the verdict is decided, on the readings of the hinted carrier if the context names one
 * and the number has such a reading, otherwise on all of them:
 *
 * <ol>
 *   <li>the text was rejected by {@link InputNormalizer}: {@link Verdict#UNKNOWN}, no readings;
 *   <li>a reading is <em>plausible</em> when its check digit holds or its format has none;
 *   <li>at least one check digit holds, or none fails: {@link Verdict#VALID} if exactly one reading
 *       is plausible, {@link Verdict#AMBIGUOUS} if several are (a 12-digit 7DR number is Yamato,
 *       Sagawa or Japan Post; a 10-digit DHL number may be a Sagawa number without check digit);
 *   <li>no check digit holds and at least one fails: {@link Verdict#INVALID}, even if format-only
 *       readings remain (they are still listed);
 *   <li>no reading: {@link Verdict#UNKNOWN}.
 * </ol>
 *
 * <p>{@link #toString()} masks the number; {@link #normalizedValue()} gives it in full. Two
 * identifications are equal when their inputs, verdicts, readings and reasons are equal. Immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
public final class Identification {
  private final NormalizedInput input;
  private final Verdict verdict;
  private final ImmutableList<Reading> readings;
  private final ImmutableList<Violation> reasons;
  private final @Nullable Reading valid;

  Identification(NormalizedInput input, Verdict verdict, ImmutableList<Reading> readings,
      ImmutableList<Violation> reasons, @Nullable Reading valid) {
    this.input = input;
    this.verdict = verdict;
    this.readings = readings;
    this.reasons = reasons;
    this.valid = valid;
  }

  /**
   * Returns the overall verdict.
   *
   * @return the verdict
   */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * Returns every reading, best first: plausible ones and those whose check digit fails (which say
   * the digit that would fit).
   *
   * @return the ranked readings, empty if the verdict is {@link Verdict#UNKNOWN}
   */
  public ImmutableList<Reading> readings() {
    return readings;
  }

  /**
   * Returns the best-ranked reading.
   *
   * @return the first reading, or empty if there is none
   */
  public Optional<Reading> best() {
    return readings.isEmpty() ? Optional.empty() : Optional.of(readings.get(0));
  }

  /**
   * Returns the one plausible reading when the verdict is {@link Verdict#VALID}. It is usually
   * {@link #best()}, but custom priors may rank a failed reading above it.
   *
   * @return the valid reading, or empty unless the verdict is valid
   */
  public Optional<Reading> validReading() {
    return Optional.ofNullable(valid);
  }

  /**
   * Returns the reasons for the verdict as a whole (ambiguity, no check digit holding, unknown
   * format, rejected input, Codabar letters removed), with remedies. Each reading has its own
   * reasons too.
   *
   * @return the reasons, possibly empty for a valid number
   */
  public ImmutableList<Violation> reasons() {
    return reasons;
  }

  /**
   * Returns the normalization result, with the rejection reason when the text was rejected.
   *
   * @return the normalized input
   */
  public NormalizedInput input() {
    return input;
  }

  /**
   * Returns the normalized number in full, unmasked.
   *
   * @return the normalized value, or empty if the text was rejected
   */
  public Optional<String> normalizedValue() {
    return input.isAccepted() ? Optional.of(input.value()) : Optional.empty();
  }

  /**
   * Returns the number grouped as the best reading's carrier prints it, unmasked.
   *
   * @return the display form, or empty without readings
   */
  public Optional<String> display() {
    return readings.isEmpty() ? Optional.empty() : Optional.of(readings.get(0).format().display(input.value()));
  }

  /**
   * Returns the tracking page of the best reading; nothing is fetched.
   *
   * @return the address, or empty without readings or without a known page
   */
  public Optional<URI> trackingUri() {
    return readings.isEmpty() ? Optional.empty() : readings.get(0).format().trackingUri(input.value());
  }

  /**
   * Returns the number as a {@link TrackingNumber} if the verdict is {@link Verdict#VALID} and the
   * valid reading is a tracking-number reading.
   *
   * @return the tracking number, or empty
   */
  public Optional<TrackingNumber> trackingNumber() {
    Reading r = valid;
    if (r == null || r.kind() != IdentifierKind.TRACKING_NUMBER) {
      return Optional.empty();
    }
    return Optional.of(TrackingNumber.of(r.format(), input.value()));
  }

  /**
   * Returns the number as an {@link AmazonOrderNumber} if the verdict is {@link Verdict#VALID} and
   * the valid reading is an order number.
   *
   * @return the order number, or empty
   */
  public Optional<AmazonOrderNumber> orderNumber() {
    Reading r = valid;
    if (r == null || r.kind() != IdentifierKind.ORDER_NUMBER) {
      return Optional.empty();
    }
    return Optional.of(AmazonOrderNumber.of(input.value()));
  }

  /**
   * Explains the identification in {@code locale}'s language (Japanese for {@code ja}, English
   * otherwise): the verdict, its reasons and remedies, then each reading with its reasons. The
   * number appears masked.
   *
   * @param locale the reader's locale
   * @return the explanation, several lines
   */
  public String explain(Locale locale) {
    requireNonNull(locale, "locale");
    boolean ja = Language.of(locale) == Language.JAPANESE;
    StringBuilder out = new StringBuilder();
    out.append(ja ? "番号: " : "Number: ")
        .append(input.isAccepted() ? Masking.mask(input.value()) : ja ? "（なし）" : "(none)").append('\n');
    out.append(ja ? "判定: " : "Verdict: ").append(verdictText(verdict, ja)).append('\n');
    for (Violation reason : reasons) {
      appendViolation(out, "  ", reason, locale);
    }
    int n = 0;
    for (Reading reading : readings) {
      out.append(++n).append(". ").append(reading.carrier().display(locale)).append(" — ")
          .append(reading.service(locale)).append(" [").append(reading.confidence()).append("]\n");
      for (Violation reason : reading.reasons()) {
        appendViolation(out, "   ", reason, locale);
      }
    }
    return out.toString();
  }

  private static void appendViolation(StringBuilder out, String indent, Violation v, Locale locale) {
    out.append(indent).append(v.message(locale)).append(" [").append(v.reason().code()).append("]\n");
    for (Remedy remedy : v.remedies()) {
      out.append(indent).append("→ ").append(remedy.message(locale)).append('\n');
    }
  }

  private static String verdictText(Verdict verdict, boolean ja) {
    switch (verdict) {
      case VALID:
        return ja ? "有効（候補1件）" : "valid (one reading)";
      case AMBIGUOUS:
        return ja ? "候補が複数あります" : "ambiguous (several readings)";
      case INVALID:
        return ja ? "検査数字が合いません" : "invalid (check digit fails)";
      default:
        return ja ? "不明" : "unknown";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Identification)) {
      return false;
    }
    Identification that = (Identification) other;
    return input.equals(that.input) && verdict == that.verdict && readings.equals(that.readings)
        && reasons.equals(that.reasons) && java.util.Objects.equals(valid, that.valid);
  }

  @Override
  public int hashCode() {
    return ((input.hashCode() * 31 + verdict.hashCode()) * 31 + readings.hashCode()) * 31 + reasons.hashCode();
  }

  /** Returns the verdict, the masked number and the readings. */
  @Override
  public String toString() {
    return "Identification[" + verdict + ", " + input + ", " + readings + "]";
  }
}
