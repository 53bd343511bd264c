package io.github.kotowari.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Deadlines counted in calendar days or business days in one explicit time zone, by default
 * {@code Asia/Tokyo}: "3 days after the payment number was issued, until the end of that day".
 *
 * <pre>{@code
 * Instant issued = ZonedDateTime.of(2026, 12, 31, 23, 50, 0, 0, Deadlines.ASIA_TOKYO).toInstant();
 * Deadlines.tokyo().daysAfter(issued, 3, DeadlineCutoff.END_OF_DAY);
 * // 2027-01-03T23:59:59.999999999+09:00[Asia/Tokyo]
 * }</pre>
 *
 * <p>The day a moment belongs to depends on the zone: 00:30 on January 1 in Tokyo is still
 * December 31 in Los Angeles and in UTC. Every method here converts the instant to this object's
 * zone first, so the result is the same whatever zone the caller's clock, server or JVM runs in;
 * the JVM's default zone is never read. Results are returned in this object's zone.
 *
 * <p>Two instances are equal when their zones are equal. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Deadlines {
  /** Japan Standard Time, {@code Asia/Tokyo}. */
  public static final ZoneId ASIA_TOKYO = ZoneId.of("Asia/Tokyo");

  private static final Deadlines TOKYO = new Deadlines(ASIA_TOKYO);

  private final ZoneId zone;

  private Deadlines(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * Returns the deadlines of Japan, counted in {@code Asia/Tokyo}.
   *
   * @return the Tokyo instance, never null
   */
  public static Deadlines tokyo() {
    return TOKYO;
  }

  /**
   * Returns deadlines counted in {@code zone}.
   *
   * @param zone the zone whose days are counted, not null
   * @return the instance, never null
   */
  public static Deadlines in(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return zone.equals(ASIA_TOKYO) ? TOKYO : new Deadlines(zone);
  }

  /**
   * Returns the zone whose days are counted.
   *
   * @return the zone, never null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the date of {@code instant} in this zone.
   *
   * @param instant the moment, not null
   * @return the local date, never null
   */
  public LocalDate localDate(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  /**
   * Returns the deadline {@code days} calendar days after {@code start}, counted in this zone.
   *
   * @param start the moment the period starts, not null
   * @param days the number of days, 0 or more
   * @param cutoff where in the final day the deadline falls, not null
   * @return the deadline in this zone, never null
   * @throws IllegalArgumentException if {@code days} is negative
   * @throws java.time.DateTimeException if the start or the result cannot be placed in this zone
   *     (such as {@link Instant#MAX})
   */
  public ZonedDateTime daysAfter(Instant start, int days, DeadlineCutoff cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    if (days < 0) {
      throw new IllegalArgumentException("days is " + days + "; expected 0 or more");
    }
    ZonedDateTime local = start.atZone(zone);
    return at(local.toLocalDate().plusDays(days), local.toLocalTime(), cutoff);
  }

  /**
   * Returns the deadline {@code businessDays} business days after {@code start}, counted in this
   * zone on {@code calendar}: the day reached by {@link BusinessCalendar#addBusinessDays(LocalDate,
   * int)} from the start's local date.
   *
   * @param start the moment the period starts, not null
   * @param businessDays the number of business days, 0 or more
   * @param calendar the business calendar, not null
   * @param cutoff where in the final day the deadline falls, not null
   * @return the deadline in this zone, never null
   * @throws IllegalArgumentException if {@code businessDays} is negative
   * @throws CalendarRangeException if the start date or the result is outside the calendar's range
   * @throws java.time.DateTimeException if {@code start} cannot be placed in this zone (such as
   *     {@link Instant#MAX})
   */
  public ZonedDateTime businessDaysAfter(Instant start, int businessDays, BusinessCalendar calendar,
      DeadlineCutoff cutoff) {
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(cutoff, "cutoff");
    if (businessDays < 0) {
      throw new IllegalArgumentException("businessDays is " + businessDays + "; expected 0 or more");
    }
    ZonedDateTime local = start.atZone(zone);
    return at(calendar.addBusinessDays(local.toLocalDate(), businessDays), local.toLocalTime(), cutoff);
  }

  /**
   * Returns whether {@code deadline} has passed at {@code now}: true once {@code now} is strictly
   * after it.
   *
   * @param deadline the deadline, not null
   * @param now the moment to test, not null (pass it in: this class never reads a clock)
   * @return true if the deadline has passed
   */
  public boolean hasPassed(ZonedDateTime deadline, Instant now) {
    return now.isAfter(deadline.toInstant());
  }

  private ZonedDateTime at(LocalDate date, LocalTime startTime, DeadlineCutoff cutoff) {
    LocalTime time = cutoff == DeadlineCutoff.END_OF_DAY ? LocalTime.MAX : startTime;
    return ZonedDateTime.of(date, time, zone);
  }

  /**
   * Returns whether {@code other} counts in the same zone.
   *
   * @param other the object to compare, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Deadlines that && that.zone.equals(zone);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return zone.hashCode();
  }

  /**
   * Returns a description such as {@code Deadlines[Asia/Tokyo]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "Deadlines[" + zone.getId() + "]";
  }
}
