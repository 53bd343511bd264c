package io.github.kotowari.carriers;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A carrier tracking number known to be of one format: normalized, with its check digit holding
 * (or of a format that has none).
 *
 * <pre>{@code
 * TrackingNumber t = TrackingNumber.of(IdentifierFormat.YAMATO_12, "4434-9617-1020");
 * t.value();      // "443496171020"   (explicit, unmasked)
 * t.display();    // "4434-9617-1020" (as Yamato prints it, unmasked)
 * t.toString();   // "TrackingNumber[YAMATO_12 ********1020]"
 * }</pre>
 *
 * <p>A tracking number identifies a person's parcel: {@link #toString()} shows only the last four
 * characters, and exception messages never contain the number. Two tracking numbers are equal when
 * their formats and normalized values are equal (the same digits at Yamato and at Sagawa are two
 * different parcels). Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TrackingNumber {
  private final IdentifierFormat format;
  private final String value;

  private TrackingNumber(IdentifierFormat format, String value) {
    this.format = format;
    this.value = value;
  }

  /**
   * Returns the tracking number of {@code format} written in {@code text}, after normalization.
   *
   * @param format a tracking-number format (not an order-number format)
   * @param text the number as pasted
   * @return the tracking number
   * @throws IllegalArgumentException if {@code format} is an order-number format, the text is
   *     rejected by {@link InputNormalizer}, does not have the format's shape, or its check digit
   *     fails; the message names the problem and the format, never the number
   */
  public static TrackingNumber of(IdentifierFormat format, CharSequence text) {
    requireNonNull(format, "format");
    requireNonNull(text, "text");
    checkArgument(format.kind() == IdentifierKind.TRACKING_NUMBER, "%s is not a tracking-number format", format);
    NormalizedInput input = InputNormalizer.normalize(text);
    if (!input.isAccepted()) {
      throw new IllegalArgumentException("not a tracking number: " + input.problem().orElseThrow());
    }
    String v = input.value();
    int evaluation = format.evaluate(v, isAllDigits(v));
    if (evaluation == IdentifierFormat.NO_MATCH) {
      throw new IllegalArgumentException("not of the " + format + " shape (" + v.length() + " characters)");
    }
    if (evaluation != IdentifierFormat.MATCH) {
      throw new IllegalArgumentException("the " + format + " check digit fails; check digit " + evaluation
          + " would make it valid");
    }
    return new TrackingNumber(format, v);
  }

  /**
   * Returns the tracking number in {@code text} if {@link Identifier#identify(CharSequence,
   * IdentifyContext)} finds exactly one plausible tracking-number reading.
   *
   * @param text the number as pasted
   * @param context what is known about its origin (a carrier hint resolves 7DR's ambiguity)
   * @return the tracking number, or empty if the text is invalid, ambiguous, unknown or an order number
   */
  public static Optional<TrackingNumber> parse(CharSequence text, IdentifyContext context) {
    return Identifier.identify(text, context).trackingNumber();
  }

  static boolean isAllDigits(String v) {
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    return true;
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
   * Returns the carrier.
   *
   * @return the carrier
   */
  public Carrier carrier() {
    return format.carrier();
  }

  /**
   * Returns the full normalized number, unmasked: ASCII digits and upper-case letters.
   *
   * @return the number
   */
  public String value() {
    return value;
  }

  /**
   * Returns the full number grouped as the carrier prints it, such as {@code 4434-9617-1020}.
   *
   * @return the display form, unmasked
   */
  public String display() {
    return format.display(value);
  }

  /**
   * Returns the number with all but its last four characters hidden, for logs and screens.
   *
   * @return the masked number, such as {@code ********1020}
   */
  public String masked() {
    return Masking.mask(value);
  }

  /**
   * Returns the carrier's tracking page for this number; nothing is fetched.
   *
   * @return the address, or empty if the format has none
   */
  public Optional<URI> trackingUri() {
    return format.trackingUri(value);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof TrackingNumber)) {
      return false;
    }
    TrackingNumber that = (TrackingNumber) other;
    return format == that.format && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(format, value);
  }

  /** Returns the format and the masked number, such as {@code TrackingNumber[YAMATO_12 ********1020]}. */
  @Override
  public String toString() {
    return "TrackingNumber[" + format + " " + masked() + "]";
  }
}
