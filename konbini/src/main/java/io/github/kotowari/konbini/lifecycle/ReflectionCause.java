package io.github.kotowari.konbini.lifecycle;

import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import java.util.Locale;

/**
 * Why a payment made at a store is expected to be reflected when it is.
 *
 * @since 0.1.0
 */
public enum ReflectionCause implements Displayable {
  /** Paid during processing hours of a business day (or under a policy that processes at any time). */
  PROCESSING_HOURS("処理時間内の支払い", "paid during processing hours"),
  /** Paid late at night: reflected from the start of the next processing hours. */
  LATE_NIGHT("深夜の支払い", "paid late at night"),
  /** Paid on a weekend, holiday or other closed day: reflected on the next business day. */
  NON_BUSINESS_DAY("休業日の支払い", "paid on a weekend or holiday");

  private final String japanese;
  private final String english;

  ReflectionCause(String japanese, String english) {
    this.japanese = japanese;
    this.english = english;
  }

  /**
   * Returns whether the reflection waits for the next processing hours.
   *
   * @return true for {@link #LATE_NIGHT} and {@link #NON_BUSINESS_DAY}
   */
  public boolean isDeferred() {
    return this != PROCESSING_HOURS;
  }

  /**
   * Returns the cause in {@code locale}'s language, such as {@code 深夜の支払い}.
   *
   * @param locale the reader's locale
   * @return the display text
   */
  @Override
  public String display(Locale locale) {
    return Language.of(locale) == Language.JAPANESE ? japanese : english;
  }
}
