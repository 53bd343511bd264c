package io.github.kotowari.core;

import java.util.Locale;

/**
 * The two languages Kotowari explains itself in.
 *
 * <p>Every user-facing text in the library exists in Japanese and English. Methods that render text
 * take an explicit {@link Locale} and map it here: a locale whose language is {@code ja} renders
 * Japanese, every other locale renders English. The JVM's default locale is never consulted.
 *
 * <pre>{@code
 * Language.of(Locale.JAPAN);   // JAPANESE
 * Language.of(Locale.FRANCE);  // ENGLISH
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Language {
  /** Japanese, {@code ja}. */
  JAPANESE,
  /** English, {@code en}; also the language for every locale other than Japanese. */
  ENGLISH;

  /**
   * Returns the language in which text is rendered for {@code locale}.
   *
   * @param locale the caller's locale, not null
   * @return {@link #JAPANESE} if the locale's language is {@code ja}, otherwise {@link #ENGLISH}
   */
  public static Language of(Locale locale) {
    return "ja".equals(locale.getLanguage()) ? JAPANESE : ENGLISH;
  }

  /**
   * Returns the locale that stands for this language, {@link Locale#JAPANESE} or
   * {@link Locale#ENGLISH}.
   *
   * @return the locale of this language
   */
  public Locale locale() {
    return this == JAPANESE ? Locale.JAPANESE : Locale.ENGLISH;
  }
}
