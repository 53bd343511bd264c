package io.github.kotowari.konbini.lifecycle;

import static java.util.Objects.requireNonNull;

import io.github.kotowari.core.calendar.DeadlineCutoff;
import io.github.kotowari.core.calendar.Deadlines;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How long a konbini payment number stays payable: {@code days} calendar days counted in Japan from
 * the day the number was issued, up to the end of the last day or up to the time of day it was
 * issued.
 *
 * <pre>{@code
 * DeadlinePolicy amazon = DeadlinePolicy.amazonJapan();               // 6 days, to 23:59:59 JST
 * amazon.deadline(Instant.parse("2026-12-30T14:50:00Z"));              // 2027-01-05T23:59:59.999999999+09:00[Asia/Tokyo]
 * DeadlinePolicy.of(3, DeadlineCutoff.SAME_TIME).deadline(issued);     // three days later, same minute
 * }</pre>
 *
 * <p><b>The sources disagree.</b> The Amazon Japan konbini guide says both "payable within 3 days of
 * issuing the payment number" (its deadline table and the cancellation section) and "usually within 6
 * days of the e-mail" (its step-by-step section). The library takes <b>6 days</b> as the default of
 * {@link #amazonJapan()}, the more lenient reading, so a customer is not told an order expired while
 * Amazon may still accept the payment; {@link #amazonJapanThreeDays()} is the strict reading. The
 * mail is taken to be sent when the number is issued, so both count from the same instant. Neither
 * statement says whether the last day runs to its end; the public payment providers do
 * (Stripe: "expires_after_days set to 2 on Monday JST … will expire on Wednesday 23:59:59 JST";
 * KOMOJU: an order of January 1 10:00 with 3 days is payable until January 4 23:59), so every
 * preset counts to the end of the day, {@link DeadlineCutoff#END_OF_DAY}.
 *
 * <p><b>At the deadline.</b> The deadline instant itself is still payable; the payment is expired
 * from the next instant on (one nanosecond later). The providers phrase it the same way: the number
 * is voided <em>after</em> 23:59:59 of the last day (KOMOJU: "期限日の23:59:59を過ぎると … 無効").
 *
 * <p>Two policies are equal when their days and cutoffs are equal. This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class DeadlinePolicy {
  /** The longest deadline accepted, in days: a year. Providers allow at most 59 or 60 days. */
  public static final int MAX_DAYS = 366;

  private static final DeadlinePolicy AMAZON_JAPAN = new DeadlinePolicy(6, DeadlineCutoff.END_OF_DAY);
  private static final DeadlinePolicy AMAZON_JAPAN_THREE_DAYS = new DeadlinePolicy(3, DeadlineCutoff.END_OF_DAY);
  private static final DeadlinePolicy ANTOM = new DeadlinePolicy(7, DeadlineCutoff.SAME_TIME);
  private static final DeadlinePolicy WORLDPAY = new DeadlinePolicy(10, DeadlineCutoff.SAME_TIME);

  private final int days;
  private final DeadlineCutoff cutoff;

  private DeadlinePolicy(int days, DeadlineCutoff cutoff) {
    this.days = days;
    this.cutoff = cutoff;
  }

  /**
   * Returns a policy of {@code days} calendar days counted in Japan.
   *
   * @param days the number of days after the day of issue, 1 to {@value #MAX_DAYS}
   * @param cutoff where in the last day the deadline falls
   * @return the policy, never null
   * @throws IllegalArgumentException if {@code days} is out of range
   */
  public static DeadlinePolicy of(int days, DeadlineCutoff cutoff) {
    requireNonNull(cutoff, "cutoff");
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException("days is " + days + "; expected 1 to " + MAX_DAYS);
    }
    return new DeadlinePolicy(days, cutoff);
  }

  /**
   * Returns Amazon Japan's deadline as this library reads the guide: 6 days, to the end of the last
   * day in Japan. See the class description for the guide's other figure, 3 days.
   *
   * @return the policy, never null
   */
  public static DeadlinePolicy amazonJapan() {
    return AMAZON_JAPAN;
  }

  /**
   * Returns the strict reading of the Amazon Japan guide: 3 days from issuing the number, to the end
   * of the last day in Japan.
   *
   * @return the policy, never null
   */
  public static DeadlinePolicy amazonJapanThreeDays() {
    return AMAZON_JAPAN_THREE_DAYS;
  }

  /**
   * Returns the default expiry of Stripe's {@code konbini} payment method: {@code expires_after_days}
   * of 3 calendar days, to 23:59:59 JST of the last day (Stripe Docs, "Konbini payments — Accept a
   * payment", expiration table: default 3, valid 1 to 60; read 2026-12-01).
   *
   * @return the policy, never null
   */
  public static DeadlinePolicy stripe() {
    return AMAZON_JAPAN_THREE_DAYS;
  }

  /**
   * Returns KOMOJU's default konbini expiry: 3 days, to 23:59:59 of the last day; merchants may set 1
   * to 59 days (KOMOJU help, "【コンビニ】支払い期限は変更できますか" and "How to change the payment
   * expiry date for Konbini?"; read 2026-12-01).
   *
   * @return the policy, never null
   */
  public static DeadlinePolicy komoju() {
    return AMAZON_JAPAN_THREE_DAYS;
  }

  /**
   * Returns Antom's default konbini timeout: 7 days counted from the order as a duration (Antom
   * Docs, "Konbini": default timeout 7 days; its integration notes speak of 168 hours; read
   * 2026-12-01), so the deadline keeps the time of issue. Antom adds that a slip printed at a store
   * terminal just before the timeout can still be paid for about half an hour afterwards, and advises
   * showing the customer an earlier time than the real timeout: another reason the deadline is a
   * parameter.
   *
   * @return the policy, never null
   */
  public static DeadlinePolicy antom() {
    return ANTOM;
  }

  /**
   * Returns Worldpay's konbini voucher time-out: payable "within ten days of placing the original
   * order", which merchants may lower in whole days (Worldpay support, "Konbini and Pay-easy —
   * Integration considerations"; read 2026-12-01). Read literally, as ten days to the time of the
   * order. Worldpay also advises a margin of 3 hours after the time-out before treating an order as
   * expired.
   *
   * @return the policy, never null
   */
  public static DeadlinePolicy worldpay() {
    return WORLDPAY;
  }

  /**
   * Returns the number of calendar days after the day of issue.
   *
   * @return the days, 1 to {@value #MAX_DAYS}
   */
  public int days() {
    return days;
  }

  /**
   * Returns where in the last day the deadline falls.
   *
   * @return the cutoff
   */
  public DeadlineCutoff cutoff() {
    return cutoff;
  }

  /**
   * Returns the last instant at which a number issued at {@code issued} can be paid, in Japan Standard
   * Time whatever the JVM's default zone.
   *
   * @param issued when the payment number was issued
   * @return the deadline, inclusive
   * @throws LifecycleRangeException if {@code issued} or the deadline is outside the supported range
   *     (such as {@link Instant#MAX}); see {@link LifecyclePolicy#isSupported(Instant)}
   */
  public TokyoTime deadline(Instant issued) {
    LifecycleRangeException.check("issued", requireNonNull(issued, "issued"));
    Instant deadline = Deadlines.tokyo().daysAfter(issued, days, cutoff).toInstant();
    return TokyoTime.of(LifecycleRangeException.check("deadline", deadline));
  }

  /**
   * Returns whether a number issued at {@code issued} can still be paid at {@code at}: true up to and
   * including the deadline, false before the number was issued and after the deadline.
   *
   * @param issued when the payment number was issued
   * @param at the instant of the payment
   * @return true if the payment is in time
   * @throws LifecycleRangeException if {@code issued} or the deadline is outside the supported range
   */
  public boolean isPayableAt(Instant issued, Instant at) {
    requireNonNull(at, "at");
    return !at.isBefore(issued) && !at.isAfter(deadline(issued).instant());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DeadlinePolicy that && days == that.days && cutoff == that.cutoff;
  }

  @Override
  public int hashCode() {
    return Objects.hash(days, cutoff);
  }

  /**
   * Returns a description such as {@code DeadlinePolicy[6 days, END_OF_DAY]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "DeadlinePolicy[" + days + (days == 1 ? " day, " : " days, ") + cutoff + "]";
  }
}
