package io.github.kotowari.konbini;

import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import java.util.Locale;

/**
 * The convenience-store chains where a konbini payment can be made.
 *
 * <pre>{@code
 * KonbiniStore.LAWSON.display(Locale.JAPANESE);  // "ローソン"
 * }</pre>
 *
 * @since 0.1.0
 */
public enum KonbiniStore implements Displayable {
  /** Seven-Eleven (セブン-イレブン). */
  SEVEN_ELEVEN("セブン-イレブン", "Seven-Eleven"),
  /** FamilyMart (ファミリーマート). */
  FAMILYMART("ファミリーマート", "FamilyMart"),
  /** Lawson (ローソン). */
  LAWSON("ローソン", "Lawson"),
  /** Ministop (ミニストップ). */
  MINISTOP("ミニストップ", "Ministop"),
  /** Seicomart (セイコーマート). */
  SEICOMART("セイコーマート", "Seicomart");

  private final String japaneseName;
  private final String englishName;

  KonbiniStore(String japaneseName, String englishName) {
    this.japaneseName = japaneseName;
    this.englishName = englishName;
  }

  /**
   * Returns the chain's name in {@code locale}'s language.
   *
   * @param locale the reader's locale
   * @return the name, such as {@code ローソン} or {@code Lawson}
   */
  @Override
  public String display(Locale locale) {
    return Language.of(locale) == Language.JAPANESE ? japaneseName : englishName;
  }
}
