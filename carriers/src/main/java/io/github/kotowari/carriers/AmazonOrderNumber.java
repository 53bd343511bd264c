package io.github.kotowari.carriers;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An Amazon order number (注文番号): 3-7-7 digits such as {@code 250-1234567-1234567}, or a digital
 * order's {@code D01-1234567-1234567}. No check digit is known, so only the shape is validated
 * (carriers.md §1.5).
 *
 * <pre>{@code
 * AmazonOrderNumber n = AmazonOrderNumber.parse("２５０ー１２３４５６７ー１２３４５６７");
 * n.display();   // "250-1234567-1234567" (unmasked)
 * n.toString();  // "AmazonOrderNumber[*************4567]"
 * }</pre>
 *
 * <p>An order number identifies a person's order: {@link #toString()} shows only the last four
 * characters and exception messages never contain it. Equal when the normalized values are equal.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AmazonOrderNumber {
  private final String value;

  private AmazonOrderNumber(String value) {
    this.value = value;
  }

  /** For a value already known to match an order-number format. */
  static AmazonOrderNumber of(String normalized) {
    return new AmazonOrderNumber(normalized);
  }

  /**
   * Parses an order number as pasted: widths, dashes and spaces are normalized as by {@link
   * InputNormalizer}.
   *
   * @param text the order number as pasted
   * @return the order number
   * @throws IllegalArgumentException if the text is not 17 digits, or {@code D} and 16 digits, after
   *     normalization; the message names the problem and the accepted form, never the text
   */
  public static AmazonOrderNumber parse(CharSequence text) {
    return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
        "not an Amazon order number: expected 3-7-7 digits such as 250-1234567-1234567, or D01-1234567-1234567"));
  }

  /**
   * Parses an order number, or returns empty if the text is not one.
   *
   * @param text the order number as pasted
   * @return the order number, or empty
   */
  public static Optional<AmazonOrderNumber> tryParse(CharSequence text) {
    requireNonNull(text, "text");
    NormalizedInput input = InputNormalizer.normalize(text);
    if (!input.isAccepted()) {
      return Optional.empty();
    }
    String v = input.value();
    boolean digits = TrackingNumber.isAllDigits(v);
    if (IdentifierFormat.AMAZON_ORDER.evaluate(v, digits) == IdentifierFormat.MATCH
        || IdentifierFormat.AMAZON_DIGITAL_ORDER.evaluate(v, digits) == IdentifierFormat.MATCH) {
      return Optional.of(new AmazonOrderNumber(v));
    }
    return Optional.empty();
  }

  /**
   * Returns whether this is a digital order's number ({@code D…}).
   *
   * @return true for digital orders
   */
  public boolean isDigital() {
    return value.charAt(0) == 'D';
  }

  /**
   * Returns the full normalized number without dashes, unmasked.
   *
   * @return 17 characters
   */
  public String value() {
    return value;
  }

  /**
   * Returns the full number in its 3-7-7 form, unmasked.
   *
   * @return such as {@code 250-1234567-1234567}
   */
  public String display() {
    return IdentifierFormat.AMAZON_ORDER.display(value);
  }

  /**
   * Returns the number with all but its last four characters hidden.
   *
   * @return the masked number
   */
  public String masked() {
    return Masking.mask(value);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AmazonOrderNumber && ((AmazonOrderNumber) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the masked number, such as {@code AmazonOrderNumber[*************4567]}. */
  @Override
  public String toString() {
    return "AmazonOrderNumber[" + masked() + "]";
  }
}
