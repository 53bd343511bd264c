package io.github.kotowari.carriers;

import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import java.util.Locale;

/**
 * The check-digit rule of a format; each is implemented in {@link CheckDigits}.
 *
 * <pre>{@code
 * IdentifierFormat.YAMATO_12.checkRule();  // SEVEN_DR
 * }</pre>
 *
 * @since 0.1.0
 */
public enum CheckRule implements Displayable {
  /** The body as a decimal integer modulo 7 (Yamato, Sagawa, Japan Post 11 and 12 digits). */
  SEVEN_DR("7DR（番号を7で割った余り）", "7DR (the number modulo 7)"),
  /** DHL Express: the body modulo 7, as {@link #SEVEN_DR}. */
  DHL_MOD7("DHLの7で割った余り", "DHL mod 7"),
  /** UPU S10 mod 11 with weights 8, 6, 4, 2, 3, 5, 9, 7. */
  UPU_S10("UPU S10（11で割った余り）", "UPU S10 (mod 11)"),
  /** FedEx Express: weights 1, 3, 7 from the right, modulo 11, modulo 10. */
  FEDEX_MOD11("FedExの重み付き11で割った余り", "FedEx weighted mod 11"),
  /** GS1-style mod 10, the rightmost data digit weighing 3 (FedEx Ground, SSCC-18, USPS). */
  GS1_MOD10("GS1方式の10で割った余り", "GS1 mod 10"),
  /** UPS mod 10 with letters mapped to digits. */
  UPS_MOD10("UPSの10で割った余り", "UPS mod 10"),
  /** No check digit is known: the format is recognized by its shape only. */
  NONE("検査数字なし", "no check digit");

  private final String japanese;
  private final String english;

  CheckRule(String japanese, String english) {
    this.japanese = japanese;
    this.english = english;
  }

  /**
   * Returns the rule's name in {@code locale}'s language.
   *
   * @param locale the reader's locale
   * @return the name
   */
  @Override
  public String display(Locale locale) {
    return Language.of(locale) == Language.JAPANESE ? japanese : english;
  }
}
