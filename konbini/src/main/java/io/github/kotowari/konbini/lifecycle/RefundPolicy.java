package io.github.kotowari.konbini.lifecycle;

import static java.util.Objects.requireNonNull;

import io.github.kotowari.core.calendar.DeadlineCutoff;
import io.github.kotowari.core.calendar.Deadlines;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Where the refund of a paid konbini order goes and how long it takes after the return (or the
 * shop's cancellation of the paid order) is accepted.
 *
 * <pre>{@code
 * RefundPolicy amazon = RefundPolicy.amazonJapan();   // gift card balance, 3 to 14 days
 * RefundEstimate e = amazon.estimate(returnAccepted);
 * e.channel();                                        // GIFT_CARD_BALANCE
 * e.latest();                                         // Optional[end of the 14th day, JST]
 * }</pre>
 *
 * <p><b>Amazon Japan</b> (the konbini guide): a paid konbini order is refunded <em>only</em> as gift
 * card balance — no cash, no bank transfer — "usually 3 days to at most about 2 weeks" after the
 * return is accepted. The guide's own table says "3 days to 2 weeks"; the library reads "2 weeks" as
 * 14 calendar days and counts both bounds in Japan from the instant of acceptance: the earliest at
 * the same time 3 days later, the latest at the end of the 14th day.
 *
 * <p><b>Payment providers</b> pay konbini refunds to a bank account the customer names (Stripe Docs,
 * "Konbini payments", refunds section: Stripe e-mails the customer for account details; read
 * 2026-12-01) and publish no time window, so their policies have none.
 *
 * <p>Two policies are equal when their channel and window are equal. This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class RefundPolicy {
  /** The longest window accepted, in days. */
  public static final int MAX_DAYS = 366;

  private static final RefundPolicy AMAZON_JAPAN = new RefundPolicy(RefundChannel.GIFT_CARD_BALANCE, 3, 14);

  private final RefundChannel channel;
  private final int minDays;
  private final int maxDays;

  private RefundPolicy(RefundChannel channel, int minDays, int maxDays) {
    this.channel = channel;
    this.minDays = minDays;
    this.maxDays = maxDays;
  }

  /**
   * Returns a policy refunding to {@code channel} between {@code minDays} and {@code maxDays}
   * calendar days after acceptance.
   *
   * @param channel where the refund goes
   * @param minDays the earliest, 0 to {@code maxDays}
   * @param maxDays the latest, {@code minDays} to {@value #MAX_DAYS}
   * @return the policy, never null
   * @throws IllegalArgumentException if the window is empty or out of range
   */
  public static RefundPolicy of(RefundChannel channel, int minDays, int maxDays) {
    requireNonNull(channel, "channel");
    if (minDays < 0 || maxDays > MAX_DAYS || minDays > maxDays) {
      throw new IllegalArgumentException("refund window is " + minDays + " to " + maxDays
          + " days; expected 0 <= minDays <= maxDays <= " + MAX_DAYS);
    }
    return new RefundPolicy(channel, minDays, maxDays);
  }

  /**
   * Returns a policy refunding to {@code channel} with no published time window.
   *
   * @param channel where the refund goes
   * @return the policy, never null
   */
  public static RefundPolicy withoutWindow(RefundChannel channel) {
    return new RefundPolicy(requireNonNull(channel, "channel"), -1, -1);
  }

  /**
   * Returns Amazon Japan's refund of a konbini payment: gift card balance only, 3 to 14 days.
   *
   * @return the policy, never null
   */
  public static RefundPolicy amazonJapan() {
    return AMAZON_JAPAN;
  }

  /**
   * Returns where refunds go.
   *
   * @return the channel
   */
  public RefundChannel channel() {
    return channel;
  }

  /**
   * Returns the earliest day count of the window, if the policy has one.
   *
   * @return the days, or empty
   */
  public OptionalInt minDays() {
    return minDays < 0 ? OptionalInt.empty() : OptionalInt.of(minDays);
  }

  /**
   * Returns the latest day count of the window, if the policy has one.
   *
   * @return the days, or empty
   */
  public OptionalInt maxDays() {
    return maxDays < 0 ? OptionalInt.empty() : OptionalInt.of(maxDays);
  }

  /**
   * Estimates the refund of a return accepted at {@code accepted}.
   *
   * @param accepted when the return, or the shop's cancellation of the paid order, was accepted
   * @return the estimate, never null
   * @throws LifecycleRangeException if {@code accepted} or a bound of the window is outside the
   *     supported range
   */
  public RefundEstimate estimate(Instant accepted) {
    TokyoTime at = TokyoTime.of(requireNonNull(accepted, "accepted"));
    if (minDays < 0) {
      return new RefundEstimate(channel, at, null, null);
    }
    Instant earliest = Deadlines.tokyo().daysAfter(accepted, minDays, DeadlineCutoff.SAME_TIME).toInstant();
    Instant latest = Deadlines.tokyo().daysAfter(accepted, maxDays, DeadlineCutoff.END_OF_DAY).toInstant();
    return new RefundEstimate(channel, at, TokyoTime.of(LifecycleRangeException.check("refund", earliest)),
        TokyoTime.of(LifecycleRangeException.check("refund", latest)));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RefundPolicy that && channel == that.channel && minDays == that.minDays
        && maxDays == that.maxDays;
  }

  @Override
  public int hashCode() {
    return Objects.hash(channel, minDays, maxDays);
  }

  /**
   * Returns a description such as {@code RefundPolicy[GIFT_CARD_BALANCE, 3..14 days]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "RefundPolicy[" + channel + (minDays < 0 ? ", no window]" : ", " + minDays + ".." + maxDays + " days]");
  }
}
