package io.github.kotowari.carriers;

/**
 * Where the number comes from, as far as the caller knows; it selects the {@link Priors} used to
 * rank readings.
 *
 * <pre>{@code
 * IdentifyContext.of(Market.AMAZON_JAPAN_DOMESTIC);
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Market {
  /** Nothing is known: every carrier weighs the same. */
  UNSPECIFIED,
  /** A domestic order on Amazon Japan: Japanese carriers and Amazon's own delivery come first. */
  AMAZON_JAPAN_DOMESTIC,
  /** An international shipment: postal S10 numbers and the express carriers come first. */
  INTERNATIONAL
}
