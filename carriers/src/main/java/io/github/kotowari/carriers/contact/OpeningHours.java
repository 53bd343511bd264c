package io.github.kotowari.carriers.contact;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A line's opening hours as the sources state them: one or several {@link HoursClaim}s. When the
 * sources disagree (the project's seed gives Amazon customer service both "9:00–21:00" and "24
 * hours") every claim is kept and {@link #statusAt(LocalTime)} answers {@link OpenStatus#UNCERTAIN}
 * where they differ; nothing is silently picked. No source gives days of the week, so claims apply
 * every day.
 *
 * <pre>{@code
 * hours.statusAt(LocalTime.of(22, 0));  // UNCERTAIN for Amazon customer service
 * }</pre>
 *
 * @param claims the claims, at least one
 * @since 0.1.0
 */
public record OpeningHours(ImmutableList<HoursClaim> claims) {
  /** The zone in which all opening hours are stated. */
  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  /**
   * Validates the claims.
   *
   * @throws IllegalArgumentException if there is no claim
   * @param claims see the record component
   */
  public OpeningHours {
    requireNonNull(claims, "claims");
    checkArgument(!claims.isEmpty(), "opening hours need at least one claim");
  }

  /**
   * Returns the hours of these claims.
   *
   * @param claims the claims, at least one
   * @return the opening hours
   */
  public static OpeningHours of(List<HoursClaim> claims) {
    return new OpeningHours(ImmutableList.copyOf(claims));
  }

  /**
   * Returns whether the claims disagree at some time of day.
   *
   * @return true if the sources contradict each other
   */
  public boolean isContradictory() {
    for (int minute = 0; minute < 24 * 60; minute++) {
      if (statusAt(LocalTime.of(minute / 60, minute % 60)) == OpenStatus.UNCERTAIN) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether the line is open at {@code time}, Japan time.
   *
   * @param time the local time in Japan
   * @return open, closed, or uncertain where the claims disagree
   */
  public OpenStatus statusAt(LocalTime time) {
    requireNonNull(time, "time");
    boolean anyOpen = false;
    boolean anyClosed = false;
    for (HoursClaim claim : claims) {
      if (claim.isOpenAt(time)) {
        anyOpen = true;
      } else {
        anyClosed = true;
      }
    }
    return anyOpen && anyClosed ? OpenStatus.UNCERTAIN : anyOpen ? OpenStatus.OPEN : OpenStatus.CLOSED;
  }

  /**
   * Returns whether the line is open at {@code instant}.
   *
   * @param instant the moment, converted to Japan time
   * @return open, closed, or uncertain
   */
  public OpenStatus statusAt(Instant instant) {
    requireNonNull(instant, "instant");
    return statusAt(instant.atZone(JAPAN).toLocalTime());
  }

  /**
   * Returns the claims' hours joined for display, such as {@code 9:00–21:00 / 24h}.
   *
   * @return the hours text
   */
  public String summary() {
    StringBuilder out = new StringBuilder();
    for (HoursClaim claim : claims) {
      out.append(out.length() == 0 ? "" : " / ").append(claim.hours());
    }
    return out.toString();
  }
}
