package io.github.kotowari.konbini.lifecycle;

import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import java.util.Locale;

/**
 * A customer's account standing with respect to konbini payment, from least to most severe.
 *
 * @since 0.1.0
 */
public enum Standing implements Displayable {
  /** Nothing to do. */
  OK("問題なし", "good standing"),
  /** Close to the restriction threshold: warn the customer. */
  WARN("注意", "warning"),
  /** Restricted: konbini payment should not be offered. */
  RESTRICT("利用制限", "restricted");

  private final String japanese;
  private final String english;

  Standing(String japanese, String english) {
    this.japanese = japanese;
    this.english = english;
  }

  /**
   * Returns the standing in {@code locale}'s language, such as {@code 利用制限}.
   *
   * @param locale the reader's locale
   * @return the display text
   */
  @Override
  public String display(Locale locale) {
    return Language.of(locale) == Language.JAPANESE ? japanese : english;
  }
}
