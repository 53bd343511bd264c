package io.github.kotowari.konbini.split;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import io.github.kotowari.core.money.Yen;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The answer of a {@link SplitPlanner}: konbini orders each within the cap, and the units to pay
 * another way with their reasons.
 *
 * <pre>{@code
 * SplitPlan plan = SplitPlanner.of(KonbiniPolicy.amazonJapan()).plan(order);
 * plan.orders().size();          // the number of konbini orders
 * plan.payAnotherWay();          // units no konbini order can take, with the reason
 * plan.isProvenOptimal();        // true when no split with fewer orders exists
 * plan.display(Locale.ENGLISH);  // "2 orders: ¥290,000 + ¥110,001"
 * }</pre>
 *
 * <p>{@link #total()} — the konbini orders plus the units set aside — equals the original order's
 * total exactly. Equal when the cap, orders, set-aside units, algorithm and bound are equal.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SplitPlan implements Displayable {

  /** How many orders {@link #display(Locale)} lists before summarising the rest. */
  static final int DISPLAYED_ORDERS = 10;

  /**
   * How the orders were packed.
   *
   * @since 0.1.0
   */
  public enum Algorithm {
    /** Branch and bound over every unit: the number of orders is the fewest possible. */
    EXACT,
    /**
     * First-fit decreasing: never more than 11/9 × the fewest possible + 6/9 orders (Dósa's tight
     * bound, 2007).
     */
    FIRST_FIT_DECREASING
  }

  private final Yen cap;
  private final ImmutableList<PlannedOrder> orders;
  private final ImmutableList<SetAside> payAnotherWay;
  private final Algorithm algorithm;
  private final long lowerBound;
  private final Yen total;

  private SplitPlan(Yen cap, ImmutableList<PlannedOrder> orders, ImmutableList<SetAside> payAnotherWay,
      Algorithm algorithm, long lowerBound, Yen total) {
    this.cap = cap;
    this.orders = orders;
    this.payAnotherWay = payAnotherWay;
    this.algorithm = algorithm;
    this.lowerBound = lowerBound;
    this.total = total;
  }

  /**
   * Returns a plan; the planner builds them, this factory lets callers rebuild one.
   *
   * @param cap the most one order may total, not negative
   * @param orders the konbini orders, each totalling at most {@code cap}
   * @param payAnotherWay the units set aside
   * @param algorithm how the orders were packed
   * @param lowerBound a proven lower bound on the number of konbini orders needed, not above
   *     {@code orders.size()}
   * @return the plan
   * @throws IllegalArgumentException if an order is over the cap or the bound is inconsistent
   * @throws ArithmeticException if the total exceeds the yen range
   */
  public static SplitPlan of(Yen cap, List<PlannedOrder> orders, List<SetAside> payAnotherWay, Algorithm algorithm,
      long lowerBound) {
    requireNonNull(cap, "cap").requireNonNegative("cap");
    requireNonNull(algorithm, "algorithm");
    ImmutableList<PlannedOrder> ordersCopy = ImmutableList.copyOf(requireNonNull(orders, "orders"));
    ImmutableList<SetAside> asideCopy = ImmutableList.copyOf(requireNonNull(payAnotherWay, "payAnotherWay"));
    checkArgument(lowerBound >= 0 && lowerBound <= ordersCopy.size(),
        "lowerBound must be between 0 and the number of orders (%s), was %s", ordersCopy.size(), lowerBound);
    long sum = 0;
    for (int i = 0; i < ordersCopy.size(); i++) {
      Yen t = ordersCopy.get(i).total();
      checkArgument(!t.isGreaterThan(cap), "orders[%s] totals %s, over the cap of %s", i, t, cap);
      sum = Math.addExact(sum, t.amount());
    }
    for (SetAside s : asideCopy) {
      sum = Math.addExact(sum, s.subtotal().amount());
    }
    return new SplitPlan(cap, ordersCopy, asideCopy, algorithm, lowerBound, Yen.of(sum));
  }

  /**
   * Returns the most one konbini order may total: the policy's maximum.
   *
   * @return the cap
   */
  public Yen cap() {
    return cap;
  }

  /**
   * Returns the konbini orders, each within the cap (and at or above the policy's minimum).
   *
   * @return the orders, possibly empty when nothing can be paid at a konbini
   */
  public ImmutableList<PlannedOrder> orders() {
    return orders;
  }

  /**
   * Returns the units no konbini order can take, with the reason, in the original line order.
   *
   * @return the units set aside, possibly empty
   */
  public ImmutableList<SetAside> payAnotherWay() {
    return payAnotherWay;
  }

  /**
   * Returns how the orders were packed.
   *
   * @return the algorithm
   */
  public Algorithm algorithm() {
    return algorithm;
  }

  /**
   * Returns a proven lower bound on the number of konbini orders: no split of the same units uses
   * fewer. For first-fit decreasing it is the larger of {@code ceil(payable total / cap)} and the
   * number of units above half the cap (no two of them fit in one order); for
   * {@link Algorithm#EXACT} it is the optimum itself.
   *
   * @return the bound
   */
  public long lowerBound() {
    return lowerBound;
  }

  /**
   * Returns whether no split of the same units uses fewer konbini orders: always for
   * {@link Algorithm#EXACT}, and for first-fit decreasing when it meets the lower bound.
   *
   * @return true when the number of orders is proven to be the fewest
   */
  public boolean isProvenOptimal() {
    return orders.size() == lowerBound;
  }

  /**
   * Returns the sum of the konbini orders and the units set aside: the original order's total.
   *
   * @return the total
   */
  public Yen total() {
    return total;
  }

  /**
   * Returns the sum of the konbini orders only.
   *
   * @return the amount payable at a konbini
   */
  public Yen konbiniTotal() {
    long sum = 0;
    for (PlannedOrder order : orders) {
      sum += order.total().amount(); // bounded by total, which was computed exactly
    }
    return Yen.of(sum);
  }

  /**
   * Returns the plan for a person: the number of orders and their totals (the first
   * {@value #DISPLAYED_ORDERS}, then how many more), and the amount to pay another way. For
   * example {@code 2 orders: ¥290,000 + ¥110,001} or {@code 2件: 290,000円 + 110,001円}. Its length
   * does not grow with the plan.
   *
   * @param locale the reader's locale, not null
   * @return the description
   */
  @Override
  public String display(Locale locale) {
    boolean ja = Language.of(requireNonNull(locale, "locale")) == Language.JAPANESE;
    StringBuilder out = new StringBuilder();
    out.append(orders.size()).append(ja ? "件: " : orders.size() == 1 ? " order: " : " orders: ");
    int shown = Math.min(orders.size(), DISPLAYED_ORDERS);
    for (int i = 0; i < shown; i++) {
      out.append(i == 0 ? "" : " + ").append(orders.get(i).total().display(locale));
    }
    if (orders.size() > shown) {
      out.append(ja ? " ほか" + (orders.size() - shown) + "件" : " and " + (orders.size() - shown) + " more");
    }
    if (orders.isEmpty()) {
      out.setLength(0);
      out.append(ja ? "コンビニで支払える注文はありません" : "no order can be paid at a konbini");
    }
    if (!payAnotherWay.isEmpty()) {
      long other = total.amount() - konbiniTotal().amount();
      out.append(ja ? "、別の方法で支払う分: " : "; another way: ").append(Yen.of(other).display(locale));
    }
    return out.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof SplitPlan)) {
      return false;
    }
    SplitPlan that = (SplitPlan) other;
    return cap.equals(that.cap) && orders.equals(that.orders) && payAnotherWay.equals(that.payAnotherWay)
        && algorithm == that.algorithm && lowerBound == that.lowerBound;
  }

  @Override
  public int hashCode() {
    return Objects.hash(cap, orders, payAnotherWay, algorithm, lowerBound);
  }

  /**
   * Returns a summary whose length does not grow with the plan, such as
   * {@code SplitPlan[2 orders ≤ ¥300,000, 0 set aside, EXACT, optimal]}.
   */
  @Override
  public String toString() {
    return "SplitPlan[" + orders.size() + (orders.size() == 1 ? " order" : " orders") + " ≤ " + cap + ", "
        + payAnotherWay.size() + " set aside, " + algorithm + (isProvenOptimal() ? ", optimal]" : "]");
  }
}
