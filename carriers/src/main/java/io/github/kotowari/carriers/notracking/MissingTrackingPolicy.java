package io.github.kotowari.carriers.notracking;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The waiting times behind the "no tracking number yet" rules. The project's seed (a consumer guide,
 * {@code shared/domain/sources/004_…}) says numbers can take "a few hours to half a day" to appear
 * after an order ships and suggests looking again "a few hours later or from the next day"; no
 * carrier or Amazon page gives a figure, so these are policy defaults:
 *
 * <ul>
 *   <li>{@code registrationDelay} 12 hours: after shipping, the number may not be registered or
 *       shown yet; after that, the delay is abnormal;
 *   <li>{@code recheckInterval} 24 hours: before shipping, look again this long from now;
 *   <li>{@code sellerEntryGrace} 24 hours: a marketplace seller that shipped has this long to enter
 *       the number before the customer should ask the seller (no source; policy).
 * </ul>
 *
 * <pre>{@code
 * MissingTrackingPolicy p = MissingTrackingPolicy.defaults().withRegistrationDelay(Duration.ofHours(6));
 * }</pre>
 *
 * @param registrationDelay time after shipping before a missing number is abnormal
 * @param recheckInterval how long from now to look again when the order has not shipped
 * @param sellerEntryGrace time after shipping a marketplace seller has to enter the number
 * @since 0.1.0
 */
public record MissingTrackingPolicy(Duration registrationDelay, Duration recheckInterval, Duration sellerEntryGrace) {
  private static final MissingTrackingPolicy DEFAULTS =
      new MissingTrackingPolicy(Duration.ofHours(12), Duration.ofHours(24), Duration.ofHours(24));

  /**
   * Validates the durations.
   *
   * @param registrationDelay see the record component
   * @param recheckInterval see the record component
   * @param sellerEntryGrace see the record component
   * @throws IllegalArgumentException if a duration is negative or zero, or longer than 30 days
   */
  public MissingTrackingPolicy {
    check(registrationDelay, "registrationDelay");
    check(recheckInterval, "recheckInterval");
    check(sellerEntryGrace, "sellerEntryGrace");
  }

  private static void check(Duration d, String name) {
    requireNonNull(d, name);
    checkArgument(!d.isNegative() && !d.isZero() && d.compareTo(Duration.ofDays(30)) <= 0,
        "%s must be positive and at most 30 days", name);
  }

  /**
   * Returns the documented defaults.
   *
   * @return the default policy
   */
  public static MissingTrackingPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another registration delay.
   *
   * @param delay the delay
   * @return the new policy
   */
  public MissingTrackingPolicy withRegistrationDelay(Duration delay) {
    return new MissingTrackingPolicy(delay, recheckInterval, sellerEntryGrace);
  }

  /**
   * Returns a copy with another recheck interval.
   *
   * @param interval the interval
   * @return the new policy
   */
  public MissingTrackingPolicy withRecheckInterval(Duration interval) {
    return new MissingTrackingPolicy(registrationDelay, interval, sellerEntryGrace);
  }

  /**
   * Returns a copy with another seller grace period.
   *
   * @param grace the grace period
   * @return the new policy
   */
  public MissingTrackingPolicy withSellerEntryGrace(Duration grace) {
    return new MissingTrackingPolicy(registrationDelay, recheckInterval, grace);
  }
}
