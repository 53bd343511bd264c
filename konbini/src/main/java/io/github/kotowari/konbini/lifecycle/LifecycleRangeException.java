package io.github.kotowari.konbini.lifecycle;

import java.time.DateTimeException;
import java.time.Instant;

/**
 * Thrown when an instant given to, or computed by, the lifecycle lies outside the range it supports:
 * from the first to the last day of Kotowari's Japanese calendar, in Japan Standard Time
 * ({@link LifecyclePolicy#FIRST_SUPPORTED_INSTANT} to {@link LifecyclePolicy#LAST_SUPPORTED_INSTANT}).
 *
 * <p>Business days, and so reflection and shipping dates, are only known inside that range, and
 * instants such as {@link Instant#MAX} cannot be placed in a time zone at all. The lifecycle methods
 * that return a {@link Transition} never throw this: they answer with the reason code
 * {@link LifecycleReasons#INSTANT_OUT_OF_RANGE} instead. Callers can test
 * {@link LifecyclePolicy#isSupported(Instant)} first.
 *
 * @since 0.1.0
 */
public final class LifecycleRangeException extends DateTimeException {
  private static final long serialVersionUID = 1L;

  /** What was out of range, such as {@code issued}. */
  private final String what;
  /** The instant that was out of range. */
  private final Instant instant;

  LifecycleRangeException(String what, Instant instant) {
    super(what + " " + instant + " is outside the supported range " + LifecyclePolicy.FIRST_SUPPORTED_INSTANT
        + " to " + LifecyclePolicy.LAST_SUPPORTED_INSTANT + " (1948-07-20 to 2099-12-31 in Japan)");
    this.what = what;
    this.instant = instant;
  }

  static Instant check(String what, Instant instant) {
    if (!LifecyclePolicy.isSupported(instant)) {
      throw new LifecycleRangeException(what, instant);
    }
    return instant;
  }

  /**
   * Returns what was out of range, such as {@code issued} or {@code deadline}.
   *
   * @return the name of the offending value
   */
  public String what() {
    return what;
  }

  /**
   * Returns the instant that was out of range.
   *
   * @return the instant
   */
  public Instant instant() {
    return instant;
  }
}
