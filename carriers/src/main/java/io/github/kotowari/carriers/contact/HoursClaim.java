package io.github.kotowari.carriers.contact;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalTime;

/**
 * One statement of a line's opening hours, in Japan time, with where it comes from. A line may have
 * several that disagree (see {@link OpeningHours#isContradictory()}).
 *
 * <pre>{@code
 * HoursClaim.daily(LocalTime.of(9, 0), LocalTime.of(21, 0), "seed 004, contact table");
 * }</pre>
 *
 * @param opens opening time, inclusive (ignored when {@code allDay})
 * @param closes closing time, exclusive (ignored when {@code allDay})
 * @param allDay whether the line is said to be open 24 hours
 * @param source where the statement comes from, for the reader
 * @since 0.1.0
 */
public record HoursClaim(LocalTime opens, LocalTime closes, boolean allDay, String source) {
  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException if a daily claim does not open before it closes, or the source
   *     is blank
   * @param opens see the record component
   * @param closes see the record component
   * @param allDay see the record component
   * @param source see the record component
   */
  public HoursClaim {
    requireNonNull(opens, "opens");
    requireNonNull(closes, "closes");
    requireNonNull(source, "source");
    checkArgument(allDay || opens.isBefore(closes), "opening hours must open before they close");
    checkArgument(!source.isBlank(), "a claim needs a source");
  }

  /**
   * Returns a claim of the same hours every day.
   *
   * @param opens opening time, inclusive
   * @param closes closing time, exclusive
   * @param source where the statement comes from
   * @return the claim
   */
  public static HoursClaim daily(LocalTime opens, LocalTime closes, String source) {
    return new HoursClaim(opens, closes, false, source);
  }

  /**
   * Returns a claim of round-the-clock service.
   *
   * @param source where the statement comes from
   * @return the claim
   */
  public static HoursClaim allDay(String source) {
    return new HoursClaim(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, true, source);
  }

  /**
   * Returns whether the claim says the line is open at {@code time} (Japan time).
   *
   * @param time the local time in Japan
   * @return true if open
   */
  public boolean isOpenAt(LocalTime time) {
    requireNonNull(time, "time");
    return allDay || (!time.isBefore(opens) && time.isBefore(closes));
  }

  /**
   * Returns the hours as text, such as {@code 9:00–21:00} or {@code 24h}.
   *
   * @return the hours
   */
  public String hours() {
    return allDay ? "24h" : opens.getHour() + ":" + pad(opens.getMinute()) + "–" + closes.getHour() + ":"
        + pad(closes.getMinute());
  }

  private static String pad(int minute) {
    return minute < 10 ? "0" + minute : Integer.toString(minute);
  }
}
