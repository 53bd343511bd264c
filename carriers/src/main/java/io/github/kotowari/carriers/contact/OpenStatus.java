package io.github.kotowari.carriers.contact;

import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import java.util.Locale;

/**
 * Whether a line is open at a given time, according to its {@link OpeningHours}.
 *
 * <pre>{@code
 * contact.hours().statusAt(now);  // OPEN, CLOSED or UNCERTAIN
 * }</pre>
 *
 * @since 0.1.0
 */
public enum OpenStatus implements Displayable {
  /** Every claim says open. */
  OPEN("現在受付中です", "open now"),
  /** Every claim says closed. */
  CLOSED("現在は受付時間外です", "closed now"),
  /** The claims disagree at that time (the sources contradict each other). */
  UNCERTAIN("現在受付中かどうかは資料によって異なります", "sources disagree on whether it is open now");

  private final String japanese;
  private final String english;

  OpenStatus(String japanese, String english) {
    this.japanese = japanese;
    this.english = english;
  }

  /**
   * Returns the status as a phrase in {@code locale}'s language.
   *
   * @param locale the reader's locale
   * @return the phrase
   */
  @Override
  public String display(Locale locale) {
    return Language.of(locale) == Language.JAPANESE ? japanese : english;
  }
}
