package io.github.kotowari.konbini.store;

import static java.util.Objects.requireNonNull;

import com.google.common.base.CharMatcher;
import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step a customer takes at the store, written in Japanese and English, such as
 * {@code 「各種番号をお持ちの方」を選ぶ} / {@code Choose "I have a number"}.
 *
 * <p>Two steps are equal when both texts are equal. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProcedureStep implements Displayable {
  private final String japanese;
  private final String english;

  private ProcedureStep(String japanese, String english) {
    this.japanese = japanese;
    this.english = english;
  }

  /**
   * Returns a step with its text in both languages.
   *
   * @param japanese the Japanese text, not blank
   * @param english the English text, not blank
   * @return the step
   * @throws IllegalArgumentException if either text is blank
   */
  public static ProcedureStep of(String japanese, String english) {
    requireNonNull(japanese, "japanese");
    requireNonNull(english, "english");
    if (CharMatcher.whitespace().matchesAllOf(japanese) || CharMatcher.whitespace().matchesAllOf(english)) {
      throw new IllegalArgumentException("A procedure step needs a Japanese and an English text");
    }
    return new ProcedureStep(japanese, english);
  }

  /**
   * Returns the step's text in {@code language}.
   *
   * @param language the language, not null
   * @return the text
   */
  public String text(Language language) {
    return requireNonNull(language, "language") == Language.JAPANESE ? japanese : english;
  }

  /**
   * Returns the step's text in {@code locale}'s language.
   *
   * @param locale the reader's locale
   * @return the text
   */
  @Override
  public String display(Locale locale) {
    return text(Language.of(locale));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ProcedureStep that && japanese.equals(that.japanese) && english.equals(that.english);
  }

  @Override
  public int hashCode() {
    return Objects.hash(japanese, english);
  }

  /**
   * Returns the English text.
   *
   * @return the English text
   */
  @Override
  public String toString() {
    return english;
  }
}
