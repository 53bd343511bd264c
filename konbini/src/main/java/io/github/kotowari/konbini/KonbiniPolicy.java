package io.github.kotowari.konbini;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.ItemKind;
import io.github.kotowari.konbini.lifecycle.LifecyclePolicy;
import io.github.kotowari.konbini.store.KonbiniStore;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who offers konbini payment and on what terms: the stores, the amount range, and the orders it is
 * not offered for. Every figure the sources give is a parameter here, with the sources' default.
 *
 * <pre>{@code
 * KonbiniPolicy amazon = KonbiniPolicy.amazonJapan();       // the default
 * amazon.maximum();                                         // ¥300,000, tax included
 * KonbiniPolicy shop = KonbiniPolicy.stripe().toBuilder()
 *     .name("my-shop").excludeItemKinds(ItemKind.GIFT_CARD).build();
 * KonbiniPolicy.preset("komoju");                           // Optional[komoju]
 * }</pre>
 *
 * <p><b>Parameters.</b>
 * <ul>
 *   <li>{@link #stores()}: where the payment can be made, at least one store.
 *   <li>{@link #minimum()} and {@link #maximum()}: the order total, tax included, must lie in this
 *       closed range. A total equal to the maximum is allowed: the Amazon Japan guide says the
 *       payment is not offered when the total <i>exceeds</i> 300,000 yen.
 *   <li>{@link #excludesExpress()} (お急ぎ便, {@link io.github.kotowari.core.order.ShippingOption#isExpress()})
 *       and {@link #excludesScheduled()} (日時指定便,
 *       {@link io.github.kotowari.core.order.ShippingOption#isScheduled()}).
 *   <li>{@link #excludedItemKinds()}: item kinds that are never paid at a konbini (digital content,
 *       gift cards, ...), and {@link #excludesPreOrders()} for 予約商品.
 *   <li>{@link #sellersNotAccepting()}: marketplace seller ids the policy refuses in addition to
 *       sellers whose own {@link io.github.kotowari.core.order.Seller#accepts accepted payments}
 *       leave konbini out.
 *   <li>{@link #excludesPayPayOnly()}: the Amazon Japan guide lists "PayPay balance selected as the
 *       only payment method" among the cases where konbini payment is not shown.
 *   <li>{@link #customerFee()}: what the customer pays on top of the order, ¥0 in every source read
 *       for the customer (providers charge the merchant; a shop may pass a fee on, which is why this
 *       is a parameter).
 *   <li>{@link #payAtStoreGroupFollowsKonbini()}: whether ATM, net banking and e-money share
 *       konbini's conditions (see that method for the disagreement).
 * </ul>
 *
 * <p><b>Lifecycle.</b> What happens after the order — the payment deadline (the Amazon Japan guide
 * says both "3 days from issuing the number" and "usually within 6 days of the e-mail"), when a
 * payment is reflected, refunds and account standing — is the {@link #lifecycle()} component, a
 * {@link LifecyclePolicy}. Each preset carries the lifecycle preset of the same name
 * ({@code KonbiniPolicy.stripe().lifecycle()} is {@code LifecyclePolicy.stripe()}); a policy built
 * from {@link #builder()} starts with {@link LifecyclePolicy#amazonJapan()}.
 *
 * <p>Two policies are equal when every parameter is equal. This class is immutable and
 * thread-safe; the presets are built fresh on each call and are cheap.
 *
 * @since 0.1.0
 */
public final class KonbiniPolicy {

  /** The names of the presets, in the order of {@link #presets()}. */
  private static final ImmutableList<String> PRESET_NAMES =
      ImmutableList.of("amazon-jp", "stripe", "komoju", "antom", "worldpay");

  private final String name;
  private final ImmutableSet<KonbiniStore> stores;
  private final Yen minimum;
  private final Yen maximum;
  private final boolean excludesExpress;
  private final boolean excludesScheduled;
  private final ImmutableSet<ItemKind> excludedItemKinds;
  private final boolean excludesPreOrders;
  private final ImmutableSet<String> sellersNotAccepting;
  private final boolean excludesPayPayOnly;
  private final Yen customerFee;
  private final boolean payAtStoreGroupFollowsKonbini;
  private final LifecyclePolicy lifecycle;

  private KonbiniPolicy(State b) {
    this.name = checkName(b.name);
    this.stores = Sets.immutableEnumSet(b.stores);
    checkArgument(!stores.isEmpty(), "konbiniPolicy.stores must name at least one store");
    this.minimum = b.minimum.requireNonNegative("konbiniPolicy.minimum");
    this.maximum = b.maximum;
    checkArgument(!maximum.isLessThan(minimum), "konbiniPolicy.maximum (%s) must not be below the minimum (%s)",
        maximum, minimum);
    this.excludesExpress = b.excludesExpress;
    this.excludesScheduled = b.excludesScheduled;
    this.excludedItemKinds = Sets.immutableEnumSet(b.excludedItemKinds);
    checkArgument(!excludedItemKinds.contains(ItemKind.PHYSICAL),
        "konbiniPolicy.excludedItemKinds must not exclude PHYSICAL items: no order could be paid");
    this.excludesPreOrders = b.excludesPreOrders;
    this.sellersNotAccepting = ImmutableSet.copyOf(b.sellersNotAccepting);
    this.excludesPayPayOnly = b.excludesPayPayOnly;
    this.customerFee = b.customerFee.requireNonNegative("konbiniPolicy.customerFee");
    this.payAtStoreGroupFollowsKonbini = b.payAtStoreGroupFollowsKonbini;
    this.lifecycle = requireNonNull(b.lifecycle, "konbiniPolicy.lifecycle");
  }

  private static String checkName(String name) {
    requireNonNull(name, "konbiniPolicy.name");
    checkArgument(!name.isEmpty() && name.length() <= 40 && name.chars().allMatch(
            c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'),
        "konbiniPolicy.name must be 1-40 characters of a-z, 0-9 and '-', such as 'amazon-jp'");
    return name;
  }

  /**
   * Starts a policy with nothing excluded: every store, ¥1 to ¥300,000, no fee. Set what differs.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this policy's parameters, to derive a policy from a preset.
   *
   * @return a builder, never null
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    State b = builder.s;
    b.name = name;
    b.stores = EnumSet.copyOf(stores);
    b.minimum = minimum;
    b.maximum = maximum;
    b.excludesExpress = excludesExpress;
    b.excludesScheduled = excludesScheduled;
    b.excludedItemKinds = excludedItemKinds.isEmpty() ? EnumSet.noneOf(ItemKind.class) : EnumSet.copyOf(excludedItemKinds);
    b.excludesPreOrders = excludesPreOrders;
    b.sellersNotAccepting = ImmutableSet.copyOf(sellersNotAccepting);
    b.excludesPayPayOnly = excludesPayPayOnly;
    b.lifecycle = lifecycle;
    b.customerFee = customerFee;
    b.payAtStoreGroupFollowsKonbini = payAtStoreGroupFollowsKonbini;
    return builder;
  }

  /**
   * Amazon Japan, as its consumer guide describes konbini payment; the library's default policy.
   *
   * <ul>
   *   <li>Stores: Seven-Eleven, FamilyMart, Lawson, Ministop, Seicomart (the guide's table).
   *   <li>Amount: at most 300,000 yen including tax ("30万円(税込)まで"). The guide gives no
   *       minimum; ¥1 is taken, since an order of ¥0 has nothing to pay.
   *   <li>Not offered with お急ぎ便 or 日時指定便, for 予約商品, for digital items (e-books, music,
   *       software) and for gift cards (ギフト券). Subscriptions are excluded too: the guide does not
   *       name them, but they are digital services billed again and again, and a payment number
   *       pays once; remove {@code SUBSCRIPTION} with {@link Builder#excludedItemKinds} to read the
   *       guide literally.
   *   <li>Not offered by "some marketplace sellers": taken from each seller's accepted payments;
   *       {@link #sellersNotAccepting()} is empty.
   *   <li>Not offered when PayPay balance is the only method selected.
   *   <li>No fee for the customer.
   * </ul>
   *
   * <p>The guide also says "some large items" cannot be paid at a konbini without saying which;
   * that is not modelled (use a category rule of your own).
   *
   * @return the policy, never null
   */
  public static KonbiniPolicy amazonJapan() {
    return builder().name("amazon-jp").lifecycle(LifecyclePolicy.amazonJapan())
        .stores(EnumSet.of(KonbiniStore.SEVEN_ELEVEN, KonbiniStore.FAMILYMART, KonbiniStore.LAWSON,
            KonbiniStore.MINISTOP, KonbiniStore.SEICOMART))
        .minimum(Yen.of(1)).maximum(Yen.of(300_000))
        .excludesExpress(true).excludesScheduled(true)
        .excludedItemKinds(EnumSet.of(ItemKind.DIGITAL_CONTENT, ItemKind.GIFT_CARD, ItemKind.SUBSCRIPTION))
        .excludesPreOrders(true)
        .excludesPayPayOnly(true)
        .build();
  }

  /**
   * Stripe's {@code konbini} payment method ("Konbini payments", docs.stripe.com/payments/konbini,
   * read 2026-12-01): charges from 120 to 300,000 JPY, payable at FamilyMart, Lawson, Ministop and
   * Seicomart (Stripe does not list Seven-Eleven). Stripe restricts no shipping option or item kind;
   * a merchant adds its own exclusions with {@link #toBuilder()}. The voucher's expiry
   * ({@code expires_after_days}, 3 days by default) is a lifecycle parameter, not part of this
   * policy.
   *
   * @return the policy, never null
   */
  public static KonbiniPolicy stripe() {
    return builder().name("stripe").lifecycle(LifecyclePolicy.stripe())
        .stores(EnumSet.of(KonbiniStore.FAMILYMART, KonbiniStore.LAWSON, KonbiniStore.MINISTOP, KonbiniStore.SEICOMART))
        .minimum(Yen.of(120)).maximum(Yen.of(300_000))
        .build();
  }

  /**
   * KOMOJU's konbini payment ("How to Pay at Convenience Stores", help.komoju.com, read
   * 2026-12-01): Seven-Eleven (after a separate screening of the merchant), FamilyMart, Lawson,
   * Ministop, Seicomart and Daily Yamazaki. <b>Amount range not found</b> in the KOMOJU pages read:
   * the maximum defaults to 300,000 yen, the cap Stripe, Antom and PPRO publish for the same store
   * networks, and the minimum to ¥1; check your contract and override them.
   *
   * @return the policy, never null
   */
  public static KonbiniPolicy komoju() {
    return builder().name("komoju").lifecycle(LifecyclePolicy.komoju())
        .stores(EnumSet.allOf(KonbiniStore.class))
        .minimum(Yen.of(1)).maximum(Yen.of(300_000))
        .build();
  }

  /**
   * Antom's Konbini payment method ("Konbini", docs.antom.com, read 2026-12-01): 1 to 300,000 JPY,
   * at Lawson, FamilyMart, Ministop, Seicomart and Daily Yamazaki.
   *
   * @return the policy, never null
   */
  public static KonbiniPolicy antom() {
    return builder().name("antom").lifecycle(LifecyclePolicy.antom())
        .stores(EnumSet.of(KonbiniStore.FAMILYMART, KonbiniStore.LAWSON, KonbiniStore.MINISTOP,
            KonbiniStore.SEICOMART, KonbiniStore.DAILY_YAMAZAKI))
        .minimum(Yen.of(1)).maximum(Yen.of(300_000))
        .build();
  }

  /**
   * Worldpay's Konbini and Pay-easy method ("Konbini", developer.worldpay.com, last updated
   * 2025-11-17, read 2026-12-01): minimum 100 JPY and a default maximum of <b>299,000 JPY</b> at a
   * convenience store — lower than the 300,000 the others publish. Worldpay names no stores; the
   * guide's five are taken. A third figure exists: Worldline Connect gives 299,999 JPY per konbini
   * transaction. The sources disagree on the cap, which is why it is a parameter.
   *
   * @return the policy, never null
   */
  public static KonbiniPolicy worldpay() {
    return builder().name("worldpay").lifecycle(LifecyclePolicy.worldpay())
        .stores(EnumSet.of(KonbiniStore.SEVEN_ELEVEN, KonbiniStore.FAMILYMART, KonbiniStore.LAWSON,
            KonbiniStore.MINISTOP, KonbiniStore.SEICOMART))
        .minimum(Yen.of(100)).maximum(Yen.of(299_000))
        .build();
  }

  /**
   * Returns every preset: {@code amazon-jp}, {@code stripe}, {@code komoju}, {@code antom},
   * {@code worldpay}, in that order.
   *
   * @return the presets, never null
   */
  public static ImmutableList<KonbiniPolicy> presets() {
    return ImmutableList.of(amazonJapan(), stripe(), komoju(), antom(), worldpay());
  }

  /**
   * Finds a preset by its name, as a command line would type it: {@code amazon-jp},
   * {@code stripe}, {@code komoju}, {@code antom} or {@code worldpay}, in any case. Input longer
   * than 40 characters is never a name.
   *
   * @param presetName the name, not null
   * @return the preset, or empty if there is none of that name
   */
  public static Optional<KonbiniPolicy> preset(CharSequence presetName) {
    requireNonNull(presetName, "presetName");
    if (presetName.length() > 40) {
      return Optional.empty();
    }
    String key = presetName.toString().strip().toLowerCase(Locale.ROOT);
    int index = PRESET_NAMES.indexOf(key);
    return index < 0 ? Optional.empty() : Optional.of(presets().get(index));
  }

  /**
   * Returns the names of the presets, in the order of {@link #presets()}.
   *
   * @return the names, never null
   */
  public static ImmutableList<String> presetNames() {
    return PRESET_NAMES;
  }

  /**
   * Returns what happens after the order: deadline, reflection, refunds and account standing.
   *
   * @return the lifecycle policy, never null
   */
  public LifecyclePolicy lifecycle() {
    return lifecycle;
  }

  /**
   * Returns the policy's name, such as {@code amazon-jp}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the stores where the payment can be made.
   *
   * @return the stores, at least one, in {@link KonbiniStore} order
   */
  public ImmutableSet<KonbiniStore> stores() {
    return stores;
  }

  /**
   * Returns the smallest order total, tax included, that can be paid.
   *
   * @return the minimum, not negative
   */
  public Yen minimum() {
    return minimum;
  }

  /**
   * Returns the largest order total, tax included, that can be paid; a total equal to it is allowed.
   *
   * @return the maximum, at least the minimum
   */
  public Yen maximum() {
    return maximum;
  }

  /**
   * Returns whether express shipping (お急ぎ便, also 当日お急ぎ便) rules the payment out.
   *
   * @return true if express orders cannot be paid at a konbini
   */
  public boolean excludesExpress() {
    return excludesExpress;
  }

  /**
   * Returns whether scheduled delivery (日時指定便) rules the payment out.
   *
   * @return true if scheduled orders cannot be paid at a konbini
   */
  public boolean excludesScheduled() {
    return excludesScheduled;
  }

  /**
   * Returns the item kinds that can never be paid at a konbini.
   *
   * @return the kinds, possibly empty, never {@link ItemKind#PHYSICAL}
   */
  public ImmutableSet<ItemKind> excludedItemKinds() {
    return excludedItemKinds;
  }

  /**
   * Returns whether a pre-order line (予約商品) rules the payment out.
   *
   * @return true if pre-orders cannot be paid at a konbini
   */
  public boolean excludesPreOrders() {
    return excludesPreOrders;
  }

  /**
   * Returns the marketplace seller ids refused by the policy, in addition to sellers that do not
   * accept konbini payment themselves.
   *
   * @return the ids, possibly empty
   */
  public ImmutableSet<String> sellersNotAccepting() {
    return sellersNotAccepting;
  }

  /**
   * Returns whether konbini payment is withheld when PayPay balance is the only payment method
   * selected.
   *
   * @return true if "PayPay only" rules the payment out
   */
  public boolean excludesPayPayOnly() {
    return excludesPayPayOnly;
  }

  /**
   * Returns the fee the customer pays for paying at a konbini.
   *
   * @return the fee, ¥0 in every preset
   */
  public Yen customerFee() {
    return customerFee;
  }

  /**
   * Returns whether ATM, net banking and e-money payment are available exactly when konbini payment
   * is. Amazon Japan offers the four as one checkout option, "コンビニ・ATM・ネットバンキング・電子マネー払い",
   * so the conditions the guide states for konbini are taken to hold for the whole option (default
   * true in every preset). The guide itself speaks of konbini only; set false to judge those three
   * by the seller's accepted payments alone.
   *
   * @return true if the pay-at-store group shares konbini's conditions
   */
  public boolean payAtStoreGroupFollowsKonbini() {
    return payAtStoreGroupFollowsKonbini;
  }

  /**
   * Returns whether {@code total} lies in the policy's amount range.
   *
   * @param total the order total, tax included, not null
   * @return true if {@code minimum <= total <= maximum}
   */
  public boolean accepts(Yen total) {
    requireNonNull(total, "total");
    return !total.isLessThan(minimum) && !total.isGreaterThan(maximum);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof KonbiniPolicy)) {
      return false;
    }
    KonbiniPolicy that = (KonbiniPolicy) other;
    return name.equals(that.name) && stores.equals(that.stores) && minimum.equals(that.minimum)
        && maximum.equals(that.maximum) && excludesExpress == that.excludesExpress
        && excludesScheduled == that.excludesScheduled && excludedItemKinds.equals(that.excludedItemKinds)
        && excludesPreOrders == that.excludesPreOrders && sellersNotAccepting.equals(that.sellersNotAccepting)
        && excludesPayPayOnly == that.excludesPayPayOnly && customerFee.equals(that.customerFee)
        && payAtStoreGroupFollowsKonbini == that.payAtStoreGroupFollowsKonbini
        && lifecycle.equals(that.lifecycle);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, stores, minimum, maximum, excludesExpress, excludesScheduled, excludedItemKinds,
        excludesPreOrders, sellersNotAccepting, excludesPayPayOnly, customerFee, payAtStoreGroupFollowsKonbini,
        lifecycle);
  }

  /**
   * Returns the name, the amount range and the exclusions, such as
   * {@code KonbiniPolicy[amazon-jp ¥1..¥300,000, 5 stores, excludes express, scheduled, ...]}.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("KonbiniPolicy[").append(name).append(' ').append(minimum)
        .append("..").append(maximum).append(", ").append(stores.size()).append(stores.size() == 1 ? " store" : " stores");
    StringBuilder excluded = new StringBuilder();
    if (excludesExpress) {
      excluded.append(", express");
    }
    if (excludesScheduled) {
      excluded.append(", scheduled");
    }
    for (ItemKind kind : excludedItemKinds) {
      excluded.append(", ").append(kind);
    }
    if (excludesPreOrders) {
      excluded.append(", pre-orders");
    }
    if (!sellersNotAccepting.isEmpty()) {
      excluded.append(", ").append(sellersNotAccepting.size()).append(" sellers");
    }
    if (excludesPayPayOnly) {
      excluded.append(", PayPay only");
    }
    if (excluded.length() > 0) {
      out.append(", excludes").append(excluded, 1, excluded.length());
    }
    if (!customerFee.isZero()) {
      out.append(", fee ").append(customerFee);
    }
    return out.append(']').toString();
  }

  /** The builder's mutable values; kept apart so the public builder has only final fields. */
  private static final class State {
    String name = "custom";
    Set<KonbiniStore> stores = EnumSet.allOf(KonbiniStore.class);
    Yen minimum = Yen.of(1);
    Yen maximum = Yen.of(300_000);
    boolean excludesExpress;
    boolean excludesScheduled;
    Set<ItemKind> excludedItemKinds = EnumSet.noneOf(ItemKind.class);
    boolean excludesPreOrders;
    Set<String> sellersNotAccepting = ImmutableSet.of();
    boolean excludesPayPayOnly;
    Yen customerFee = Yen.ZERO;
    boolean payAtStoreGroupFollowsKonbini = true;
    LifecyclePolicy lifecycle = LifecyclePolicy.amazonJapan();
  }

  /**
   * Builds a {@link KonbiniPolicy}; every setter validates on {@link #build()}.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final State s = new State();

    private Builder() {}

    /**
     * Sets the name, 1–40 characters of {@code a-z0-9-}.
     *
     * @param newName the name, not null
     * @return this builder
     */
    public Builder name(String newName) {
      s.name = requireNonNull(newName, "name");
      return this;
    }

    /**
     * Sets the stores, at least one.
     *
     * @param newStores the stores, not null
     * @return this builder
     */
    public Builder stores(Collection<KonbiniStore> newStores) {
      requireNonNull(newStores, "stores");
      s.stores = newStores.isEmpty() ? EnumSet.noneOf(KonbiniStore.class) : EnumSet.copyOf(newStores);
      return this;
    }

    /**
     * Sets the smallest payable total, tax included.
     *
     * @param newMinimum the minimum, not negative
     * @return this builder
     */
    public Builder minimum(Yen newMinimum) {
      s.minimum = requireNonNull(newMinimum, "minimum");
      return this;
    }

    /**
     * Sets the largest payable total, tax included.
     *
     * @param newMaximum the maximum, not below the minimum
     * @return this builder
     */
    public Builder maximum(Yen newMaximum) {
      s.maximum = requireNonNull(newMaximum, "maximum");
      return this;
    }

    /**
     * Sets whether express shipping rules the payment out.
     *
     * @param value true to exclude express orders
     * @return this builder
     */
    public Builder excludesExpress(boolean value) {
      s.excludesExpress = value;
      return this;
    }

    /**
     * Sets whether scheduled delivery rules the payment out.
     *
     * @param value true to exclude scheduled orders
     * @return this builder
     */
    public Builder excludesScheduled(boolean value) {
      s.excludesScheduled = value;
      return this;
    }

    /**
     * Sets the item kinds that can never be paid at a konbini, replacing the ones set before.
     *
     * @param kinds the kinds, not null, without {@link ItemKind#PHYSICAL}
     * @return this builder
     */
    public Builder excludedItemKinds(Collection<ItemKind> kinds) {
      requireNonNull(kinds, "kinds");
      s.excludedItemKinds = kinds.isEmpty() ? EnumSet.noneOf(ItemKind.class) : EnumSet.copyOf(kinds);
      return this;
    }

    /**
     * Adds item kinds that can never be paid at a konbini.
     *
     * @param kinds the kinds to add
     * @return this builder
     */
    public Builder excludeItemKinds(ItemKind... kinds) {
      EnumSet<ItemKind> more = s.excludedItemKinds.isEmpty() ? EnumSet.noneOf(ItemKind.class) : EnumSet.copyOf(s.excludedItemKinds);
      for (ItemKind kind : kinds) {
        more.add(requireNonNull(kind, "kind"));
      }
      s.excludedItemKinds = more;
      return this;
    }

    /**
     * Sets whether pre-orders rule the payment out.
     *
     * @param value true to exclude orders with a pre-order line
     * @return this builder
     */
    public Builder excludesPreOrders(boolean value) {
      s.excludesPreOrders = value;
      return this;
    }

    /**
     * Sets the marketplace seller ids refused by the policy.
     *
     * @param ids the ids, not null, no null element
     * @return this builder
     */
    public Builder sellersNotAccepting(Collection<String> ids) {
      s.sellersNotAccepting = ImmutableSet.copyOf(requireNonNull(ids, "ids"));
      return this;
    }

    /**
     * Sets whether "PayPay balance as the only method" rules the payment out.
     *
     * @param value true to exclude it
     * @return this builder
     */
    public Builder excludesPayPayOnly(boolean value) {
      s.excludesPayPayOnly = value;
      return this;
    }

    /**
     * Sets the fee the customer pays.
     *
     * @param fee the fee, not negative
     * @return this builder
     */
    public Builder customerFee(Yen fee) {
      s.customerFee = requireNonNull(fee, "fee");
      return this;
    }

    /**
     * Sets whether ATM, net banking and e-money share konbini's conditions.
     *
     * @param value true if they do
     * @return this builder
     */
    public Builder payAtStoreGroupFollowsKonbini(boolean value) {
      s.payAtStoreGroupFollowsKonbini = value;
      return this;
    }

    /**
     * Sets what happens after the order: deadline, reflection, refunds and account standing.
     *
     * @param newLifecycle the lifecycle policy, not null
     * @return this builder
     */
    public Builder lifecycle(LifecyclePolicy newLifecycle) {
      s.lifecycle = requireNonNull(newLifecycle, "lifecycle");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy, never null
     * @throws IllegalArgumentException if a parameter is invalid; the message names it
     */
    public KonbiniPolicy build() {
      return new KonbiniPolicy(s);
    }
  }
}
