package io.github.kotowari.carriers;

import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import java.util.Locale;

/**
 * A company or postal operator that issues the identifiers this module recognizes.
 *
 * <pre>{@code
 * Carrier.YAMATO.display(Locale.JAPANESE);  // "ヤマト運輸"
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Carrier implements Displayable {
  /** Yamato Transport (ヤマト運輸, 宅急便). */
  YAMATO("ヤマト運輸", "Yamato Transport"),
  /** Sagawa Express (佐川急便). */
  SAGAWA("佐川急便", "Sagawa Express"),
  /** Japan Post (日本郵便): Yu-Pack, registered mail, international mail issued in Japan. */
  JAPAN_POST("日本郵便", "Japan Post"),
  /** Amazon: its own delivery network's IDs and its order numbers. */
  AMAZON("Amazon", "Amazon"),
  /** Seino Transportation (西濃運輸); its number format is not sourced. */
  SEINO("西濃運輸", "Seino Transportation"),
  /** Fukuyama Transporting (福山通運); its number format is not sourced. */
  FUKUYAMA("福山通運", "Fukuyama Transporting"),
  /** DHL Express. */
  DHL("DHL", "DHL Express"),
  /** FedEx. */
  FEDEX("FedEx", "FedEx"),
  /** UPS. */
  UPS("UPS", "UPS"),
  /** The United States Postal Service. */
  USPS("USPS（米国郵便）", "USPS"),
  /** A postal operator other than Japan Post, named by the country code of a UPU S10 identifier. */
  UPU_POST("海外の郵便事業体", "a foreign postal operator");

  private final String japanese;
  private final String english;

  Carrier(String japanese, String english) {
    this.japanese = japanese;
    this.english = english;
  }

  /**
   * Returns the carrier's name in {@code locale}'s language.
   *
   * @param locale the reader's locale
   * @return the name
   */
  @Override
  public String display(Locale locale) {
    return Language.of(locale) == Language.JAPANESE ? japanese : english;
  }
}
