package io.github.kotowari.carriers;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.core.Language;
import io.github.kotowari.core.rule.Remedy;
import io.github.kotowari.core.rule.Violation;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
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
 * and thread-safe. The readings and reasons are kept in a compact form and the lists are built
 * from shared instances when asked for, so that identifying costs one small object.
 *
 * @since 0.1.0
 */
public final class Identification {
  private static final ImmutableList<Violation> NO_REASONS = ImmutableList.of();
  private static final ImmutableList<Violation> INVALID_REASONS = ImmutableList.of(
      Violation.builder(CarrierCodes.NO_CHECK_DIGIT_HOLDS).remedy(Remedy.of(CarrierCodes.RECHECK_DIGITS)).build());
  private static final ImmutableList<Violation> UNKNOWN_REASONS = ImmutableList.of(
      Violation.builder(CarrierCodes.UNKNOWN_FORMAT).remedy(Remedy.of(CarrierCodes.COPY_FROM_ORDER_HISTORY)).build());
  private static final Violation CODABAR = Violation.of(CarrierCodes.CODABAR_REMOVED);
  /** Indexed by the number of plausible readings. */
  private static final ImmutableList<ImmutableList<Violation>> AMBIGUOUS_REASONS = ambiguousReasons();
  private static final Verdict[] VERDICTS = Verdict.values();
  /** The packed form of "no readings, unknown". */
  private static final long UNKNOWN = pack(0, Verdict.UNKNOWN, -1, 0);

  private static ImmutableList<ImmutableList<Violation>> ambiguousReasons() {
    ImmutableList.Builder<ImmutableList<Violation>> out = ImmutableList.builder();
    for (int count = 0; count <= Identifier.MAX_READINGS; count++) {
      out.add(ImmutableList.of(Violation.builder(CarrierCodes.AMBIGUOUS)
          .with(CarrierCodes.COUNT, count).remedy(Remedy.of(CarrierCodes.CHECK_CARRIER_IN_ORDER)).build()));
    }
    return out.build();
  }

  /**
   * The normalized value; or, when {@link #digits} says the text was separated, the pasted text
   * whose digits are the value; null if the value is held as {@link #digits} or the text was
   * rejected.
   */
  private final @Nullable String value;
  /**
   * The normalized value as an {@link InputNormalizer#digitForm} when it is 1 to 15 digits (always);
   * an {@link InputNormalizer#isSeparated} scan result when {@link #value} is pasted text of more
   * than 15 digits with separators, whose digits are copied only when asked for; else {@link
   * InputNormalizer#NOT_DIGITS}.
   */
  private final long digits;
  private final boolean codabarRemoved;
  /** The normalizer's answer if the text was rejected, else null. */
  private final @Nullable NormalizedInput rejection;
  /** Readings, verdict, valid reading and plausible count; see {@link #pack}. */
  private final long packed;

  private Identification(@Nullable String value, long digits, boolean codabarRemoved,
      @Nullable NormalizedInput rejection, long packed) {
    this.value = value;
    this.digits = digits;
    this.codabarRemoved = codabarRemoved;
    this.rejection = rejection;
    this.packed = packed;
  }

  /** An accepted value that is not 1 to 15 digits. */
  static Identification ofValue(String value, boolean codabarRemoved, long packed) {
    return new Identification(value, InputNormalizer.NOT_DIGITS, codabarRemoved, null, packed);
  }

  /**
   * An accepted value of more than 15 digits held as the text it was pasted as, separators and all
   * ({@code scanned} is its {@link InputNormalizer#isSeparated} scan result); the digits are copied
   * when first asked for.
   */
  static Identification ofSeparated(String text, long scanned, long packed) {
    return new Identification(text, scanned, false, null, packed);
  }

  /** An accepted value of 1 to 15 digits, as a {@link InputNormalizer#digitForm}. */
  static Identification ofDigits(long digits, boolean codabarRemoved, long packed) {
    return new Identification(null, digits, codabarRemoved, null, packed);
  }

  static Identification rejected(NormalizedInput rejection) {
    return new Identification(null, InputNormalizer.NOT_DIGITS, false, rejection, UNKNOWN);
  }

  /** The normalized value, made from the digit form if need be; null if the text was rejected. */
  private @Nullable String valueOrNull() {
    String v = value;
    if (v != null) {
      return InputNormalizer.isSeparated(digits) ? InputNormalizer.digitsOf(v) : v;
    }
    return digits == InputNormalizer.NOT_DIGITS ? null : InputNormalizer.formValue(digits);
  }

  /**
   * Packs a whole identification but its number into one {@code long}: bytes 0–6 hold, best first,
   * 1 + the {@link Reading#index} of each reading (0 after the last); byte 7 holds the verdict's
   * ordinal (bits 0–1), 1 + the position of the valid reading or 0 (bits 2–4) and the number of
   * plausible readings (bits 5–7).
   */
  static long pack(long sortedReadings, Verdict verdict, int validPosition, int plausible) {
    long meta = verdict.ordinal() | (validPosition + 1) << 2 | plausible << 5;
    return sortedReadings | meta << 56;
  }

  /** The {@link Reading#index} of the reading at {@code position} of a packed identification. */
  static int readingAt(long packed, int position) {
    return (int) (packed >>> (Byte.SIZE * position) & 0xFF) - 1;
  }

  static Verdict verdictOf(long packed) {
    return VERDICTS[(int) (packed >>> 56) & 0b11];
  }

  private int readingCount() {
    int count = 0;
    while (count < Identifier.MAX_READINGS && readingAt(packed, count) >= 0) {
      count++;
    }
    return count;
  }

  private @Nullable Reading first() {
    return (packed & 0xFF) == 0 ? null : Reading.at(readingAt(packed, 0));
  }

  /**
   * Returns the overall verdict.
   *
   * @return the verdict
   */
  public Verdict verdict() {
    return verdictOf(packed);
  }

  /**
   * Returns every reading, best first: plausible ones and those whose check digit fails (which say
   * the digit that would fit).
   *
   * @return the ranked readings, empty if the verdict is {@link Verdict#UNKNOWN}
   */
  public ImmutableList<Reading> readings() {
    int count = readingCount();
    if (count == 0) {
      return ImmutableList.of();
    }
    Reading[] readings = new Reading[count];
    for (int i = 0; i < count; i++) {
      readings[i] = Reading.at(readingAt(packed, i));
    }
    return ImmutableList.copyOf(readings);
  }

  /**
   * Returns the best-ranked reading.
   *
   * @return the first reading, or empty if there is none
   */
  public Optional<Reading> best() {
    return Optional.ofNullable(first());
  }

  /**
   * Returns the one plausible reading when the verdict is {@link Verdict#VALID}. It is usually
   * {@link #best()}, but custom priors may rank a failed reading above it.
   *
   * @return the valid reading, or empty unless the verdict is valid
   */
  public Optional<Reading> validReading() {
    return Optional.ofNullable(valid());
  }

  private @Nullable Reading valid() {
    int position = (int) (packed >>> 58 & 0b111) - 1;
    return position < 0 ? null : Reading.at(readingAt(packed, position));
  }

  /**
   * Returns the reasons for the verdict as a whole (ambiguity, no check digit holding, unknown
   * format, rejected input, Codabar letters removed), with remedies. Each reading has its own
   * reasons too.
   *
   * @return the reasons, possibly empty for a valid number
   */
  public ImmutableList<Violation> reasons() {
    NormalizedInput rejected = rejection;
    if (rejected != null) {
      return ImmutableList.of(rejected.violation());
    }
    ImmutableList<Violation> reasons;
    switch (verdict()) {
      case VALID:
        reasons = NO_REASONS;
        break;
      case AMBIGUOUS:
        reasons = AMBIGUOUS_REASONS.get((int) (packed >>> 61));
        break;
      case INVALID:
        reasons = INVALID_REASONS;
        break;
      default:
        reasons = UNKNOWN_REASONS;
        break;
    }
    return codabarRemoved ? ImmutableList.<Violation>builder().add(CODABAR).addAll(reasons).build() : reasons;
  }

  /**
   * Returns the normalization result, with the rejection reason when the text was rejected.
   *
   * @return the normalized input
   */
  public NormalizedInput input() {
    NormalizedInput rejected = rejection;
    return rejected != null ? rejected : NormalizedInput.accepted(requireNonNull(valueOrNull()), codabarRemoved);
  }

  /**
   * Returns the normalized number in full, unmasked.
   *
   * @return the normalized value, or empty if the text was rejected
   */
  public Optional<String> normalizedValue() {
    return Optional.ofNullable(valueOrNull());
  }

  /**
   * Returns the number grouped as the best reading's carrier prints it, unmasked.
   *
   * @return the display form, or empty without readings
   */
  public Optional<String> display() {
    Reading best = first();
    String v = valueOrNull();
    return best == null || v == null ? Optional.empty() : Optional.of(best.format().display(v));
  }

  /**
   * Returns the tracking page of the best reading; nothing is fetched.
   *
   * @return the address, or empty without readings or without a known page
   */
  public Optional<URI> trackingUri() {
    Reading best = first();
    String v = valueOrNull();
    return best == null || v == null ? Optional.empty() : best.format().trackingUri(v);
  }

  /**
   * Returns the number as a {@link TrackingNumber} if the verdict is {@link Verdict#VALID} and the
   * valid reading is a tracking-number reading.
   *
   * @return the tracking number, or empty
   */
  public Optional<TrackingNumber> trackingNumber() {
    Reading r = valid();
    String v = valueOrNull();
    if (r == null || v == null || r.kind() != IdentifierKind.TRACKING_NUMBER) {
      return Optional.empty();
    }
    return Optional.of(TrackingNumber.of(r.format(), v));
  }

  /**
   * Returns the number as an {@link AmazonOrderNumber} if the verdict is {@link Verdict#VALID} and
   * the valid reading is an order number.
   *
   * @return the order number, or empty
   */
  public Optional<AmazonOrderNumber> orderNumber() {
    Reading r = valid();
    String v = valueOrNull();
    if (r == null || v == null || r.kind() != IdentifierKind.ORDER_NUMBER) {
      return Optional.empty();
    }
    return Optional.of(AmazonOrderNumber.of(v));
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
    String v = valueOrNull();
    out.append(ja ? "番号: " : "Number: ").append(v != null ? Masking.mask(v) : ja ? "（なし）" : "(none)").append('\n');
    out.append(ja ? "判定: " : "Verdict: ").append(verdictText(verdict(), ja)).append('\n');
    for (Violation reason : reasons()) {
      appendViolation(out, "  ", reason, locale);
    }
    int n = 0;
    for (Reading reading : readings()) {
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
    // Values, not fields: a separated text and its digits are the same number.
    return packed == that.packed && codabarRemoved == that.codabarRemoved
        && Objects.equals(valueOrNull(), that.valueOrNull()) && Objects.equals(rejection, that.rejection);
  }

  @Override
  public int hashCode() {
    return Objects.hash(valueOrNull(), rejection, packed, codabarRemoved);
  }

  /** Returns the verdict, the masked number and the readings. */
  @Override
  public String toString() {
    return "Identification[" + verdict() + ", " + input() + ", " + readings() + "]";
  }
}
