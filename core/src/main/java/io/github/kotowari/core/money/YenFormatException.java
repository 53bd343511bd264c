package io.github.kotowari.core.money;

import static java.util.Objects.requireNonNull;

import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import java.util.Locale;

/**
 * Thrown by {@link Yen#parse(CharSequence)} when a text is not a yen amount Kotowari accepts; the
 * {@link #problem()} says why.
 *
 * <pre>{@code
 * try {
 *   Yen.parse("1.5万円");
 * } catch (YenFormatException e) {
 *   e.problem();   // Problem.DECIMAL
 * }
 * }</pre>
 *
 * <p>The message names the problem and lists the accepted forms. It never repeats the input, which
 * may be arbitrarily long. Use {@link Yen#tryParse(CharSequence)} to get the same answer without an
 * exception.
 *
 * @since 0.1.0
 */
public final class YenFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The accepted forms, as listed in every message. */
  static final String ACCEPTED_FORMS = "accepted forms are 300000, 300,000, ¥300,000, ￥300,000, 300,000円, "
      + "30万円, 3万5000円 and 1億2000万円, with ASCII or full-width digits and commas, at most "
      + Yen.MAX_INPUT_LENGTH + " characters";

  /**
   * Why a text is not an accepted yen amount.
   *
   * <p>Each problem renders for a person in Japanese or English through {@link #display(Locale)},
   * so a form can tell its user what to fix.
   *
   * @since 0.1.0
   */
  public enum Problem implements Displayable {
    /** The text is empty or holds only spaces. */
    EMPTY("the text is empty", "金額が入力されていません。", "No amount was entered."),
    /** The text is longer than {@link Yen#MAX_INPUT_LENGTH} characters. */
    TOO_LONG("the text is longer than " + Yen.MAX_INPUT_LENGTH + " characters",
        "入力が長すぎます。", "The input is too long."),
    /** The amount starts with a minus sign or another dash, or with ▲ or △. */
    NEGATIVE("the amount is negative", "マイナスの金額は入力できません。", "The amount must not be negative."),
    /** The amount has a decimal point: yen have no fractional part. */
    DECIMAL("the amount has a decimal point; yen are whole numbers",
        "円未満の金額（小数点）は入力できません。", "Yen amounts have no decimals."),
    /**
     * The text holds a character that is not a digit (ASCII or full-width), a comma, 万, 億, 兆, a yen
     * sign or 円: letters, other scripts' digits, dashes inside the number, spaces inside the number,
     * zero-width or control characters.
     */
    BAD_CHARACTER("the text contains a character that is not part of a yen amount",
        "金額に使えない文字が含まれています。", "The amount contains a character that is not allowed."),
    /**
     * The characters are allowed but not in this arrangement: commas not every three digits, units
     * out of order or repeated, a unit without digits, a part below a unit of 10,000 or more, both
     * a yen sign and 円, or no digits at all.
     */
    MALFORMED("the digits, commas, units or yen signs are not in an accepted arrangement",
        "金額の書き方が正しくありません。", "The amount is not written in an accepted form."),
    /** The amount is larger than {@link Yen#MAX_VALUE}. */
    TOO_LARGE("the amount is larger than " + Long.MAX_VALUE + " yen",
        "金額が大きすぎます。", "The amount is too large.");

    private final String reason;
    private final String japanese;
    private final String english;

    Problem(String reason, String japanese, String english) {
      this.reason = reason;
      this.japanese = japanese;
      this.english = english;
    }

    /**
     * Returns a one-sentence explanation for the person who typed the amount.
     *
     * @param locale the reader's locale, not null; Japanese for {@code ja}, English otherwise
     * @return the explanation
     */
    @Override
    public String display(Locale locale) {
      return Language.of(locale) == Language.JAPANESE ? japanese : english;
    }
  }

  /** Why the text was rejected. */
  private final Problem problem;

  /**
   * Creates the exception for {@code problem}; the message is derived from the problem.
   *
   * @param problem why the text was rejected, not null
   */
  public YenFormatException(Problem problem) {
    super(messageOf(requireNonNull(problem, "problem")));
    this.problem = problem;
  }

  static String messageOf(Problem problem) {
    return "Not a yen amount: " + problem.reason + "; " + ACCEPTED_FORMS + " (problem " + problem.name() + ")";
  }

  /**
   * Returns why the text was rejected.
   *
   * @return the problem, never null
   */
  public Problem problem() {
    return problem;
  }
}
