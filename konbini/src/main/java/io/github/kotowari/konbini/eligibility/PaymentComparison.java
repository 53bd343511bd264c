package io.github.kotowari.konbini.eligibility;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import io.github.kotowari.core.payment.PaymentMethod;
import java.util.Locale;
import java.util.Optional;

/**
 * The Amazon Japan guide's comparison of payment methods, as data: fee, when the money moves,
 * whether there is a deadline, and whether points are earned.
 *
 * <pre>{@code
 * for (PaymentComparison.Row row : PaymentComparison.guide()) {
 *   row.kind();                 // KONBINI, CREDIT_CARD, E_MONEY, PAY_LATER
 *   row.fee();                  // NONE for konbini
 *   row.display(Locale.JAPANESE);
 * }
 * PaymentComparison.row(PaymentMethod.Kind.CREDIT_CARD).orElseThrow().points();   // true
 * }</pre>
 *
 * <p>The guide's table has four rows: konbini (no fee, cash, deadline), credit card (immediate,
 * points, instalments), e-money (immediate, prepaid, cash top-up), pay later (after delivery,
 * screening, a fee may apply). Where the guide says nothing, the value is {@link Fee#NOT_STATED}
 * or false, never a guess.
 *
 * @since 0.1.0
 */
public final class PaymentComparison {
  private PaymentComparison() {}

  /**
   * The fee the customer pays for the method.
   *
   * @since 0.1.0
   */
  public enum Fee implements Displayable {
    /** No fee (konbini: "手数料無料"). */
    NONE("無料", "none"),
    /** A fee may apply (pay later: "手数料発生も"). */
    MAY_APPLY("かかる場合あり", "may apply"),
    /** The guide does not say. */
    NOT_STATED("記載なし", "not stated");

    private final String japanese;
    private final String english;

    Fee(String japanese, String english) {
      this.japanese = japanese;
      this.english = english;
    }

    /**
     * Returns the fee in {@code locale}'s language.
     *
     * @param locale the reader's locale, not null
     * @return the text
     */
    @Override
    public String display(Locale locale) {
      return Language.of(locale) == Language.JAPANESE ? japanese : english;
    }
  }

  /**
   * When the payment is made.
   *
   * @since 0.1.0
   */
  public enum Timing implements Displayable {
    /** Paid at the order (即時決済). */
    IMMEDIATE("即時", "immediately"),
    /** Paid later at a store, before a deadline. */
    BEFORE_DEADLINE("期限までに店頭で", "at a store before a deadline"),
    /** Paid after the goods arrive (商品到着後). */
    AFTER_DELIVERY("商品到着後", "after delivery");

    private final String japanese;
    private final String english;

    Timing(String japanese, String english) {
      this.japanese = japanese;
      this.english = english;
    }

    /**
     * Returns the timing in {@code locale}'s language.
     *
     * @param locale the reader's locale, not null
     * @return the text
     */
    @Override
    public String display(Locale locale) {
      return Language.of(locale) == Language.JAPANESE ? japanese : english;
    }
  }

  /**
   * One row of the guide's table.
   *
   * @param kind the payment method, not null
   * @param fee the fee, not null
   * @param timing when the money moves, not null
   * @param deadline whether the customer must pay by a deadline
   * @param points whether the guide lists points as a feature
   * @param japaneseNote the rest of the guide's row, in Japanese, not null
   * @param englishNote the same in English, not null
   * @since 0.1.0
   */
  public record Row(PaymentMethod.Kind kind, Fee fee, Timing timing, boolean deadline, boolean points,
      String japaneseNote, String englishNote) implements Displayable {

    /**
     * Checks the fields.
     *
     * @param kind the payment method
     * @param fee the fee
     * @param timing when the money moves
     * @param deadline whether there is a deadline
     * @param points whether points are earned
     * @param japaneseNote the note in Japanese
     * @param englishNote the note in English
     */
    public Row {
      requireNonNull(kind, "kind");
      requireNonNull(fee, "fee");
      requireNonNull(timing, "timing");
      requireNonNull(japaneseNote, "japaneseNote");
      requireNonNull(englishNote, "englishNote");
    }

    /**
     * Returns the row as one line, such as
     * {@code Convenience store (konbini) payment: fee none; paid at a store before a deadline; deadline; no points; cash}.
     *
     * @param locale the reader's locale, not null
     * @return the line
     */
    @Override
    public String display(Locale locale) {
      boolean ja = Language.of(requireNonNull(locale, "locale")) == Language.JAPANESE;
      if (ja) {
        return kind.display(locale) + ": 手数料 " + fee.display(locale) + "、支払い " + timing.display(locale)
            + "、期限 " + (deadline ? "あり" : "なし") + "、ポイント " + (points ? "あり" : "記載なし") + "、" + japaneseNote;
      }
      return kind.display(locale) + ": fee " + fee.display(locale) + "; paid " + timing.display(locale) + "; "
          + (deadline ? "deadline" : "no deadline") + "; " + (points ? "points" : "points not stated") + "; "
          + englishNote;
    }
  }

  private static final ImmutableList<Row> GUIDE = ImmutableList.of(
      new Row(PaymentMethod.Kind.KONBINI, Fee.NONE, Timing.BEFORE_DEADLINE, true, false,
          "現金払い、カード不要", "cash, no card needed"),
      new Row(PaymentMethod.Kind.CREDIT_CARD, Fee.NOT_STATED, Timing.IMMEDIATE, false, true,
          "分割・リボ払い可", "instalments and revolving credit"),
      new Row(PaymentMethod.Kind.E_MONEY, Fee.NOT_STATED, Timing.IMMEDIATE, false, false,
          "チャージ式、現金でチャージ可", "prepaid, can be topped up with cash"),
      new Row(PaymentMethod.Kind.PAY_LATER, Fee.MAY_APPLY, Timing.AFTER_DELIVERY, false, false,
          "審査あり", "subject to screening"));

  /**
   * Returns the guide's four rows: konbini, credit card, e-money, pay later.
   *
   * @return the rows, in the guide's order
   */
  public static ImmutableList<Row> guide() {
    return GUIDE;
  }

  /**
   * Returns the guide's row for {@code kind}, if it has one.
   *
   * @param kind the payment method kind, not null
   * @return the row, or empty for a method the guide does not compare
   */
  public static Optional<Row> row(PaymentMethod.Kind kind) {
    requireNonNull(kind, "kind");
    return GUIDE.stream().filter(r -> r.kind() == kind).findFirst();
  }
}
