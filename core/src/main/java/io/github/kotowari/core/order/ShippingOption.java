package io.github.kotowari.core.order;

import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import java.util.Locale;

/**
 * How the customer chose to receive the order.
 *
 * <pre>{@code
 * ShippingOption.EXPRESS.display(Locale.JAPANESE);   // "お急ぎ便"
 * ShippingOption.SAME_DAY.isExpress();               // true
 * }</pre>
 *
 * <p>Some payment methods are not offered with some options (konbini payment is not offered with
 * お急ぎ便 or 日時指定便, for example); those rules live in the payment modules and read
 * {@link #isExpress()} and {@link #isScheduled()} rather than listing constants, so that a rule
 * written today keeps its meaning if an option is added.
 *
 * @since 0.1.0
 */
public enum ShippingOption implements Displayable {
  /** Standard delivery (通常配送), the default: no promised day or time. */
  STANDARD("通常配送", "Standard shipping", false, false),
  /** Express delivery (お急ぎ便): faster delivery, often next day, sometimes for a fee. */
  EXPRESS("お急ぎ便", "Express shipping", true, false),
  /** Same-day express delivery (当日お急ぎ便): a variant of お急ぎ便 that arrives the day of the order. */
  SAME_DAY("当日お急ぎ便", "Same-day express shipping", true, false),
  /** Scheduled delivery (日時指定便): the customer picks the day and time window. */
  SCHEDULED("日時指定便", "Scheduled date and time delivery", false, true),
  /**
   * Release-date delivery (発売日お届け): a pre-order item delivered on its release day. The day is
   * fixed by the release, not chosen, so it is not {@link #isScheduled()}.
   */
  RELEASE_DATE("発売日お届け", "Release-date delivery", false, false),
  /**
   * Pickup (コンビニ・受取スポット受取): the parcel goes to a convenience store counter or a locker
   * instead of the customer's address.
   */
  PICKUP_POINT("コンビニ・受取スポットで受取", "Pickup at a store or locker", false, false),
  /** Nothing is shipped (配送なし): an order of digital content or subscriptions only. */
  NO_SHIPPING("配送なし", "No shipping", false, false);

  private final String japanese;
  private final String english;
  private final boolean express;
  private final boolean scheduled;

  ShippingOption(String japanese, String english, boolean express, boolean scheduled) {
    this.japanese = japanese;
    this.english = english;
    this.express = express;
    this.scheduled = scheduled;
  }

  /**
   * Returns whether this option is a kind of お急ぎ便 (express): {@link #EXPRESS} and
   * {@link #SAME_DAY}.
   *
   * @return true for express options
   */
  public boolean isExpress() {
    return express;
  }

  /**
   * Returns whether the customer chose the delivery day and time (日時指定): {@link #SCHEDULED}.
   *
   * @return true for scheduled delivery
   */
  public boolean isScheduled() {
    return scheduled;
  }

  /**
   * Returns the name of this option in {@code locale}'s language.
   *
   * @param locale the reader's locale, not null
   * @return the Japanese name for {@code ja}, the English name otherwise
   */
  @Override
  public String display(Locale locale) {
    return Language.of(locale) == Language.JAPANESE ? japanese : english;
  }
}
