package io.github.kotowari.carriers;

/**
 * The overall answer of {@link Identifier#identify(CharSequence, IdentifyContext)}.
 *
 * <pre>{@code
 * Identifier.identify("4434-9617-1020").verdict();  // AMBIGUOUS: Yamato, Sagawa or Japan Post
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Verdict {
  /** Exactly one plausible reading (see {@link Identification} for how that is decided). */
  VALID,
  /** Several plausible readings; the number alone cannot tell them apart. Never picked silently. */
  AMBIGUOUS,
  /**
   * The number has the shape of a known format but its check digit fails; the failed readings say
   * which check digit would make it valid.
   */
  INVALID,
  /** No known format, or the text was rejected before matching (see the reasons). */
  UNKNOWN
}
