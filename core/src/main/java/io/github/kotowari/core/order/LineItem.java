package io.github.kotowari.core.order;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.github.kotowari.core.money.Yen;
import java.util.Arrays;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * One line of an {@link Order}: an item, how many, and its unit price including tax.
 *
 * <pre>{@code
 * LineItem book = LineItem.of("B0BOOK0001", 2, Yen.ofPrice(1_980), ItemKind.PHYSICAL);
 * book.subtotal();                                   // ¥3,960
 * LineItem game = LineItem.of("B0GAME0001", 1, Yen.ofPrice(7_980), ItemKind.PHYSICAL)
 *     .withPreOrder(true)
 *     .withCategories("games", "pre-order-bonus");
 * }</pre>
 *
 * <p>The line id identifies the line within its order (a SKU, an ASIN, a cart line number); it is
 * 1–{@value #MAX_ID_LENGTH} characters, not blank, without control or invisible characters or
 * unpaired surrogates, and it is not treated as sensitive. The quantity is at least 1 and the unit
 * price is zero or more (a free item costs ¥0). The subtotal, unit price × quantity, is computed
 * once, when the line is created, and a subtotal beyond the yen range is rejected then. Category
 * tags are free-form labels (at most {@value #MAX_CATEGORIES}, each like an id) that rules may match
 * on.
 *
 * <p>Every factory and wither validates and throws {@link IllegalArgumentException} with a message
 * naming the field ({@code lineItem.quantity must be at least 1, was 0}). Two lines are equal when
 * all their fields are equal; category order does not matter. This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class LineItem {
  /** The longest line id, in UTF-16 code units. */
  public static final int MAX_ID_LENGTH = 64;

  /** The most category tags on one line. */
  public static final int MAX_CATEGORIES = 32;

  private final String lineId;
  private final int quantity;
  private final Yen unitPrice;
  private final ItemKind kind;
  private final boolean preOrder;
  private final ImmutableSet<String> categories;
  private final Yen subtotal;
  /** Computed once: an order of 10⁶ lines hashes every line when it is built. */
  private final int hash;

  private LineItem(String lineId, int quantity, Yen unitPrice, ItemKind kind, boolean preOrder,
      ImmutableSet<String> categories) {
    requireNonNull(lineId, "lineItem.lineId");
    requireNonNull(unitPrice, "lineItem.unitPrice");
    requireNonNull(kind, "lineItem.kind");
    this.lineId = Texts.check(lineId, "lineItem.lineId", MAX_ID_LENGTH);
    checkArgument(quantity >= 1, "lineItem.quantity must be at least 1, was %s", quantity);
    this.quantity = quantity;
    this.unitPrice = unitPrice.requireNonNegative("lineItem.unitPrice");
    this.kind = kind;
    this.preOrder = preOrder;
    this.categories = categories;
    try {
      this.subtotal = unitPrice.times(quantity);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("lineItem.unitPrice × lineItem.quantity exceeds the yen range ("
          + unitPrice + " × " + quantity + ")", e);
    }
    int h = lineId.hashCode();
    h = 31 * h + quantity;
    h = 31 * h + unitPrice.hashCode();
    h = 31 * h + kind.hashCode();
    h = 31 * h + (preOrder ? 1 : 0);
    this.hash = 31 * h + categories.hashCode();
  }

  /**
   * Returns a line that is not a pre-order and has no categories.
   *
   * @param lineId the line's id within its order, 1–{@value #MAX_ID_LENGTH} characters
   * @param quantity how many, at least 1
   * @param unitPrice the price of one unit including tax, not negative
   * @param kind what the item is
   * @return the line
   * @throws IllegalArgumentException if a field is invalid or the subtotal exceeds the yen range;
   *     the message names the field
   */
  public static LineItem of(String lineId, int quantity, Yen unitPrice, ItemKind kind) {
    return new LineItem(lineId, quantity, unitPrice, kind, false, ImmutableSet.of());
  }

  /**
   * Returns a copy of this line with another quantity.
   *
   * @param newQuantity how many, at least 1
   * @return the line
   * @throws IllegalArgumentException if the quantity is below 1 or the subtotal exceeds the yen range
   */
  public LineItem withQuantity(int newQuantity) {
    return new LineItem(lineId, newQuantity, unitPrice, kind, preOrder, categories);
  }

  /**
   * Returns a copy of this line marked as a pre-order (予約商品) or not.
   *
   * @param newPreOrder whether the item is not released yet and is reserved
   * @return the line
   */
  public LineItem withPreOrder(boolean newPreOrder) {
    return newPreOrder == preOrder ? this : new LineItem(lineId, quantity, unitPrice, kind, newPreOrder, categories);
  }

  /**
   * Returns a copy of this line with these category tags instead of its own.
   *
   * @param newCategories the tags, each 1–{@value #MAX_ID_LENGTH} characters without control or
   *     invisible characters; at most {@value #MAX_CATEGORIES}; duplicates are merged
   * @return the line
   * @throws IllegalArgumentException if a tag is invalid or there are too many
   */
  public LineItem withCategories(Collection<String> newCategories) {
    return new LineItem(lineId, quantity, unitPrice, kind, preOrder, checkCategories(newCategories));
  }

  /**
   * Returns a copy of this line with these category tags, as {@link #withCategories(Collection)}.
   *
   * @param newCategories the tags
   * @return the line
   * @throws IllegalArgumentException if a tag is invalid or there are too many
   */
  public LineItem withCategories(String... newCategories) {
    return withCategories(Arrays.asList(newCategories));
  }

  private static ImmutableSet<String> checkCategories(Collection<String> categories) {
    requireNonNull(categories, "lineItem.categories");
    checkArgument(categories.size() <= MAX_CATEGORIES, "lineItem.categories must have at most %s tags, had %s",
        MAX_CATEGORIES, categories.size());
    ImmutableSet.Builder<String> copy = ImmutableSet.builderWithExpectedSize(categories.size());
    for (String category : categories) {
      copy.add(Texts.check(category, "lineItem.categories", MAX_ID_LENGTH));
    }
    return copy.build();
  }

  /**
   * Returns the line's id within its order.
   *
   * @return the id
   */
  public String lineId() {
    return lineId;
  }

  /**
   * Returns how many units the line holds.
   *
   * @return the quantity, at least 1
   */
  public int quantity() {
    return quantity;
  }

  /**
   * Returns the price of one unit, including tax.
   *
   * @return the unit price, never negative
   */
  public Yen unitPrice() {
    return unitPrice;
  }

  /**
   * Returns what the item is.
   *
   * @return the kind
   */
  public ItemKind kind() {
    return kind;
  }

  /**
   * Returns whether the item is a pre-order (予約商品): not yet released, shipped on release.
   *
   * @return true for a pre-order
   */
  public boolean isPreOrder() {
    return preOrder;
  }

  /**
   * Returns the category tags, in the order first given.
   *
   * @return the tags, possibly empty
   */
  public ImmutableSet<String> categories() {
    return categories;
  }

  /**
   * Returns whether the line has the category tag {@code category}.
   *
   * @param category the tag, not null
   * @return true if the line has it
   */
  public boolean hasCategory(String category) {
    return categories.contains(requireNonNull(category, "category"));
  }

  /**
   * Returns unit price × quantity, computed when the line was created.
   *
   * @return the subtotal, never negative
   */
  public Yen subtotal() {
    return subtotal;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof LineItem)) {
      return false;
    }
    LineItem that = (LineItem) other;
    return hash == that.hash && lineId.equals(that.lineId) && quantity == that.quantity
        && unitPrice.equals(that.unitPrice) && kind == that.kind && preOrder == that.preOrder && categories.equals(that.categories);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * Returns a short description, such as
   * {@code LineItem[B0BOOK0001 2 × ¥1,980 PHYSICAL]} or, with the optional parts,
   * {@code LineItem[B0GAME0001 1 × ¥7,980 PHYSICAL pre-order [games]]}.
   */
  @Override
  public String toString() {
    return "LineItem[" + lineId + " " + quantity + " × " + unitPrice + " " + kind
        + (preOrder ? " pre-order" : "") + (categories.isEmpty() ? "" : " " + categories) + "]";
  }
}
