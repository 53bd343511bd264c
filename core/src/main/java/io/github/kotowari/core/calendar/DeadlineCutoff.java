package io.github.kotowari.core.calendar;

/**
 * Where in the final day a deadline falls.
 *
 * <pre>{@code
 * Instant issued = Instant.parse("2026-12-30T14:50:00Z");   // 23:50 in Tokyo
 * Deadlines.tokyo().daysAfter(issued, 6, DeadlineCutoff.END_OF_DAY);   // 2027-01-05T23:59:59.999999999+09:00
 * Deadlines.tokyo().daysAfter(issued, 6, DeadlineCutoff.SAME_TIME);    // 2027-01-05T23:50+09:00
 * }</pre>
 *
 * @since 0.1.0
 */
public enum DeadlineCutoff {
  /** At the last instant of the final day, 23:59:59.999999999 local time. */
  END_OF_DAY,
  /** At the same local time of day as the start, on the final day. */
  SAME_TIME
}
