package io.github.kotowari.konbini.lifecycle;

import static java.util.Objects.requireNonNull;

import io.github.kotowari.core.rule.ReasonCode;
import io.github.kotowari.core.rule.Violation;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When a payment made at a store is expected to be reflected on the order, why, and the first day
 * shipping can start: the answer of {@link ReflectionPolicy#expectedReflection(java.time.Instant)}.
 *
 * <pre>{@code
 * Reflection r = ReflectionPolicy.amazonJapan().expectedReflection(paid);
 * r.expectedBy();                  // a TokyoTime
 * r.cause().isDeferred();          // true late at night, on weekends and holidays
 * r.message(Locale.JAPANESE);      // "… は休業日のため、支払いの反映は翌営業日の … ごろの見込みです。"
 * }</pre>
 *
 * <p>The estimate is an expectation, not a promise: the guide says reflection "may" take until the
 * next business day. Equality is by all fields. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Reflection {
  private final TokyoTime paid;
  private final TokyoTime expectedBy;
  private final ReflectionCause cause;
  private final LocalDate shippingFrom;

  Reflection(TokyoTime paid, TokyoTime expectedBy, ReflectionCause cause, LocalDate shippingFrom) {
    this.paid = paid;
    this.expectedBy = expectedBy;
    this.cause = cause;
    this.shippingFrom = shippingFrom;
  }

  /**
   * Returns when the customer paid.
   *
   * @return the payment instant
   */
  public TokyoTime paid() {
    return paid;
  }

  /**
   * Returns when the payment is expected to be reflected at the latest.
   *
   * @return the expected instant, never before {@link #paid()}
   */
  public TokyoTime expectedBy() {
    return expectedBy;
  }

  /**
   * Returns why the reflection is expected then.
   *
   * @return the cause
   */
  public ReflectionCause cause() {
    return cause;
  }

  /**
   * Returns the first day (in Japan) on which the shop can start shipping: the business day on or
   * after the expected reflection.
   *
   * @return the date
   */
  public LocalDate shippingFrom() {
    return shippingFrom;
  }

  /**
   * Returns the reason code that explains this estimate.
   *
   * @return one of the {@code konbini.lifecycle.reflection-*} codes of {@link LifecycleReasons}
   */
  public ReasonCode reason() {
    switch (cause) {
      case LATE_NIGHT:
        return LifecycleReasons.REFLECTION_LATE_NIGHT;
      case NON_BUSINESS_DAY:
        return LifecycleReasons.REFLECTION_NON_BUSINESS_DAY;
      default:
        return LifecycleReasons.REFLECTION_PROCESSING_HOURS;
    }
  }

  /**
   * Returns the explanation as a reason code with its parameters ({@code paid}, {@code expected}).
   * Core's {@link Violation} is the carrier of a reason with parameters; here it explains a decision
   * rather than rejecting anything.
   *
   * @return the explanation
   */
  public Violation explanation() {
    return Violation.builder(reason()).with(LifecycleReasons.PAID, paid)
        .with(LifecycleReasons.EXPECTED, expectedBy).build();
  }

  /**
   * Renders the explanation for a reader of {@code locale}.
   *
   * @param locale the reader's locale
   * @return one sentence
   */
  public String message(Locale locale) {
    return explanation().message(requireNonNull(locale, "locale"));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Reflection that && paid.equals(that.paid) && expectedBy.equals(that.expectedBy)
        && cause == that.cause && shippingFrom.equals(that.shippingFrom);
  }

  @Override
  public int hashCode() {
    return Objects.hash(paid, expectedBy, cause, shippingFrom);
  }

  /**
   * Returns a description such as {@code Reflection[paid=…, expectedBy=…, NON_BUSINESS_DAY, shippingFrom=…]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "Reflection[paid=" + paid + ", expectedBy=" + expectedBy + ", " + cause + ", shippingFrom="
        + shippingFrom + "]";
  }
}
