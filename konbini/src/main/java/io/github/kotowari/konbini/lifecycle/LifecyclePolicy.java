package io.github.kotowari.konbini.lifecycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kotowari.core.calendar.Deadlines;
import io.github.kotowari.core.calendar.JapaneseHolidays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything a shop decides about a konbini payment after the order: the payment {@link
 * DeadlinePolicy deadline}, when a payment is {@link ReflectionPolicy reflected}, how it is {@link
 * RefundPolicy refunded}, and when repeated expiries affect the customer's {@link StandingPolicy
 * standing}.
 *
 * <pre>{@code
 * LifecyclePolicy amazon = LifecyclePolicy.amazonJapan();
 * TokyoTime deadline = amazon.deadline().deadline(issued);
 * LifecyclePolicy strict = amazon.withDeadline(DeadlinePolicy.amazonJapanThreeDays());
 * LifecyclePolicy stripe = LifecyclePolicy.stripe();
 * }</pre>
 *
 * <p><b>Presets.</b>
 * <ul>
 *   <li>{@link #amazonJapan()}: the Amazon Japan konbini guide as this library reads it — 6 days to
 *       the end of the day (the guide also says 3), reflection within 3 hours on business days with
 *       nights and closed days deferred, refunds as gift card balance within 3 to 14 days, warn at 2
 *       and restrict at 3 expiries in 180 days (the guide gives no figure). Each part's javadoc names
 *       the disagreement.
 *   <li>{@link #stripe()}: Stripe's {@code konbini} payment method — {@code expires_after_days}
 *       default 3 (1 to 60 allowed), expiring at 23:59:59 JST of the last day; confirmation at once;
 *       refunds to a bank account the customer names; no standing rule (Stripe Docs, "Konbini
 *       payments" and "Accept a payment"; read 2026-12-01).
 *   <li>{@link #komoju()}: KOMOJU's konbini defaults — 3 days (1 to 59 allowed) to 23:59:59 of the
 *       last day (KOMOJU help, "【コンビニ】支払い期限は変更できますか"; read 2026-12-01). The pages
 *       read say nothing about reflection or refunds of konbini payments; this preset assumes a
 *       gateway's immediate notification and a refund to a bank account the customer names, like
 *       Stripe, with no window.
 *   <li>{@link #antom()}: Antom's Konbini — a default timeout of 7 days (168 hours) from the order,
 *       payment results "real-time", refunds not supported (Antom Docs, "Konbini"; read 2026-12-01):
 *       the refund is {@link RefundChannel#ARRANGED_BY_SHOP}.
 *   <li>{@link #worldpay()}: Worldpay's Konbini and Pay-easy — payable within 10 days of the order;
 *       authorised "typically less than a minute" after the money is received (but, for payments made
 *       more than two days after the order, shortly after the next midnight UK time — not modelled);
 *       refunds by bank transfer (Worldpay support, "Konbini and Pay-easy": integration
 *       considerations, payment timetable, features; read 2026-12-01).
 * </ul>
 *
 * <p><b>Supported instants.</b> The lifecycle works between {@link #FIRST_SUPPORTED_INSTANT} and
 * {@link #LAST_SUPPORTED_INSTANT}: the first and last day of Kotowari's Japanese calendar in Japan
 * Standard Time. Outside that range, computing methods throw {@link LifecycleRangeException} and
 * {@link KonbiniPayment}'s events are rejected with {@link LifecycleReasons#INSTANT_OUT_OF_RANGE}.
 *
 * <p>Two policies are equal when their four parts are equal. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LifecyclePolicy {
  /** The first supported instant: 1948-07-20 00:00 in Japan. */
  public static final Instant FIRST_SUPPORTED_INSTANT =
      ZonedDateTime.of(JapaneseHolidays.FIRST_DATE, LocalTime.MIDNIGHT, Deadlines.ASIA_TOKYO).toInstant();
  /** The last supported instant: 2099-12-31 23:59:59.999999999 in Japan. */
  public static final Instant LAST_SUPPORTED_INSTANT =
      ZonedDateTime.of(JapaneseHolidays.LAST_DATE, LocalTime.MAX, Deadlines.ASIA_TOKYO).toInstant();

  private static final LifecyclePolicy AMAZON_JAPAN = new LifecyclePolicy(DeadlinePolicy.amazonJapan(),
      ReflectionPolicy.amazonJapan(), RefundPolicy.amazonJapan(), StandingPolicy.amazonJapan());
  private static final LifecyclePolicy STRIPE = new LifecyclePolicy(DeadlinePolicy.stripe(),
      ReflectionPolicy.immediate(), RefundPolicy.withoutWindow(RefundChannel.BANK_ACCOUNT), StandingPolicy.disabled());
  private static final LifecyclePolicy KOMOJU = new LifecyclePolicy(DeadlinePolicy.komoju(),
      ReflectionPolicy.immediate(), RefundPolicy.withoutWindow(RefundChannel.BANK_ACCOUNT), StandingPolicy.disabled());

  private static final LifecyclePolicy ANTOM = new LifecyclePolicy(DeadlinePolicy.antom(),
      ReflectionPolicy.immediate(), RefundPolicy.withoutWindow(RefundChannel.ARRANGED_BY_SHOP),
      StandingPolicy.disabled());
  private static final LifecyclePolicy WORLDPAY = new LifecyclePolicy(DeadlinePolicy.worldpay(),
      ReflectionPolicy.anyTime(Duration.ofMinutes(1)), RefundPolicy.withoutWindow(RefundChannel.BANK_ACCOUNT),
      StandingPolicy.disabled());
  private static final ImmutableMap<String, LifecyclePolicy> PRESETS = ImmutableMap.of("amazon-jp", AMAZON_JAPAN,
      "stripe", STRIPE, "komoju", KOMOJU, "antom", ANTOM, "worldpay", WORLDPAY);

  private final DeadlinePolicy deadline;
  private final ReflectionPolicy reflection;
  private final RefundPolicy refund;
  private final StandingPolicy standing;

  private LifecyclePolicy(DeadlinePolicy deadline, ReflectionPolicy reflection, RefundPolicy refund,
      StandingPolicy standing) {
    this.deadline = deadline;
    this.reflection = reflection;
    this.refund = refund;
    this.standing = standing;
  }

  /**
   * Returns a policy of the four parts.
   *
   * @param deadline the deadline policy
   * @param reflection the reflection policy
   * @param refund the refund policy
   * @param standing the standing policy
   * @return the policy, never null
   */
  public static LifecyclePolicy of(DeadlinePolicy deadline, ReflectionPolicy reflection, RefundPolicy refund,
      StandingPolicy standing) {
    return new LifecyclePolicy(requireNonNull(deadline, "deadline"), requireNonNull(reflection, "reflection"),
        requireNonNull(refund, "refund"), requireNonNull(standing, "standing"));
  }

  /**
   * Returns the Amazon Japan preset; see the class description.
   *
   * @return the policy, never null
   */
  public static LifecyclePolicy amazonJapan() {
    return AMAZON_JAPAN;
  }

  /**
   * Returns the Stripe preset; see the class description.
   *
   * @return the policy, never null
   */
  public static LifecyclePolicy stripe() {
    return STRIPE;
  }

  /**
   * Returns the KOMOJU preset; see the class description.
   *
   * @return the policy, never null
   */
  public static LifecyclePolicy komoju() {
    return KOMOJU;
  }

  /**
   * Returns the Antom preset; see the class description.
   *
   * @return the policy, never null
   */
  public static LifecyclePolicy antom() {
    return ANTOM;
  }

  /**
   * Returns the Worldpay preset; see the class description.
   *
   * @return the policy, never null
   */
  public static LifecyclePolicy worldpay() {
    return WORLDPAY;
  }

  /**
   * Returns the preset of that name: {@code amazon-jp}, {@code stripe}, {@code komoju},
   * {@code antom} or {@code worldpay}, the names {@code KonbiniPolicy}'s presets use.
   *
   * @param name the preset's name, exactly as listed
   * @return the preset, or empty for any other name
   */
  public static Optional<LifecyclePolicy> preset(CharSequence name) {
    return Optional.ofNullable(PRESETS.get(name.toString()));
  }

  /**
   * Returns the names of the presets, in the order of {@link #preset(CharSequence)}.
   *
   * @return the names, never null
   */
  public static ImmutableList<String> presetNames() {
    return PRESETS.keySet().asList();
  }

  /**
   * Returns whether {@code instant} lies in the supported range, {@link #FIRST_SUPPORTED_INSTANT} to
   * {@link #LAST_SUPPORTED_INSTANT} inclusive.
   *
   * @param instant any instant, including {@link Instant#MIN} and {@link Instant#MAX}
   * @return true if supported
   */
  public static boolean isSupported(Instant instant) {
    return !instant.isBefore(FIRST_SUPPORTED_INSTANT) && !instant.isAfter(LAST_SUPPORTED_INSTANT);
  }

  /**
   * Returns the deadline policy.
   *
   * @return the deadline policy
   */
  public DeadlinePolicy deadline() {
    return deadline;
  }

  /**
   * Returns the reflection policy.
   *
   * @return the reflection policy
   */
  public ReflectionPolicy reflection() {
    return reflection;
  }

  /**
   * Returns the refund policy.
   *
   * @return the refund policy
   */
  public RefundPolicy refund() {
    return refund;
  }

  /**
   * Returns the standing policy.
   *
   * @return the standing policy
   */
  public StandingPolicy standing() {
    return standing;
  }

  /**
   * Returns this policy with another deadline policy.
   *
   * @param deadline the deadline policy
   * @return the new policy
   */
  public LifecyclePolicy withDeadline(DeadlinePolicy deadline) {
    return of(deadline, reflection, refund, standing);
  }

  /**
   * Returns this policy with another reflection policy.
   *
   * @param reflection the reflection policy
   * @return the new policy
   */
  public LifecyclePolicy withReflection(ReflectionPolicy reflection) {
    return of(deadline, reflection, refund, standing);
  }

  /**
   * Returns this policy with another refund policy.
   *
   * @param refund the refund policy
   * @return the new policy
   */
  public LifecyclePolicy withRefund(RefundPolicy refund) {
    return of(deadline, reflection, refund, standing);
  }

  /**
   * Returns this policy with another standing policy.
   *
   * @param standing the standing policy
   * @return the new policy
   */
  public LifecyclePolicy withStanding(StandingPolicy standing) {
    return of(deadline, reflection, refund, standing);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof LifecyclePolicy that && deadline.equals(that.deadline)
        && reflection.equals(that.reflection) && refund.equals(that.refund) && standing.equals(that.standing);
  }

  @Override
  public int hashCode() {
    return Objects.hash(deadline, reflection, refund, standing);
  }

  /**
   * Returns the four parts, such as {@code LifecyclePolicy[DeadlinePolicy[6 days, END_OF_DAY], …]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "LifecyclePolicy[" + deadline + ", " + reflection + ", " + refund + ", " + standing + "]";
  }
}
