package io.github.kotowari.konbini.lifecycle;

import static java.util.Objects.requireNonNull;

import io.github.kotowari.core.calendar.BusinessCalendar;
import io.github.kotowari.core.calendar.CalendarRangeException;
import io.github.kotowari.core.calendar.Deadlines;
import io.github.kotowari.core.calendar.JapaneseHolidays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When a payment made at a store shows up on the order ("is reflected"), and so when the shop can
 * start shipping.
 *
 * <pre>{@code
 * ReflectionPolicy amazon = ReflectionPolicy.amazonJapan();
 * Reflection r = amazon.expectedReflection(Instant.parse("2027-01-01T01:00:00Z"));   // New Year's Day, 10:00 JST
 * r.cause();          // NON_BUSINESS_DAY
 * r.expectedBy();     // 2027-01-04 08:00 JST: Monday, 05:00 plus 3 hours
 * r.shippingFrom();   // 2027-01-04
 * }</pre>
 *
 * <p><b>The model.</b> A payment made on a business day during processing hours (from the end of the
 * night to its start, by default 05:00 to 22:00 in Japan) is reflected after the policy's
 * {@link #delay()}. A payment made late at night is reflected {@code delay} after the night ends; one
 * made on a weekend, holiday or other closed day of the {@link #calendar()} is reflected {@code delay}
 * after the night ends on the next business day. Shipping can start on the business day the
 * reflection is expected ({@link Reflection#shippingFrom()}). A policy built with
 * {@link #anyTime(Duration)} ignores nights and closed days.
 *
 * <p><b>The sources disagree.</b> The Amazon Japan konbini guide says the payment "may take several
 * hours" to be reflected and "late at night or on weekends it may be the next business day"; it gives
 * neither a figure for "several hours" nor a definition of "late at night". Payment providers notify the
 * shop at once ("You'll receive payment confirmation instantly": Stripe Docs, "Konbini payments"; read
 * 2026-12-01), which is the "within minutes" reading. Defaults of {@link #amazonJapan()}, each a
 * parameter: a delay of <b>3 hours</b> (our reading of 数時間); the night of the Labour Standards Act
 * (労働基準法 art. 37 §4: 22:00 to 05:00), since the guide does not define 深夜; and weekends plus
 * national holidays as closed days ({@link BusinessCalendar#of(JapaneseHolidays)}). The guide does not
 * mention the year-end holidays, so December 31 to January 3 are business days unless the calendar
 * says otherwise — pass {@link BusinessCalendar#banking(JapaneseHolidays)} to close them.
 *
 * <p>Two policies are equal when all their parameters are equal. This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class ReflectionPolicy {
  /** The longest delay accepted. */
  public static final Duration MAX_DELAY = Duration.ofDays(7);
  /** Default start of the night: 22:00. */
  public static final LocalTime DEFAULT_NIGHT_START = LocalTime.of(22, 0);
  /** Default end of the night: 05:00. */
  public static final LocalTime DEFAULT_NIGHT_END = LocalTime.of(5, 0);

  private static final BusinessCalendar WEEKENDS_AND_HOLIDAYS = BusinessCalendar.of(JapaneseHolidays.standard());
  private static final ReflectionPolicy AMAZON_JAPAN = new ReflectionPolicy(Duration.ofHours(3),
      DEFAULT_NIGHT_START, DEFAULT_NIGHT_END, WEEKENDS_AND_HOLIDAYS);
  private static final ReflectionPolicy IMMEDIATE = new ReflectionPolicy(Duration.ZERO, null, null, null);

  private final Duration delay;
  private final @Nullable LocalTime nightStart;
  private final @Nullable LocalTime nightEnd;
  private final @Nullable BusinessCalendar calendar;

  private ReflectionPolicy(Duration delay, @Nullable LocalTime nightStart, @Nullable LocalTime nightEnd,
      @Nullable BusinessCalendar calendar) {
    this.delay = delay;
    this.nightStart = nightStart;
    this.nightEnd = nightEnd;
    this.calendar = calendar;
  }

  /**
   * Returns a policy that reflects payments {@code delay} after they are made during processing
   * hours of a business day of {@code calendar}, and {@code delay} after the night ends otherwise.
   *
   * @param delay the usual delay, zero to {@link #MAX_DELAY}
   * @param nightStart when processing stops for the night, such as 22:00
   * @param nightEnd when processing resumes, such as 05:00; must be before {@code nightStart}
   * @param calendar the business days on which payments are processed
   * @return the policy, never null
   * @throws IllegalArgumentException if the delay is negative or too long, or the night does not span
   *     midnight
   */
  public static ReflectionPolicy of(Duration delay, LocalTime nightStart, LocalTime nightEnd,
      BusinessCalendar calendar) {
    requireNonNull(nightStart, "nightStart");
    requireNonNull(nightEnd, "nightEnd");
    requireNonNull(calendar, "calendar");
    checkDelay(delay);
    if (!nightEnd.isBefore(nightStart)) {
      throw new IllegalArgumentException("the night runs from " + nightStart + " to " + nightEnd
          + "; expected nightEnd before nightStart, such as 22:00 to 05:00");
    }
    return new ReflectionPolicy(delay, nightStart, nightEnd, calendar);
  }

  /**
   * Returns a policy that reflects every payment {@code delay} after it is made, day or night, on any
   * day.
   *
   * @param delay the delay, zero to {@link #MAX_DELAY}
   * @return the policy, never null
   * @throws IllegalArgumentException if the delay is negative or too long
   */
  public static ReflectionPolicy anyTime(Duration delay) {
    checkDelay(delay);
    return delay.isZero() ? IMMEDIATE : new ReflectionPolicy(delay, null, null, null);
  }

  /**
   * Returns the payment providers' behaviour: reflected at once, at any time (Stripe: "You'll receive
   * payment confirmation instantly").
   *
   * @return the policy, never null
   */
  public static ReflectionPolicy immediate() {
    return IMMEDIATE;
  }

  /**
   * Returns Amazon Japan's reflection as this library reads the guide: 3 hours, nights 22:00–05:00,
   * weekends and national holidays closed. See the class description.
   *
   * @return the policy, never null
   */
  public static ReflectionPolicy amazonJapan() {
    return AMAZON_JAPAN;
  }

  private static void checkDelay(Duration delay) {
    requireNonNull(delay, "delay");
    if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
      throw new IllegalArgumentException("delay is " + delay + "; expected PT0S to " + MAX_DELAY);
    }
  }

  /**
   * Returns the usual delay between a payment and its reflection.
   *
   * @return the delay
   */
  public Duration delay() {
    return delay;
  }

  /**
   * Returns whether payments are only processed during processing hours of business days.
   *
   * @return false for {@link #anyTime(Duration)} policies
   */
  public boolean processesInBusinessHoursOnly() {
    return calendar != null;
  }

  /**
   * Returns when processing stops for the night, if the policy has nights.
   *
   * @return the time, or null for {@link #anyTime(Duration)} policies
   */
  public @Nullable LocalTime nightStart() {
    return nightStart;
  }

  /**
   * Returns when processing resumes in the morning, if the policy has nights.
   *
   * @return the time, or null for {@link #anyTime(Duration)} policies
   */
  public @Nullable LocalTime nightEnd() {
    return nightEnd;
  }

  /**
   * Returns the business days on which payments are processed, if the policy has any.
   *
   * @return the calendar, or null for {@link #anyTime(Duration)} policies
   */
  public @Nullable BusinessCalendar calendar() {
    return calendar;
  }

  /**
   * Returns when a payment made at {@code paid} is expected to be reflected, why, and the day
   * shipping can start.
   *
   * @param paid when the customer paid at the store
   * @return the expected reflection, never null
   * @throws LifecycleRangeException if {@code paid} or the result is outside the supported range
   */
  public Reflection expectedReflection(Instant paid) {
    TokyoTime paidAt = TokyoTime.of(requireNonNull(paid, "paid"));
    BusinessCalendar days = calendar;
    LocalTime end = nightEnd;
    LocalTime start = nightStart;
    if (days == null || end == null || start == null) {
      TokyoTime expected = TokyoTime.of(LifecycleRangeException.check("reflection", paid.plus(delay)));
      return new Reflection(paidAt, expected, ReflectionCause.PROCESSING_HOURS, expected.date());
    }
    try {
      ZonedDateTime local = paidAt.dateTime();
      LocalDate date = local.toLocalDate();
      LocalTime time = local.toLocalTime();
      boolean businessDay = days.isBusinessDay(date);
      ReflectionCause cause;
      Instant from;
      if (businessDay && !time.isBefore(end) && time.isBefore(start)) {
        cause = ReflectionCause.PROCESSING_HOURS;
        from = paid;
      } else {
        cause = businessDay ? ReflectionCause.LATE_NIGHT : ReflectionCause.NON_BUSINESS_DAY;
        LocalDate resume = businessDay && time.isBefore(end) ? date : days.nextBusinessDay(date);
        from = ZonedDateTime.of(resume, end, Deadlines.ASIA_TOKYO).toInstant();
      }
      TokyoTime expected = TokyoTime.of(LifecycleRangeException.check("reflection", from.plus(delay)));
      return new Reflection(paidAt, expected, cause, days.businessDayOnOrAfter(expected.date()));
    } catch (CalendarRangeException e) {
      throw new LifecycleRangeException("reflection", paid);
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReflectionPolicy that && delay.equals(that.delay)
        && Objects.equals(nightStart, that.nightStart) && Objects.equals(nightEnd, that.nightEnd)
        && Objects.equals(calendar, that.calendar);
  }

  @Override
  public int hashCode() {
    return Objects.hash(delay, nightStart, nightEnd, calendar);
  }

  /**
   * Returns a description such as {@code ReflectionPolicy[PT3H, night 22:00-05:00, BusinessCalendar[…]]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ReflectionPolicy[" + delay + (calendar == null ? ", any time]"
        : ", night " + nightStart + "-" + nightEnd + ", " + calendar + "]");
  }
}
