package io.github.kotowari.konbini.split;

/**
 * Thrown by {@link SplitPlanner#plan} when splitting an order would take more konbini orders than
 * the planner's limit ({@link SplitPlanner#maxOrders()}): such a plan helps nobody, and building it
 * would cost memory in proportion. The message gives the numbers, never an identifier.
 *
 * @since 0.1.0
 */
public final class SplitTooLargeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** How many orders were found to be needed at least. */
  private final long ordersNeeded;
  /** The planner's limit. */
  private final int maxOrders;

  SplitTooLargeException(long ordersNeeded, int maxOrders) {
    super("splitting this order needs at least " + ordersNeeded + " konbini orders, more than the planner's limit of "
        + maxOrders + "; pay it another way or raise SplitPlanner.withMaxOrders");
    this.ordersNeeded = ordersNeeded;
    this.maxOrders = maxOrders;
  }

  /**
   * Returns how many orders were found to be needed at least.
   *
   * @return the number of orders
   */
  public long ordersNeeded() {
    return ordersNeeded;
  }

  /**
   * Returns the planner's limit.
   *
   * @return the limit
   */
  public int maxOrders() {
    return maxOrders;
  }
}
