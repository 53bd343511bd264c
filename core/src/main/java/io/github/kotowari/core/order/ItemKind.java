package io.github.kotowari.core.order;

import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import java.util.Locale;

/**
 * What a line item is, as far as payment and delivery rules care.
 *
 * <pre>{@code
 * LineItem ebook = LineItem.of("B0EBOOK001", 1, Yen.ofPrice(1_320), ItemKind.DIGITAL_CONTENT);
 * ebook.kind().isShipped();   // false
 * }</pre>
 *
 * @since 0.1.0
 */
public enum ItemKind implements Displayable {
  /** A physical product that is shipped (商品). */
  PHYSICAL("商品", "Physical item", true),
  /**
   * Digital content delivered by download or streaming: e-books, music, video, software, apps
   * (デジタルコンテンツ). Nothing is shipped.
   */
  DIGITAL_CONTENT("デジタルコンテンツ", "Digital content", false),
  /**
   * A gift card (ギフトカード), whether sent by e-mail or as a printed card in a box. Either way its
   * value is money, which is why some payment methods refuse it; {@link #isShipped()} is true
   * because the printed kind may be shipped.
   */
  GIFT_CARD("ギフトカード", "Gift card", true),
  /**
   * A subscription or other recurring digital service (定期購読・サブスクリプション), such as a
   * reading or music plan. Nothing is shipped.
   */
  SUBSCRIPTION("定期購読・サブスクリプション", "Subscription", false);

  private final String japanese;
  private final String english;
  private final boolean shipped;

  ItemKind(String japanese, String english, boolean shipped) {
    this.japanese = japanese;
    this.english = english;
    this.shipped = shipped;
  }

  /**
   * Returns whether an item of this kind may need a parcel, so that a shipping option applies to it.
   *
   * @return true for {@link #PHYSICAL} and {@link #GIFT_CARD}
   */
  public boolean isShipped() {
    return shipped;
  }

  /**
   * Returns the name of this kind in {@code locale}'s language.
   *
   * @param locale the reader's locale, not null
   * @return the Japanese name for {@code ja}, the English name otherwise
   */
  @Override
  public String display(Locale locale) {
    return Language.of(locale) == Language.JAPANESE ? japanese : english;
  }
}
