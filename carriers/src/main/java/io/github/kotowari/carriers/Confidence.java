package io.github.kotowari.carriers;

/**
 * How much a reading of a number can be trusted, strongest first.
 *
 * <pre>{@code
 * IdentifierFormat.AMAZON_JAPAN_DELIVERY.confidenceClass();  // FORMAT_ONLY
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Confidence {
  /** The format has a check digit and it holds: a typo would most likely have been caught. */
  CHECK_DIGIT_VERIFIED,
  /** The format has no known check digit; only the shape (length, prefix, letters) matched. */
  FORMAT_ONLY,
  /**
   * No public source gives the format; the shape is a guess (Seino, Fukuyama). Such readings are
   * reported only when asked for ({@link IdentifyContext#withUnsourcedFormats(boolean)}).
   */
  UNSOURCED,
  /** The shape matched but the check digit does not hold. */
  CHECK_DIGIT_FAILED
}
