package io.github.kotowari.carriers;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.core.rule.Remedy;
import io.github.kotowari.core.rule.Violation;
import java.util.Locale;
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
  /** [format][0] = holds or no check digit; [format][1 + d] = fails, d expected. */
  private static final Reading[][] TABLE = buildTable();

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

  private static Reading[][] buildTable() {
    Reading[][] table = new Reading[FORMATS.length][];
    for (IdentifierFormat f : FORMATS) {
      boolean checked = f.checkRule() != CheckRule.NONE;
      Reading[] row = new Reading[checked ? 11 : 1];
      row[0] = new Reading(f, checked ? CheckStatus.HOLDS : CheckStatus.NO_CHECK_DIGIT, -1, reasonsOf(f, -1));
      for (int d = 0; checked && d <= 9; d++) {
        row[1 + d] = new Reading(f, CheckStatus.FAILS, d, reasonsOf(f, d));
      }
      table[f.ordinal()] = row;
    }
    return table;
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
    Reading[] row = TABLE[format.ordinal()];
    return evaluation == IdentifierFormat.MATCH ? row[0] : row[1 + evaluation];
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
    return (format.hashCode() * 31 + checkStatus.hashCode()) * 31 + expectedCheckDigit;
  }

  /** Returns the format and status, such as {@code YAMATO_12 HOLDS} or {@code FEDEX_12 FAILS (expected 3)}. */
  @Override
  public String toString() {
    return format + " " + checkStatus + (expectedCheckDigit < 0 ? "" : " (expected " + expectedCheckDigit + ")");
  }
}
