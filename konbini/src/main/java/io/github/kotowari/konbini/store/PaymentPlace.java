package io.github.kotowari.konbini.store;

import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import java.util.Locale;

/**
 * Where in the store the customer starts a konbini payment: at the register, or at one of the chains'
 * self-service terminals, which print a slip the customer then pays at the register.
 *
 * <pre>{@code
 * PaymentPlace.LOPPI.display(Locale.JAPANESE);  // "Loppi（店内端末）"
 * }</pre>
 *
 * @since 0.1.0
 */
public enum PaymentPlace implements Displayable {
  /** The register (レジ): the customer shows a barcode or gives the number to the staff. */
  REGISTER("レジ", "register", false),
  /** FamilyMart's multimedia terminal, Famiport (Famiポート). */
  FAMIPORT("Famiポート（店内端末）", "Famiport terminal", true),
  /** Lawson's and Ministop's multimedia terminal, Loppi. */
  LOPPI("Loppi（店内端末）", "Loppi terminal", true),
  /** Seicomart's in-store terminal, Club Station (クラブステーション). */
  CLUB_STATION("クラブステーション（店内端末）", "Club Station terminal", true);

  private final String japanese;
  private final String english;
  private final boolean terminal;

  PaymentPlace(String japanese, String english, boolean terminal) {
    this.japanese = japanese;
    this.english = english;
    this.terminal = terminal;
  }

  /**
   * Returns whether this place is a self-service terminal rather than the register.
   *
   * @return true for Famiport, Loppi and Club Station
   */
  public boolean isTerminal() {
    return terminal;
  }

  /**
   * Returns the place's name in {@code locale}'s language.
   *
   * @param locale the reader's locale
   * @return the name, such as {@code レジ} or {@code register}
   */
  @Override
  public String display(Locale locale) {
    return Language.of(locale) == Language.JAPANESE ? japanese : english;
  }
}
