package io.github.kotowari.konbini.store;

import static java.util.Objects.requireNonNull;

import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import java.util.Locale;
import java.util.Optional;

/**
 * The convenience-store chains where a konbini payment can be made.
 *
 * <pre>{@code
 * KonbiniStore.LAWSON.display(Locale.JAPANESE);  // "ローソン"
 * KonbiniStore.lookup("family-mart");            // Optional[FAMILYMART]
 * }</pre>
 *
 * <p>The first five are the chains of the Amazon Japan konbini guide. {@link #DAILY_YAMAZAKI} is
 * added because a public payment provider lists it as a supported brand (Antom, "Konbini" payment
 * method page, docs.antom.com, read 2026-11-25); the Amazon Japan guide does not offer it, so
 * {@link StoreProcedures#amazonJapan()} has no procedure for it.
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
  SEICOMART("セイコーマート", "Seicomart"),
  /** Daily Yamazaki (デイリーヤマザキ), offered by some public payment providers. */
  DAILY_YAMAZAKI("デイリーヤマザキ", "Daily Yamazaki");

  /** Longest name {@link #lookup(CharSequence)} looks at; longer input is not a store name. */
  private static final int MAX_NAME_LENGTH = 40;

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

  /**
   * Finds a store by a name a person or a command line would type: the constant name in any case,
   * with {@code -}, {@code _} or spaces between words or none ({@code seven-eleven},
   * {@code SevenEleven}, {@code FAMILY_MART}), the English name or the Japanese name. Input longer
   * than 40 characters is never a name and is answered in constant time.
   *
   * @param name the name to look up, not null
   * @return the store, or empty if no store has that name
   */
  public static Optional<KonbiniStore> lookup(CharSequence name) {
    requireNonNull(name, "name");
    if (name.length() > MAX_NAME_LENGTH) {
      return Optional.empty();
    }
    String key = squash(name.toString());
    for (KonbiniStore store : values()) {
      if (key.equals(squash(store.name())) || key.equals(squash(store.englishName))
          || name.toString().strip().equals(store.japaneseName)) {
        return Optional.of(store);
      }
    }
    return Optional.empty();
  }

  private static String squash(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '-' && c != '_' && c != ' ') {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
