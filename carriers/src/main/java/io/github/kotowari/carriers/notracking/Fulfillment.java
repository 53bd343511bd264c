package io.github.kotowari.carriers.notracking;

/**
 * Who packs and ships the order (which can differ from who sells it: a marketplace seller may have
 * Amazon ship for it).
 *
 * <pre>{@code
 * MissingTrackingFacts.of(placed, now).withFulfillment(Fulfillment.MARKETPLACE_SELLER);
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Fulfillment {
  /** Amazon ships the order (sold by Amazon, or fulfilled by Amazon for a seller). */
  AMAZON,
  /** A marketplace seller ships the order itself and must enter the tracking number. */
  MARKETPLACE_SELLER
}
