package io.github.kotowari.carriers.contact;

/**
 * Whether a line is open at a given time, according to its {@link OpeningHours}.
 *
 * <pre>{@code
 * contact.hours().statusAt(now);  // OPEN, CLOSED or UNCERTAIN
 * }</pre>
 *
 * @since 0.1.0
 */
public enum OpenStatus {
  /** Every claim says open. */
  OPEN,
  /** Every claim says closed. */
  CLOSED,
  /** The claims disagree at that time (the sources contradict each other). */
  UNCERTAIN
}
