package io.github.kotowari.konbini.store;

import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import java.util.Locale;

/**
 * Why a text is not a payment number of the expected kind. Messages never contain the input.
 *
 * <pre>{@code
 * PaymentNumber.check(PaymentNumberKind.CONFIRMATION_NUMBER, "12").problem();  // Optional[TOO_SHORT]
 * }</pre>
 *
 * @since 0.1.0
 */
public enum PaymentNumberProblem implements Displayable {
  /** Nothing but separators (spaces, dashes, zero-width characters), or nothing at all. */
  EMPTY("番号が入力されていません。", "No number was entered."),
  /** Longer than {@link PaymentNumber#MAX_INPUT_LENGTH} characters before any clean-up. */
  INPUT_TOO_LONG("入力が長すぎます。", "The input is far too long."),
  /**
   * A character that is neither a digit nor an ignored separator: a letter, a symbol, a control or
   * bidirectional-formatting character, an unpaired surrogate.
   */
  BAD_CHARACTER("数字以外の文字が含まれています。", "The number contains a character that is not a digit."),
  /** A decimal digit of a script other than ASCII or full-width, such as Arabic-Indic or Devanagari. */
  UNSUPPORTED_DIGIT("半角・全角以外の数字が含まれています。",
      "The number contains digits of a script other than ASCII or full-width."),
  /** Fewer digits than the kind has. */
  TOO_SHORT("桁数が足りません。", "The number has too few digits."),
  /** More digits than the kind has. */
  TOO_LONG("桁数が多すぎます。", "The number has too many digits.");

  private final String japanese;
  private final String english;

  PaymentNumberProblem(String japanese, String english) {
    this.japanese = japanese;
    this.english = english;
  }

  /**
   * Returns a one-sentence description in {@code locale}'s language.
   *
   * @param locale the reader's locale
   * @return the description, never containing the input
   */
  @Override
  public String display(Locale locale) {
    return Language.of(locale) == Language.JAPANESE ? japanese : english;
  }
}
