package io.github.kotowari.konbini.split;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.kotowari.core.money.Yen;

/**
 * Some units of one line of the original order, placed in one order of a {@link SplitPlan}.
 *
 * <pre>{@code
 * Allocation a = new Allocation("B0TV000001", 1, Yen.of(280_000));
 * a.subtotal();   // ¥280,000
 * }</pre>
 *
 * @param lineId the id of the original line, not null
 * @param quantity how many of its units, at least 1
 * @param unitPrice the line's unit price, tax included, not negative
 * @since 0.1.0
 */
public record Allocation(String lineId, int quantity, Yen unitPrice) {

  /**
   * Validates the fields.
   *
   * @param lineId the id of the original line
   * @param quantity how many units, at least 1
   * @param unitPrice the unit price, not negative
   * @throws IllegalArgumentException if the quantity is below 1 or the price negative
   */
  public Allocation {
    requireNonNull(lineId, "allocation.lineId");
    requireNonNull(unitPrice, "allocation.unitPrice");
    checkArgument(quantity >= 1, "allocation.quantity must be at least 1, was %s", quantity);
    unitPrice.requireNonNegative("allocation.unitPrice");
  }

  /**
   * Returns unit price × quantity.
   *
   * @return the subtotal
   * @throws ArithmeticException if it exceeds the yen range
   */
  public Yen subtotal() {
    return unitPrice.times(quantity);
  }
}
