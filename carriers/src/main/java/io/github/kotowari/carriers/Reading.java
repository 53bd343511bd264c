package io.github.kotowari.carriers;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.core.rule.Remedy;
import io.github.kotowari.core.rule.Violation;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One way to read a number: a format (so a carrier, a service and a kind), what its check digit
 * says, how far it can be trusted and why, as reason codes with Japanese and English messages.
 *
 * <pre>{@code
 * for (Reading r : Identifier.identify(pasted).readings()) {
 *   r.carrier().display(locale);
 *   r.confidence();             // CHECK_DIGIT_VERIFIED, FORMAT_ONLY, UNSOURCED or CHECK_DIGIT_FAILED
 *   r.expectedCheckDigit();     // the digit that would fix a failed check
 * }
 * }</pre>
 *
 * <p>A reading does not contain the number, so it may be logged freely. Two readings are equal when
 * their formats, check statuses and expected digits are equal. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Reading {
  private static final IdentifierFormat[] FORMATS = IdentifierFormat.values();
  /**
   * Every reading there can be, flat: for each format, the reading whose check holds (or that has
   * none), then, for formats with a check digit, the ten failed readings by expected digit.
   */
  private static final Reading[] ALL;
  /** [format ordinal]: the index in {@link #ALL} of the format's first reading. */
  private static final int[] BASE = new int[FORMATS.length];

  static {
    Reading[] all = new Reading[FORMATS.length * 11];
    int next = 0;
    for (IdentifierFormat f : FORMATS) {
      BASE[f.ordinal()] = next;
      boolean checked = f.checkRule() != CheckRule.NONE;
      all[next++] = new Reading(f, checked ? CheckStatus.HOLDS : CheckStatus.NO_CHECK_DIGIT, -1, reasonsOf(f, -1));
      for (int d = 0; checked && d <= 9; d++) {
        all[next++] = new Reading(f, CheckStatus.FAILS, d, reasonsOf(f, d));
      }
    }
    ALL = Arrays.copyOf(all, next);
  }

  private final IdentifierFormat format;
  private final CheckStatus checkStatus;
  private final int expectedCheckDigit;
  private final ImmutableList<Violation> reasons;

  private Reading(IdentifierFormat format, CheckStatus checkStatus, int expectedCheckDigit,
      ImmutableList<Violation> reasons) {
    this.format = format;
    this.checkStatus = checkStatus;
    this.expectedCheckDigit = expectedCheckDigit;
    this.reasons = reasons;
  }

  private static ImmutableList<Violation> reasonsOf(IdentifierFormat f, int expected) {
    ImmutableList.Builder<Violation> out = ImmutableList.builder();
    if (f.checkRule() == CheckRule.NONE) {
      out.add(Violation.builder(f.confidenceClass() == Confidence.UNSOURCED
          ? CarrierCodes.FORMAT_UNSOURCED : CarrierCodes.FORMAT_ONLY).with(CarrierCodes.CARRIER, f.carrier()).build());
    } else if (expected < 0) {
      out.add(Violation.builder(CarrierCodes.CHECK_DIGIT_HOLDS).with(CarrierCodes.CARRIER, f.carrier())
          .with(CarrierCodes.RULE, f.checkRule()).build());
    } else {
      out.add(Violation.builder(CarrierCodes.CHECK_DIGIT_FAILS).with(CarrierCodes.CARRIER, f.carrier())
          .with(CarrierCodes.RULE, f.checkRule()).with(CarrierCodes.EXPECTED_DIGIT, expected)
          .remedy(Remedy.of(CarrierCodes.RECHECK_DIGITS)).build());
    }
    switch (f) {
      case YAMATO_12:
      case SAGAWA_12:
      case JAPAN_POST_12:
        out.add(Violation.builder(CarrierCodes.SEVEN_DR_SHARED).remedy(Remedy.of(CarrierCodes.CHECK_CARRIER_IN_ORDER))
            .build());
        break;
      case JAPAN_POST_REGISTERED_11:
        out.add(Violation.builder(CarrierCodes.REGISTERED_DHL_SHARED)
            .remedy(Remedy.of(CarrierCodes.CHECK_CARRIER_IN_ORDER)).build());
        break;
      case AMAZON_JAPAN_DELIVERY:
        out.add(Violation.builder(CarrierCodes.TRACKED_ON_AMAZON_ONLY).remedy(Remedy.of(CarrierCodes.TRACK_ON_AMAZON))
            .build());
        break;
      case AMAZON_ORDER:
      case AMAZON_DIGITAL_ORDER:
        out.add(Violation.of(CarrierCodes.ORDER_NUMBER_NOT_TRACKING));
        break;
      default:
        break;
    }
    return out.build();
  }

  /** The reading for an {@link IdentifierFormat#evaluate} result other than NO_MATCH. */
  static Reading of(IdentifierFormat format, int evaluation) {
    return ALL[index(format.ordinal(), evaluation)];
  }

  /**
   * The index of the reading of the format with {@code ordinal} for an {@link
   * IdentifierFormat#evaluate} result other than NO_MATCH: MATCH, or the expected digit.
   */
  static int index(int ordinal, int evaluation) {
    return BASE[ordinal] + (evaluation == IdentifierFormat.MATCH ? 0 : 1 + evaluation);
  }

  /** The reading at {@code index} (see {@link #index}). */
  static Reading at(int index) {
    return ALL[index];
  }

  /** How many readings there are, so the largest {@link #index} plus one. */
  static int count() {
    return ALL.length;
  }

  /**
   * Ranks every reading for one context: {@code rank[i]} is the position of {@link #at at(i)} when
   * all readings are ordered by score, highest first — the carrier's weight in {@code market} times
   * the confidence's weight, times the hint factor for {@code hint}'s carrier — and, among equal
   * scores, by format declaration order. Ranking the readings of one number by these ranks orders
   * them exactly as a stable sort by descending score over formats in declaration order would.
   */
  static int[] ranks(Priors priors, Market market, @Nullable Carrier hint) {
    int n = ALL.length;
    double[] score = new double[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      Reading r = ALL[i];
      double s = priors.carrierWeight(market, r.carrier()) * priors.confidenceWeight(r.confidence());
      score[i] = r.carrier() == hint ? s * priors.hintFactor() : s;
      order[i] = i;
    }
    // Indices grow with the format ordinal, so breaking ties by index breaks them by declaration order.
    Arrays.sort(order, (a, b) -> score[a] > score[b] ? -1 : score[a] < score[b] ? 1 : Integer.compare(a, b));
    int[] rank = new int[n];
    for (int position = 0; position < n; position++) {
      rank[order[position]] = position;
    }
    return rank;
  }

  /**
   * Returns the format.
   *
   * @return the format
   */
  public IdentifierFormat format() {
    return format;
  }

  /**
   * Returns the carrier that issues numbers of this format.
   *
   * @return the carrier
   */
  public Carrier carrier() {
    return format.carrier();
  }

  /**
   * Returns whether this reads the number as a tracking or an order number.
   *
   * @return the kind
   */
  public IdentifierKind kind() {
    return format.kind();
  }

  /**
   * Returns the service in {@code locale}'s language.
   *
   * @param locale the reader's locale
   * @return the service
   */
  public String service(Locale locale) {
    return format.service(locale);
  }

  /**
   * Returns what the check digit says.
   *
   * @return the status
   */
  public CheckStatus checkStatus() {
    return checkStatus;
  }

  /**
   * Returns whether the check digit holds: true for {@link CheckStatus#HOLDS}, false for a failed
   * check and for formats without a check digit.
   *
   * @return true if verified
   */
  public boolean checkDigitHolds() {
    return checkStatus == CheckStatus.HOLDS;
  }

  /**
   * Returns the check digit that would make the number valid in this format, when the check fails.
   *
   * @return the digit 0–9, or empty unless {@link #checkStatus()} is {@link CheckStatus#FAILS}
   */
  public OptionalInt expectedCheckDigit() {
    return expectedCheckDigit < 0 ? OptionalInt.empty() : OptionalInt.of(expectedCheckDigit);
  }

  /**
   * Returns how far this reading can be trusted.
   *
   * @return the format's confidence class, or {@link Confidence#CHECK_DIGIT_FAILED}
   */
  public Confidence confidence() {
    return checkStatus == CheckStatus.FAILS ? Confidence.CHECK_DIGIT_FAILED : format.confidenceClass();
  }

  /**
   * Returns whether the reading is plausible: its check digit holds or its format has none.
   *
   * @return true unless the check digit fails
   */
  public boolean isPlausible() {
    return checkStatus != CheckStatus.FAILS;
  }

  /**
   * Returns the reasons for this reading, with remedies where the customer can do something.
   *
   * @return the reasons, never empty
   */
  public ImmutableList<Violation> reasons() {
    return reasons;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Reading)) {
      return false;
    }
    Reading that = (Reading) other;
    return format == that.format && checkStatus == that.checkStatus && expectedCheckDigit == that.expectedCheckDigit;
  }

  @Override
  public int hashCode() {
    return Objects.hash(format, checkStatus, expectedCheckDigit);
  }

  /** Returns the format and status, such as {@code YAMATO_12 HOLDS} or {@code FEDEX_12 FAILS (expected 3)}. */
  @Override
  public String toString() {
    return format + " " + checkStatus + (expectedCheckDigit < 0 ? "" : " (expected " + expectedCheckDigit + ")");
  }
}
