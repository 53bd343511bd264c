package io.github.kotowari.konbini.lifecycle;

import static java.util.Objects.requireNonNull;

import io.github.kotowari.core.rule.Remedy;
import io.github.kotowari.core.rule.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When repeated expiries of konbini payments put a customer's account at risk: warn from
 * {@link #warnAt()} expiries within the last {@link #windowDays()} days, restrict from
 * {@link #restrictAt()}.
 *
 * <pre>{@code
 * StandingPolicy policy = StandingPolicy.amazonJapan();       // warn at 2, restrict at 3, 180 days
 * StandingDecision d = policy.assess(List.of(expiry1, expiry2), now);
 * d.standing();                                               // WARN
 * d.explanation().reason().code();                            // "konbini.lifecycle.standing-warn"
 * }</pre>
 *
 * <p><b>No source gives a figure.</b> The Amazon Japan guide says only that "repeated expired
 * cancellations may lead to restrictions or suspension of the account". The defaults of
 * {@link #amazonJapan()} — warn at 2, restrict at 3 expiries within 180 days — are this library's
 * choice, to be replaced by the shop's own rule. Public payment providers publish no such rule, so
 * their presets use {@link #disabled()}.
 *
 * <p>An expiry counts when it lies in the window {@code (at - windowDays, at]}; expiries after
 * {@code at} are ignored, so an assessment never depends on the future.
 *
 * <p>Two policies are equal when their thresholds and windows are equal. This class is immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
public final class StandingPolicy {
  /** The longest window accepted, in days: ten years. */
  public static final int MAX_WINDOW_DAYS = 3653;
  /** The largest threshold accepted. */
  public static final int MAX_THRESHOLD = 1000;

  private static final StandingPolicy AMAZON_JAPAN = new StandingPolicy(2, 3, 180);
  private static final StandingPolicy DISABLED = new StandingPolicy(0, 0, 0);

  private final int warnAt;
  private final int restrictAt;
  private final int windowDays;

  private StandingPolicy(int warnAt, int restrictAt, int windowDays) {
    this.warnAt = warnAt;
    this.restrictAt = restrictAt;
    this.windowDays = windowDays;
  }

  /**
   * Returns a policy that warns from {@code warnAt} and restricts from {@code restrictAt} expiries
   * within {@code windowDays} days.
   *
   * @param warnAt the warning threshold, 1 to {@code restrictAt}
   * @param restrictAt the restriction threshold, {@code warnAt} to {@value #MAX_THRESHOLD}
   * @param windowDays the window, 1 to {@value #MAX_WINDOW_DAYS} days
   * @return the policy, never null
   * @throws IllegalArgumentException if a value is out of range
   */
  public static StandingPolicy of(int warnAt, int restrictAt, int windowDays) {
    if (warnAt < 1 || restrictAt < warnAt || restrictAt > MAX_THRESHOLD) {
      throw new IllegalArgumentException("thresholds are warn at " + warnAt + ", restrict at " + restrictAt
          + "; expected 1 <= warnAt <= restrictAt <= " + MAX_THRESHOLD);
    }
    if (windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
      throw new IllegalArgumentException("windowDays is " + windowDays + "; expected 1 to " + MAX_WINDOW_DAYS);
    }
    return new StandingPolicy(warnAt, restrictAt, windowDays);
  }

  /**
   * Returns the library's default for Amazon Japan: warn at 2, restrict at 3 expiries within 180
   * days. The guide gives no figure; see the class description.
   *
   * @return the policy, never null
   */
  public static StandingPolicy amazonJapan() {
    return AMAZON_JAPAN;
  }

  /**
   * Returns a policy that never warns or restricts.
   *
   * @return the policy, never null
   */
  public static StandingPolicy disabled() {
    return DISABLED;
  }

  /**
   * Returns whether this policy can warn or restrict at all.
   *
   * @return false for {@link #disabled()}
   */
  public boolean isEnabled() {
    return windowDays > 0;
  }

  /**
   * Returns the number of expiries from which the customer is warned.
   *
   * @return the threshold, 0 when disabled
   */
  public int warnAt() {
    return warnAt;
  }

  /**
   * Returns the number of expiries from which the account is restricted.
   *
   * @return the threshold, 0 when disabled
   */
  public int restrictAt() {
    return restrictAt;
  }

  /**
   * Returns the length of the window in days.
   *
   * @return the days, 0 when disabled
   */
  public int windowDays() {
    return windowDays;
  }

  /**
   * Decides the standing at {@code at} from the instants at which the customer's konbini payments
   * expired.
   *
   * @param expiries when each expired payment expired, in any order; duplicates count separately
   * @param at the instant of the assessment
   * @return the decision, never null
   */
  public StandingDecision assess(Collection<Instant> expiries, Instant at) {
    requireNonNull(expiries, "expiries");
    requireNonNull(at, "at");
    int count = 0;
    if (isEnabled()) {
      long seconds = Duration.ofDays(windowDays).getSeconds();
      Instant from = at.getEpochSecond() - seconds < Instant.MIN.getEpochSecond() ? Instant.MIN
          : at.minusSeconds(seconds);
      for (Instant e : expiries) {
        if (requireNonNull(e, "expiries element").isAfter(from) && !e.isAfter(at)) {
          count++;
        }
      }
    }
    Violation.Builder why;
    Standing standing;
    if (isEnabled() && count >= restrictAt) {
      standing = Standing.RESTRICT;
      why = Violation.builder(LifecycleReasons.STANDING_RESTRICT)
          .remedy(Remedy.of(LifecycleReasons.CHOOSE_ANOTHER_PAYMENT_METHOD));
    } else if (isEnabled() && count >= warnAt) {
      standing = Standing.WARN;
      why = Violation.builder(LifecycleReasons.STANDING_WARN).with(LifecycleReasons.RESTRICT_AT, restrictAt)
          .remedy(Remedy.of(LifecycleReasons.PAY_OR_CANCEL_IN_TIME));
    } else {
      standing = Standing.OK;
      why = Violation.builder(LifecycleReasons.STANDING_OK);
    }
    Violation explanation = why.with(LifecycleReasons.COUNT, count)
        .with(LifecycleReasons.WINDOW_DAYS, windowDays).build();
    return new StandingDecision(standing, count, explanation);
  }

  /**
   * Decides the standing at {@code at} from a customer's konbini payments: those that expired by
   * {@code at} count at the instant they expired.
   *
   * @param payments the customer's payments, in any order
   * @param at the instant of the assessment
   * @return the decision, never null
   */
  public StandingDecision assessPayments(Collection<KonbiniPayment> payments, Instant at) {
    requireNonNull(payments, "payments");
    List<Instant> expiries = new ArrayList<>(payments.size());
    for (KonbiniPayment p : payments) {
      requireNonNull(p, "payments element").expiredAt().ifPresent(expiries::add);
    }
    return assess(expiries, at);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StandingPolicy that && warnAt == that.warnAt && restrictAt == that.restrictAt
        && windowDays == that.windowDays;
  }

  @Override
  public int hashCode() {
    return Objects.hash(warnAt, restrictAt, windowDays);
  }

  /**
   * Returns a description such as {@code StandingPolicy[warn at 2, restrict at 3, 180 days]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return isEnabled() ? "StandingPolicy[warn at " + warnAt + ", restrict at " + restrictAt + ", " + windowDays
        + " days]" : "StandingPolicy[disabled]";
  }
}
