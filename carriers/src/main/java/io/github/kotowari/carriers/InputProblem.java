package io.github.kotowari.carriers;

import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import io.github.kotowari.core.rule.ReasonCode;
import java.util.Locale;

/**
 * Why pasted text was rejected by {@link InputNormalizer#normalize(CharSequence)} before any format
 * was tried. Messages never contain the input.
 *
 * <pre>{@code
 * InputNormalizer.normalize("   ").problem();  // Optional[EMPTY]
 * }</pre>
 *
 * @since 0.1.0
 */
public enum InputProblem implements Displayable {
  /** Nothing at all, or only separators (spaces, dashes, zero-width characters). */
  EMPTY(CarrierCodes.INPUT_EMPTY, "番号が入力されていません。", "No number was entered."),
  /**
   * More than {@link InputNormalizer#MAX_SIGNIFICANT_CHARS} letters and digits, or more than
   * {@link InputNormalizer#MAX_RAW_CHARS} characters in all; no carrier number is that long.
   */
  TOO_LONG(CarrierCodes.INPUT_TOO_LONG, "入力が長すぎます。", "The input is too long to be a number."),
  /**
   * A character that is neither a letter, a digit nor an ignored separator: punctuation other than
   * dashes, a control character, a bidirectional override or isolate, an unpaired surrogate, a
   * letter of another script.
   */
  UNEXPECTED_CHARACTER(CarrierCodes.INPUT_UNEXPECTED_CHARACTER, "番号に使えない文字が含まれています。",
      "The input contains a character that cannot be part of a number.");

  private final ReasonCode reason;
  private final String japanese;
  private final String english;

  InputProblem(ReasonCode reason, String japanese, String english) {
    this.reason = reason;
    this.japanese = japanese;
    this.english = english;
  }

  /**
   * Returns the reason code reported for this problem.
   *
   * @return the reason code
   */
  public ReasonCode reason() {
    return reason;
  }

  /**
   * Returns a one-sentence description in {@code locale}'s language; {@link
   * NormalizedInput#violation()} gives the detailed message with the position or bound.
   *
   * @param locale the reader's locale
   * @return the description, never containing the input
   */
  @Override
  public String display(Locale locale) {
    return Language.of(locale) == Language.JAPANESE ? japanese : english;
  }
}
