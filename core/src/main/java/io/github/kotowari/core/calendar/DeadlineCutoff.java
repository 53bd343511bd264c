package io.github.kotowari.core.calendar;

/**
 * Where in the final day a deadline falls.
 *
 * @since 0.1.0
 */
public enum DeadlineCutoff {
  /** At the last instant of the final day, 23:59:59.999999999 local time. */
  END_OF_DAY,
  /** At the same local time of day as the start, on the final day. */
  SAME_TIME
}
