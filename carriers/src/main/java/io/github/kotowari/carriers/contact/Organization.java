package io.github.kotowari.carriers.contact;

import com.google.common.collect.ImmutableSet;
import io.github.kotowari.carriers.Carrier;
import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import java.util.Locale;

/**
 * An organization whose contacts the directory holds, with its official registrable domains and
 * the brand name that look-alike domains imitate.
 *
 * <pre>{@code
 * Organization.AMAZON_JAPAN.officialDomains();  // [amazon.co.jp, amazon.com]
 * }</pre>
 *
 * <p>Official domains are those of the organizations' own tracking and help pages cited in
 * carriers.md (the {@code eggplants/ghitter} issue #140 list, Amazon Seller Central Japan); they are
 * registrable domains, so every subdomain (such as {@code trackings.post.japanpost.jp}) is covered.
 *
 * @since 0.1.0
 */
public enum Organization implements Displayable {
  /** Amazon Japan (Amazon.co.jp). */
  AMAZON_JAPAN("Amazon（アマゾンジャパン）", "Amazon Japan", Carrier.AMAZON, ImmutableSet.of("amazon.co.jp", "amazon.com"),
      "amazon"),
  /** Yamato Transport. */
  YAMATO("ヤマト運輸", "Yamato Transport", Carrier.YAMATO, ImmutableSet.of("kuronekoyamato.co.jp"), "kuronekoyamato"),
  /** Sagawa Express. */
  SAGAWA("佐川急便", "Sagawa Express", Carrier.SAGAWA, ImmutableSet.of("sagawa-exp.co.jp"), "sagawa"),
  /** Japan Post. */
  JAPAN_POST("日本郵便", "Japan Post", Carrier.JAPAN_POST, ImmutableSet.of("japanpost.jp"), "japanpost");

  private final String japanese;
  private final String english;
  private final Carrier carrier;
  private final ImmutableSet<String> officialDomains;
  private final String brand;

  Organization(String japanese, String english, Carrier carrier, ImmutableSet<String> officialDomains, String brand) {
    this.japanese = japanese;
    this.english = english;
    this.carrier = carrier;
    this.officialDomains = officialDomains;
    this.brand = brand;
  }

  /**
   * Returns the carrier this organization corresponds to.
   *
   * @return the carrier
   */
  public Carrier carrier() {
    return carrier;
  }

  /**
   * Returns the official registrable domains, lower-case ASCII.
   *
   * @return the domains
   */
  public ImmutableSet<String> officialDomains() {
    return officialDomains;
  }

  /**
   * Returns the brand string whose presence (after look-alike folding) in a foreign domain marks it
   * as an imitation, such as {@code amazon}.
   *
   * @return the brand, lower-case ASCII
   */
  public String brand() {
    return brand;
  }

  /**
   * Returns the organization's name in {@code locale}'s language.
   *
   * @param locale the reader's locale
   * @return the name
   */
  @Override
  public String display(Locale locale) {
    return Language.of(locale) == Language.JAPANESE ? japanese : english;
  }
}
