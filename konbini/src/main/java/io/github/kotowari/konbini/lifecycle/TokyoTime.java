package io.github.kotowari.konbini.lifecycle;

import static java.util.Objects.requireNonNull;

import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import io.github.kotowari.core.calendar.Deadlines;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An instant shown as people in Japan read it: the date and time in Japan Standard Time, to the
 * minute, such as {@code 2027-01-05 23:59 JST} or {@code 2027年1月5日 23:59}.
 *
 * <pre>{@code
 * TokyoTime t = TokyoTime.of(Instant.parse("2026-12-30T14:50:00Z"));
 * t.display(Locale.ENGLISH);    // "2026-12-30 23:50 JST"
 * t.display(Locale.JAPANESE);   // "2026年12月30日 23:50"
 * t.date();                     // 2026-12-30
 * }</pre>
 *
 * <p>Deadlines that end "at the end of the day" fall on 23:59:59.999999999 and are shown as
 * {@code 23:59}; the full instant is kept. The label is {@code JST} in every year, including the
 * summer-time years 1948 to 1951 when Japan's clocks ran at +10:00 from May to September; the
 * displayed time is always the wall-clock time of {@code Asia/Tokyo}. Equality is by instant. This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class TokyoTime implements Displayable, Comparable<TokyoTime> {
  private final Instant instant;
  private final ZonedDateTime local;

  private TokyoTime(Instant instant, ZonedDateTime local) {
    this.instant = instant;
    this.local = local;
  }

  /**
   * Returns the instant as seen in {@code Asia/Tokyo}.
   *
   * @param instant the instant, inside {@link LifecyclePolicy#isSupported(Instant) the supported range}
   * @return the time, never null
   * @throws LifecycleRangeException if the instant is outside the supported range
   */
  public static TokyoTime of(Instant instant) {
    LifecycleRangeException.check("instant", requireNonNull(instant, "instant"));
    return new TokyoTime(instant, instant.atZone(Deadlines.ASIA_TOKYO));
  }

  /**
   * Returns the time of a zoned date-time, converted to {@code Asia/Tokyo}.
   *
   * @param dateTime the date-time in any zone
   * @return the time, never null
   * @throws LifecycleRangeException if the instant is outside the supported range
   */
  public static TokyoTime from(ZonedDateTime dateTime) {
    return of(dateTime.toInstant());
  }

  /**
   * Returns the instant.
   *
   * @return the instant
   */
  public Instant instant() {
    return instant;
  }

  /**
   * Returns the date and time in {@code Asia/Tokyo}.
   *
   * @return the zoned date-time
   */
  public ZonedDateTime dateTime() {
    return local;
  }

  /**
   * Returns the date in Japan.
   *
   * @return the local date in {@code Asia/Tokyo}
   */
  public LocalDate date() {
    return local.toLocalDate();
  }

  /**
   * Returns the date and time to the minute: {@code 2027年1月5日 23:59} in Japanese,
   * {@code 2027-01-05 23:59 JST} otherwise.
   *
   * @param locale the reader's locale
   * @return the display text
   */
  @Override
  public String display(Locale locale) {
    StringBuilder out = new StringBuilder(24);
    if (Language.of(locale) == Language.JAPANESE) {
      out.append(local.getYear()).append('年').append(local.getMonthValue()).append('月')
          .append(local.getDayOfMonth()).append("日 ");
      twoDigits(out, local.getHour()).append(':');
      return twoDigits(out, local.getMinute()).toString();
    }
    out.append(local.toLocalDate()).append(' ');
    twoDigits(out, local.getHour()).append(':');
    return twoDigits(out, local.getMinute()).append(" JST").toString();
  }

  private static StringBuilder twoDigits(StringBuilder out, int value) {
    return out.append(value < 10 ? "0" : "").append(value);
  }

  /**
   * Orders by instant.
   *
   * @param other the other time
   * @return negative, zero or positive as this is earlier, equal or later
   */
  @Override
  public int compareTo(TokyoTime other) {
    return instant.compareTo(other.instant);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TokyoTime that && instant.equals(that.instant);
  }

  @Override
  public int hashCode() {
    return instant.hashCode();
  }

  /**
   * Returns the full date-time in {@code Asia/Tokyo}, such as
   * {@code 2027-01-05T23:59:59.999999999+09:00}.
   *
   * @return the ISO-8601 text with offset
   */
  @Override
  public String toString() {
    return local.toOffsetDateTime().toString();
  }
}
