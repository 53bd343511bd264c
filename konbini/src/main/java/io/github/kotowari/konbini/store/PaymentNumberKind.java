package io.github.kotowari.konbini.store;

import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import java.util.Locale;

/**
 * The kinds of number a customer brings to the store for a konbini payment, each with its accepted
 * number of digits.
 *
 * <pre>{@code
 * PaymentNumberKind.PAYMENT_SLIP_NUMBER.minDigits();       // 13
 * PaymentNumberKind.CONFIRMATION_NUMBER.display(Locale.JAPANESE);  // "確認番号"
 * }</pre>
 *
 * <p>All kinds are decimal digits only. No check digit is published for any of them, so validation
 * stops at the character set and the length: a well-formed number may still be unknown to the store.
 * Lengths come from the Amazon Japan guide and from payment providers' published customer
 * instructions; where those differ between providers the kind accepts the range they span and says
 * so. Every kind is sensitive: {@link PaymentNumber} masks all of them.
 *
 * @since 0.1.0
 */
public enum PaymentNumberKind implements Displayable {
  /**
   * Seven-Eleven's payment slip number (払込票番号), 13 digits: the Amazon Japan guide ("13桁の番号") and
   * payment providers' Seven-Eleven instructions agree.
   */
  PAYMENT_SLIP_NUMBER("払込票番号", "payment slip number", 13, 13),
  /**
   * The payment number (お支払い番号) of the Amazon Japan guide, 11 digits, entered at Famiport or Loppi.
   * The guide gives the length for FamilyMart and Lawson; for Ministop and Seicomart it only says "a
   * number", which the library takes to be the same 11-digit number.
   */
  PAYMENT_NUMBER("お支払い番号", "payment number", 11, 11),
  /** FamilyMart's company code (企業コード, Famiport's "first number"), 5 digits. */
  COMPANY_CODE("企業コード", "company code", 5, 5),
  /** FamilyMart's order number (注文番号, Famiport's "second number"), 12 digits. */
  ORDER_NUMBER("注文番号", "order number", 12, 12),
  /**
   * The customer number (お客様番号) entered at Loppi. Its length differs between providers (one
   * provider's published Loppi steps ask for 14 digits, others issue shorter numbers), so 6 to 14
   * digits are accepted.
   */
  CUSTOMER_NUMBER("お客様番号", "customer number", 6, 14),
  /** The confirmation number (確認番号) entered at Loppi after the customer number, 4 digits. */
  CONFIRMATION_NUMBER("確認番号", "confirmation number", 4, 4),
  /** The receipt number (受付番号) entered at Seicomart's Club Station, 6 digits. */
  RECEIPT_NUMBER("受付番号", "receipt number", 6, 6),
  /**
   * The phone number (電話番号) the customer registered when ordering, asked for by Seicomart's Club
   * Station after the receipt number: a Japanese number of 10 or 11 digits, without the country code.
   */
  PHONE_NUMBER("電話番号", "phone number", 10, 11);

  private final String japanese;
  private final String english;
  private final int minDigits;
  private final int maxDigits;

  PaymentNumberKind(String japanese, String english, int minDigits, int maxDigits) {
    this.japanese = japanese;
    this.english = english;
    this.minDigits = minDigits;
    this.maxDigits = maxDigits;
  }

  /**
   * Returns the fewest digits a number of this kind has.
   *
   * @return the minimum length, at least 4
   */
  public int minDigits() {
    return minDigits;
  }

  /**
   * Returns the most digits a number of this kind has.
   *
   * @return the maximum length, at least {@link #minDigits()}
   */
  public int maxDigits() {
    return maxDigits;
  }

  /**
   * Returns the accepted form in {@code locale}'s language, such as {@code 13 digits} or
   * {@code 10〜11桁}.
   *
   * @param locale the reader's locale
   * @return the form, for messages and help text
   */
  public String format(Locale locale) {
    boolean ja = Language.of(locale) == Language.JAPANESE;
    String count = minDigits == maxDigits ? Integer.toString(minDigits)
        : minDigits + (ja ? "〜" : "–") + maxDigits;
    return ja ? count + "桁の数字" : count + " digits";
  }

  /**
   * Returns the kind's name in {@code locale}'s language.
   *
   * @param locale the reader's locale
   * @return the name, such as {@code 払込票番号} or {@code payment slip number}
   */
  @Override
  public String display(Locale locale) {
    return Language.of(locale) == Language.JAPANESE ? japanese : english;
  }
}
