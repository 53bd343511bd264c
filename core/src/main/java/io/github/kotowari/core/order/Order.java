package io.github.kotowari.core.order;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.kotowari.core.money.Yen;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An order as checkout rules see it: its line items, its seller and its shipping option, with the
 * totals computed once.
 *
 * <pre>{@code
 * Order order = Order.of(Seller.amazon(), ShippingOption.STANDARD, List.of(
 *     LineItem.of("B0BOOK0001", 2, Yen.ofPrice(1_980), ItemKind.PHYSICAL),
 *     LineItem.of("B0CABLE001", 1, Yen.ofPrice(980), ItemKind.PHYSICAL)));
 * order.total();                                   // ¥4,940
 * order.withShipping(ShippingOption.EXPRESS);      // same lines, お急ぎ便
 * }</pre>
 *
 * <p><b>Validation.</b> An order has at least one line, and its line ids are unique. The factories
 * throw {@link IllegalArgumentException} with a message naming the field
 * ({@code order.lines must not be empty}, {@code order.lines[3].lineId 'X' duplicates
 * order.lines[0]}) and {@link NullPointerException} naming the null field. Lines validate
 * themselves (see {@link LineItem}).
 *
 * <p><b>Cost.</b> Construction is linear in the number of lines: one pass copies the lines, checks
 * duplicate ids with a hash map, and computes the total, the total quantity, the set of item kinds,
 * the pre-order flag and the hash code. Every query afterwards is a field read, so rules evaluated
 * on an order with a million lines do not rescan it. {@link #withShipping(ShippingOption)} and
 * {@link #withSeller(Seller)} reuse all of that.
 *
 * <p><b>Not modelled.</b> Order numbers (such as {@code 250-1234567-1234567}) identify a person's
 * order and are sensitive; they are not part of this type, which describes only what rules decide
 * on. Keep them next to the order in your own code.
 *
 * <p>Two orders are equal when their lines (in order), sellers and shipping options are equal. This
 * class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Order {
  private final ImmutableList<LineItem> lines;
  private final Seller seller;
  private final ShippingOption shipping;
  private final Summary summary;

  /** What is computed from the lines once, shared by the withers. */
  private static final class Summary {
    final Yen total;
    final long totalQuantity;
    final ImmutableSet<ItemKind> kinds;
    final boolean preOrder;
    final int linesHash;

    Summary(Yen total, long totalQuantity, ImmutableSet<ItemKind> kinds, boolean preOrder, int linesHash) {
      this.total = total;
      this.totalQuantity = totalQuantity;
      this.kinds = kinds;
      this.preOrder = preOrder;
      this.linesHash = linesHash;
    }
  }

  private Order(ImmutableList<LineItem> lines, Seller seller, ShippingOption shipping, Summary summary) {
    this.lines = lines;
    this.seller = seller;
    this.shipping = shipping;
    this.summary = summary;
  }

  /**
   * Returns an order of {@code lines}, in the given order.
   *
   * @param seller who sells the order, not null
   * @param shipping the chosen shipping option, not null
   * @param lines the line items, at least one, with distinct line ids, no null element
   * @return the order
   * @throws IllegalArgumentException if there is no line, two lines share an id, or the total
   *     exceeds the yen range; the message names the field
   */
  public static Order of(Seller seller, ShippingOption shipping, List<LineItem> lines) {
    requireNonNull(seller, "order.seller");
    requireNonNull(shipping, "order.shipping");
    requireNonNull(lines, "order.lines");
    ImmutableList<LineItem> copy = copyLines(lines);
    return new Order(copy, seller, shipping, summarize(copy));
  }

  /**
   * Returns an order of the given lines, as {@link #of(Seller, ShippingOption, List)}.
   *
   * @param seller who sells the order, not null
   * @param shipping the chosen shipping option, not null
   * @param first the first line, not null
   * @param more further lines, in order
   * @return the order
   * @throws IllegalArgumentException if two lines share an id or the total exceeds the yen range
   */
  public static Order of(Seller seller, ShippingOption shipping, LineItem first, LineItem... more) {
    requireNonNull(first, "order.lines[0]");
    return of(seller, shipping, ImmutableList.<LineItem>builderWithExpectedSize(1 + more.length)
        .add(first).addAll(checkNoNulls(more)).build());
  }

  private static List<LineItem> checkNoNulls(LineItem[] more) {
    for (int i = 0; i < more.length; i++) {
      requireNonNull(more[i], "order.lines[" + (i + 1) + "]");
    }
    return java.util.Arrays.asList(more);
  }

  private static ImmutableList<LineItem> copyLines(List<LineItem> lines) {
    checkArgument(!lines.isEmpty(), "order.lines must not be empty: an order has at least one line item");
    ImmutableList.Builder<LineItem> copy = ImmutableList.builderWithExpectedSize(lines.size());
    HashMap<String, Integer> firstIndex = new HashMap<>(Math.max(16, lines.size() * 4 / 3 + 1));
    int i = 0;
    for (LineItem line : lines) {
      requireNonNull(line, () -> "order.lines[" + firstIndex.size() + "]");
      Integer previous = firstIndex.putIfAbsent(line.lineId(), i);
      if (previous != null) {
        throw new IllegalArgumentException("order.lines[" + i + "].lineId '" + line.lineId()
            + "' duplicates order.lines[" + previous + "]: line ids must be unique within an order");
      }
      copy.add(line);
      i++;
    }
    return copy.build();
  }

  private static Summary summarize(ImmutableList<LineItem> lines) {
    long total = 0;
    long quantity = 0;
    EnumSet<ItemKind> kinds = EnumSet.noneOf(ItemKind.class);
    boolean preOrder = false;
    int hash = 1;
    for (int i = 0; i < lines.size(); i++) {
      LineItem line = lines.get(i);
      try {
        total = Math.addExact(total, line.subtotal().amount());
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("order total exceeds the yen range at order.lines[" + i + "]", e);
      }
      quantity += line.quantity(); // at most 2^31 lines of at most 2^31 - 1: cannot overflow a long
      kinds.add(line.kind());
      preOrder |= line.isPreOrder();
      hash = 31 * hash + line.hashCode();
    }
    return new Summary(Yen.of(total), quantity, Sets.immutableEnumSet(kinds), preOrder, hash);
  }

  /**
   * Returns the same order with another shipping option.
   *
   * @param newShipping the shipping option, not null
   * @return the order; this order if the option is the same
   */
  public Order withShipping(ShippingOption newShipping) {
    requireNonNull(newShipping, "order.shipping");
    return newShipping == shipping ? this : new Order(lines, seller, newShipping, summary);
  }

  /**
   * Returns the same order from another seller.
   *
   * @param newSeller the seller, not null
   * @return the order
   */
  public Order withSeller(Seller newSeller) {
    requireNonNull(newSeller, "order.seller");
    return new Order(lines, newSeller, shipping, summary);
  }

  /**
   * Returns the line items, in order.
   *
   * @return the lines, at least one
   */
  public ImmutableList<LineItem> lines() {
    return lines;
  }

  /**
   * Returns who sells the order.
   *
   * @return the seller
   */
  public Seller seller() {
    return seller;
  }

  /**
   * Returns the chosen shipping option.
   *
   * @return the shipping option
   */
  public ShippingOption shipping() {
    return shipping;
  }

  /**
   * Returns the sum of the lines' subtotals, including tax; computed when the order was created.
   *
   * @return the total, never negative
   */
  public Yen total() {
    return summary.total;
  }

  /**
   * Returns the number of units over all lines.
   *
   * @return the sum of the quantities, at least 1
   */
  public long totalQuantity() {
    return summary.totalQuantity;
  }

  /**
   * Returns the kinds of item in the order.
   *
   * @return the kinds, at least one, in {@link ItemKind} order
   */
  public ImmutableSet<ItemKind> itemKinds() {
    return summary.kinds;
  }

  /**
   * Returns whether some line is of {@code kind}.
   *
   * @param kind the kind, not null
   * @return true if at least one line has that kind
   */
  public boolean contains(ItemKind kind) {
    return summary.kinds.contains(requireNonNull(kind, "kind"));
  }

  /**
   * Returns whether some line is a pre-order (予約商品).
   *
   * @return true if at least one line is a pre-order
   */
  public boolean hasPreOrder() {
    return summary.preOrder;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Order)) {
      return false;
    }
    Order that = (Order) other;
    return summary.linesHash == that.summary.linesHash && seller.equals(that.seller)
        && shipping == that.shipping && lines.equals(that.lines);
  }

  @Override
  public int hashCode() {
    return (summary.linesHash * 31 + seller.hashCode()) * 31 + shipping.hashCode();
  }

  /**
   * Returns a summary whose length does not grow with the order, such as
   * {@code Order[2 lines, 3 units, total ¥4,940, Amazon.co.jp, STANDARD]}.
   */
  @Override
  public String toString() {
    return "Order[" + lines.size() + (lines.size() == 1 ? " line, " : " lines, ") + summary.totalQuantity
        + (summary.totalQuantity == 1 ? " unit" : " units") + ", total " + summary.total + ", "
        + seller.display(java.util.Locale.ROOT) + ", " + shipping + "]";
  }
}
