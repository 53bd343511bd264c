package io.github.kotowari.carriers.notracking;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.kotowari.carriers.Carrier;
import java.time.Instant;
import java.util.Optional;

/**
 * What is known about an order that shows no tracking number: when it was placed, whether and when
 * it shipped, who ships it, which carrier (if known), and the current instant (passed in; the
 * library reads no clock).
 *
 * <pre>{@code
 * MissingTrackingFacts facts = MissingTrackingFacts.of(placedAt, now)
 *     .withShippedAt(shippedAt).withFulfillment(Fulfillment.AMAZON).withCarrier(Carrier.YAMATO);
 * }</pre>
 *
 * <p>Immutable; equal when all parts are equal.
 *
 * @param placedAt when the order was placed
 * @param shippedAt when it was reported shipped, if it was
 * @param fulfillment who ships it
 * @param carrier the carrier, if the order history names one
 * @param now the current instant
 * @since 0.1.0
 */
public record MissingTrackingFacts(Instant placedAt, Optional<Instant> shippedAt, Fulfillment fulfillment,
    Optional<Carrier> carrier, Instant now) {
  /**
   * Validates the facts.
   *
   * @param placedAt see the record component
   * @param shippedAt see the record component
   * @param fulfillment see the record component
   * @param carrier see the record component
   * @param now see the record component
   * @throws IllegalArgumentException if the order was shipped before it was placed, or {@code now}
   *     is before either
   */
  public MissingTrackingFacts {
    requireNonNull(placedAt, "placedAt");
    requireNonNull(shippedAt, "shippedAt");
    requireNonNull(fulfillment, "fulfillment");
    requireNonNull(carrier, "carrier");
    requireNonNull(now, "now");
    checkArgument(!now.isBefore(placedAt), "now is before the order was placed");
    shippedAt.ifPresent(shipped -> {
      checkArgument(!shipped.isBefore(placedAt), "the order shipped before it was placed");
      checkArgument(!now.isBefore(shipped), "now is before the order shipped");
    });
  }

  /**
   * Returns the facts of an order not shipped yet, fulfilled by Amazon, carrier unknown; refine
   * them with the {@code with…} methods.
   *
   * @param placedAt when the order was placed
   * @param now the current instant
   * @return the facts
   * @throws IllegalArgumentException if {@code now} is before {@code placedAt}
   */
  public static MissingTrackingFacts of(Instant placedAt, Instant now) {
    return new MissingTrackingFacts(placedAt, Optional.empty(), Fulfillment.AMAZON, Optional.empty(), now);
  }

  /**
   * Returns a copy saying when the order shipped.
   *
   * @param instant the shipping instant
   * @return the new facts
   * @throws IllegalArgumentException if the instants are out of order
   */
  public MissingTrackingFacts withShippedAt(Instant instant) {
    return new MissingTrackingFacts(placedAt, Optional.of(instant), fulfillment, carrier, now);
  }

  /**
   * Returns a copy saying who ships the order.
   *
   * @param who the fulfillment
   * @return the new facts
   */
  public MissingTrackingFacts withFulfillment(Fulfillment who) {
    return new MissingTrackingFacts(placedAt, shippedAt, who, carrier, now);
  }

  /**
   * Returns a copy naming the carrier of the order history.
   *
   * @param value the carrier
   * @return the new facts
   */
  public MissingTrackingFacts withCarrier(Carrier value) {
    return new MissingTrackingFacts(placedAt, shippedAt, fulfillment, Optional.of(value), now);
  }
}
