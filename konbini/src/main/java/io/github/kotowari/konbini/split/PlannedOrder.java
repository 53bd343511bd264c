package io.github.kotowari.konbini.split;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.core.money.Yen;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One order of a {@link SplitPlan}: the units it takes from the original lines and its total.
 *
 * <pre>{@code
 * PlannedOrder first = plan.orders().get(0);
 * first.total();         // at most the cap
 * first.allocations();   // [Allocation[lineId=tv, quantity=1, unitPrice=¥280,000], ...]
 * }</pre>
 *
 * <p>Equal when the allocations are equal. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PlannedOrder {
  private final ImmutableList<Allocation> allocations;
  private final Yen total;

  private PlannedOrder(ImmutableList<Allocation> allocations, Yen total) {
    this.allocations = allocations;
    this.total = total;
  }

  /**
   * Returns an order of the given allocations.
   *
   * @param allocations the allocations, at least one
   * @return the planned order
   * @throws IllegalArgumentException if there is no allocation
   * @throws ArithmeticException if the total exceeds the yen range
   */
  public static PlannedOrder of(List<Allocation> allocations) {
    ImmutableList<Allocation> copy = ImmutableList.copyOf(requireNonNull(allocations, "allocations"));
    checkArgument(!copy.isEmpty(), "a planned order has at least one allocation");
    long total = 0;
    for (Allocation a : copy) {
      total = Math.addExact(total, a.subtotal().amount());
    }
    return new PlannedOrder(copy, Yen.of(total));
  }

  /**
   * Returns the allocations, in the order the planner placed them.
   *
   * @return the allocations, at least one
   */
  public ImmutableList<Allocation> allocations() {
    return allocations;
  }

  /**
   * Returns the order's total, tax included.
   *
   * @return the sum of the allocations' subtotals
   */
  public Yen total() {
    return total;
  }

  /**
   * Returns the number of units in the order.
   *
   * @return the sum of the allocations' quantities
   */
  public long units() {
    long units = 0;
    for (Allocation a : allocations) {
      units += a.quantity();
    }
    return units;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PlannedOrder && ((PlannedOrder) other).allocations.equals(allocations);
  }

  @Override
  public int hashCode() {
    return allocations.hashCode();
  }

  /** Returns the total and the number of allocations, such as {@code PlannedOrder[¥300,000, 2 lines]}. */
  @Override
  public String toString() {
    return "PlannedOrder[" + total + ", " + allocations.size() + (allocations.size() == 1 ? " line]" : " lines]");
  }
}
