package io.github.kotowari.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.payment.PaymentMethod.Kind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class OrderTest {

  static final LineItem BOOK = LineItem.of("B0BOOK0001", 2, Yen.ofPrice(1_980), ItemKind.PHYSICAL);
  static final LineItem CABLE = LineItem.of("B0CABLE001", 1, Yen.ofPrice(980), ItemKind.PHYSICAL);
  static final LineItem EBOOK = LineItem.of("B0EBOOK001", 1, Yen.ofPrice(1_320), ItemKind.DIGITAL_CONTENT);
  static final Seller SHOP = Seller.marketplace("A1B2C3D4E5", "Kotowari Books", EnumSet.of(Kind.CREDIT_CARD));

  /** Line ids that are not ids (unpaired surrogates too): each is rejected naming lineItem.lineId. */
  static final ImmutableList<String> BAD_IDS = ImmutableList.of(
      "", " ", "\u3000", "\t", " B0", "B0 ", "B0\u200B1", "\u200B", "B0\u0000", "B0\n1", "\uFEFFB0", "B0\u2028",
      "B0\uD800", "\uDC00B0", "B0\uDC00\uD800",
      Strings.repeat("x", LineItem.MAX_ID_LENGTH + 1), Strings.repeat("x", 1 << 20));

  /** Ids people copy that are fine: full-width, every dash, Japanese (one outside the BMP). */
  static final ImmutableList<String> GOOD_IDS = ImmutableList.of(
      "1", "B0BOOK0001", "ＢＯＯＫ－１２３", "line-1", "line\u20101", "line\u20141", "line\u22121", "line\uFF0D1",
      "行１", "a b", "\uD842\uDFB7田", Strings.repeat("x", LineItem.MAX_ID_LENGTH));

  static void assertRejected(String field, Executable executable) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, executable);
    assertTrue(e.getMessage().startsWith(field) || e.getMessage().contains(field), e.getMessage());
  }

  @Test
  void totalsAreTheSumOfTheLines() {
    Order order = Order.of(Seller.amazon(), ShippingOption.STANDARD, BOOK, CABLE);
    // 2 × 1,980 + 980, computed by hand
    assertEquals(Yen.of(4_940), order.total());
    assertEquals(Yen.of(3_960), BOOK.subtotal());
    assertEquals(3, order.totalQuantity());
    assertEquals(ImmutableSet.of(ItemKind.PHYSICAL), order.itemKinds());
    assertFalse(order.hasPreOrder());
    assertTrue(order.contains(ItemKind.PHYSICAL));
    assertFalse(order.contains(ItemKind.GIFT_CARD));
    assertEquals(ImmutableList.of(BOOK, CABLE), order.lines());
    assertEquals("Order[2 lines, 3 units, total ¥4,940, Amazon.co.jp, STANDARD]", order.toString());
  }

  @Test
  void kindsAndPreOrdersAreSeen() {
    Order order = Order.of(SHOP, ShippingOption.RELEASE_DATE, List.of(BOOK.withPreOrder(true), EBOOK));
    assertTrue(order.hasPreOrder());
    assertEquals(EnumSet.of(ItemKind.PHYSICAL, ItemKind.DIGITAL_CONTENT), order.itemKinds());
    assertSame(SHOP, order.seller());
    assertEquals(ShippingOption.RELEASE_DATE, order.shipping());
  }

  @Test
  void emptyOrdersAreRejected() {
    assertRejected("order.lines must not be empty",
        () -> Order.of(Seller.amazon(), ShippingOption.STANDARD, List.of()));
  }

  @Test
  void duplicateLineIdsAreRejectedNamingBothIndexes() {
    LineItem again = LineItem.of("B0BOOK0001", 1, Yen.ofPrice(5), ItemKind.PHYSICAL);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Order.of(Seller.amazon(), ShippingOption.STANDARD, BOOK, CABLE, again));
    assertEquals("order.lines[2].lineId 'B0BOOK0001' duplicates order.lines[0]: line ids must be unique within "
        + "an order", e.getMessage());
  }

  @Test
  void nullLinesAreNamed() {
    List<LineItem> withNull = new ArrayList<>();
    withNull.add(BOOK);
    withNull.add(null);
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> Order.of(Seller.amazon(), ShippingOption.STANDARD, withNull));
    assertEquals("order.lines[1]", e.getMessage());
    NullPointerException varargs = assertThrows(NullPointerException.class,
        () -> Order.of(Seller.amazon(), ShippingOption.STANDARD, BOOK, CABLE, null));
    assertEquals("order.lines[2]", varargs.getMessage());
  }

  /** Correctness at scale (speed is measured by OrderBenchmark in the benchmarks module, not here). */
  @Test
  void aLargeOrderIsSummedAndItsLastLineChecked() {
    int n = 200_000;
    List<LineItem> lines = new ArrayList<>(n + 1);
    long expected = 0;
    for (int i = 0; i < n; i++) {
      lines.add(LineItem.of("line-" + i, 1 + i % 3, Yen.ofPrice(i), ItemKind.PHYSICAL));
      expected += (long) i * (1 + i % 3);
    }
    assertEquals(Yen.of(expected), Order.of(Seller.amazon(), ShippingOption.STANDARD, lines).total());
    lines.add(LineItem.of("line-" + (n - 1), 1, Yen.ZERO, ItemKind.PHYSICAL));
    assertRejected("order.lines[" + n + "].lineId 'line-" + (n - 1) + "' duplicates order.lines[" + (n - 1) + "]",
        () -> Order.of(Seller.amazon(), ShippingOption.STANDARD, lines));
  }

  @Test
  void anOrderTotalBeyondTheYenRangeIsRejected() {
    LineItem huge = LineItem.of("a", 1, Yen.MAX_VALUE, ItemKind.PHYSICAL);
    LineItem one = LineItem.of("b", 1, Yen.ofPrice(1), ItemKind.PHYSICAL);
    assertRejected("order total exceeds the yen range at order.lines[1]",
        () -> Order.of(Seller.amazon(), ShippingOption.STANDARD, huge, one));
  }

  @Test
  void lineValidationNamesTheField() {
    assertRejected("lineItem.quantity must be at least 1, was 0",
        () -> LineItem.of("a", 0, Yen.ofPrice(1), ItemKind.PHYSICAL));
    assertRejected("lineItem.quantity must be at least 1, was -3",
        () -> LineItem.of("a", -3, Yen.ofPrice(1), ItemKind.PHYSICAL));
    assertRejected("lineItem.quantity", () -> BOOK.withQuantity(0));
    assertRejected("lineItem.unitPrice must not be negative",
        () -> LineItem.of("a", 1, Yen.of(-1), ItemKind.PHYSICAL));
    assertRejected("lineItem.unitPrice × lineItem.quantity exceeds the yen range",
        () -> LineItem.of("a", 2, Yen.MAX_VALUE, ItemKind.PHYSICAL));
    assertRejected("lineItem.unitPrice × lineItem.quantity exceeds the yen range",
        () -> LineItem.of("a", Integer.MAX_VALUE, Yen.ofPrice(Long.MAX_VALUE / 1000), ItemKind.PHYSICAL));
    assertRejected("lineItem.categories",
        () -> BOOK.withCategories(""));
    assertRejected("lineItem.categories must have at most 32 tags",
        () -> BOOK.withCategories(new ArrayList<>(java.util.Collections.nCopies(33, "x"))));
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> LineItem.of("a", 1, null, ItemKind.PHYSICAL));
    assertEquals("lineItem.unitPrice", e.getMessage());
  }

  @Test
  void hostileLineIds() {
    for (String id : BAD_IDS) {
      assertRejected("lineItem.lineId", () -> LineItem.of(id, 1, Yen.ZERO, ItemKind.PHYSICAL));
    }
    for (String id : GOOD_IDS) {
      assertEquals(id, LineItem.of(id, 1, Yen.ZERO, ItemKind.PHYSICAL).lineId());
    }
  }

  @Test
  void hostileSellers() {
    for (String id : BAD_IDS) {
      assertRejected("seller.id", () -> Seller.marketplace(id, "Shop", EnumSet.of(Kind.KONBINI)));
      // names may be longer than ids (200), so the 65-character id stands in for a 201-character name
      String name = id.length() == LineItem.MAX_ID_LENGTH + 1 ? Strings.repeat("x", 201) : id;
      assertRejected("seller.name", () -> Seller.marketplace("S1", name, EnumSet.of(Kind.KONBINI)));
    }
    assertRejected("seller.acceptedPayments must not be empty",
        () -> Seller.marketplace("S1", "Shop", EnumSet.noneOf(Kind.class)));
  }

  @Test
  void sellersAccept() {
    for (Kind kind : Kind.values()) {
      assertTrue(Seller.amazon().accepts(kind));
      assertEquals(kind == Kind.CREDIT_CARD, SHOP.accepts(kind));
    }
    assertTrue(Seller.amazon().isAmazon());
    assertFalse(SHOP.isAmazon());
    assertEquals("Kotowari Books", SHOP.display(Locale.JAPANESE));
    assertEquals("Amazon.co.jp", Seller.amazon().display(Locale.ENGLISH));
    List<Kind> mutable = new ArrayList<>(List.of(Kind.KONBINI));
    Seller.Marketplace copy = (Seller.Marketplace) Seller.marketplace("S1", "Shop", EnumSet.copyOf(mutable));
    mutable.add(Kind.PAYPAY);
    assertEquals(ImmutableSet.of(Kind.KONBINI), copy.acceptedPayments());
    assertThrows(UnsupportedOperationException.class, () -> copy.acceptedPayments().add(Kind.ATM));
  }

  @Test
  void withersKeepEverythingElse() {
    Order order = Order.of(Seller.amazon(), ShippingOption.STANDARD, BOOK, CABLE);
    Order express = order.withShipping(ShippingOption.EXPRESS);
    assertEquals(ShippingOption.EXPRESS, express.shipping());
    assertEquals(order.lines(), express.lines());
    assertEquals(order.total(), express.total());
    assertSame(order, order.withShipping(ShippingOption.STANDARD));
    Order fromShop = order.withSeller(SHOP);
    assertEquals(SHOP, fromShop.seller());
    assertEquals(order.total(), fromShop.total());
    LineItem tagged = BOOK.withCategories("books", "books", "comics");
    assertEquals(ImmutableList.of("books", "comics"), tagged.categories().asList());
    assertTrue(tagged.hasCategory("comics"));
    assertFalse(BOOK.hasCategory("comics"));
    assertEquals(5, BOOK.withQuantity(5).quantity());
    assertSame(BOOK, BOOK.withPreOrder(false));
    assertEquals("LineItem[B0BOOK0001 2 × ¥1,980 PHYSICAL pre-order [books, comics]]",
        tagged.withPreOrder(true).toString());
  }

  @Test
  void shippingOptionsAndKinds() {
    assertTrue(ShippingOption.EXPRESS.isExpress() && ShippingOption.SAME_DAY.isExpress());
    assertTrue(ShippingOption.SCHEDULED.isScheduled());
    for (ShippingOption option : ShippingOption.values()) {
      assertEquals(option == ShippingOption.EXPRESS || option == ShippingOption.SAME_DAY, option.isExpress());
      assertEquals(option == ShippingOption.SCHEDULED, option.isScheduled());
      assertFalse(option.display(Locale.JAPANESE).equals(option.display(Locale.ENGLISH)));
    }
    assertEquals("お急ぎ便", ShippingOption.EXPRESS.display(Locale.JAPANESE));
    assertEquals("日時指定便", ShippingOption.SCHEDULED.display(Locale.JAPANESE));
    assertFalse(ItemKind.DIGITAL_CONTENT.isShipped());
    assertTrue(ItemKind.PHYSICAL.isShipped());
    for (ItemKind kind : ItemKind.values()) {
      assertFalse(kind.display(Locale.JAPANESE).equals(kind.display(Locale.ENGLISH)));
    }
  }

  @Test
  public void testEquals() {
    new EqualsTester()
        .addEqualityGroup(Order.of(Seller.amazon(), ShippingOption.STANDARD, BOOK, CABLE),
            Order.of(Seller.amazon(), ShippingOption.STANDARD, List.of(BOOK, CABLE)),
            Order.of(Seller.amazon(), ShippingOption.EXPRESS, BOOK, CABLE).withShipping(ShippingOption.STANDARD))
        .addEqualityGroup(Order.of(Seller.amazon(), ShippingOption.STANDARD, CABLE, BOOK))
        .addEqualityGroup(Order.of(Seller.amazon(), ShippingOption.EXPRESS, BOOK, CABLE))
        .addEqualityGroup(Order.of(SHOP, ShippingOption.STANDARD, BOOK, CABLE))
        .addEqualityGroup(Order.of(Seller.amazon(), ShippingOption.STANDARD, BOOK))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(BOOK, LineItem.of("B0BOOK0001", 2, Yen.of(1_980), ItemKind.PHYSICAL), BOOK.withQuantity(2))
        .addEqualityGroup(BOOK.withQuantity(3))
        .addEqualityGroup(LineItem.of("B0BOOK0002", 2, Yen.of(1_980), ItemKind.PHYSICAL))
        .addEqualityGroup(LineItem.of("B0BOOK0001", 2, Yen.of(1_981), ItemKind.PHYSICAL))
        .addEqualityGroup(LineItem.of("B0BOOK0001", 2, Yen.of(1_980), ItemKind.GIFT_CARD))
        .addEqualityGroup(BOOK.withPreOrder(true))
        .addEqualityGroup(BOOK.withCategories("a", "b"), BOOK.withCategories("b", "a"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Seller.amazon(), new Seller.Amazon())
        .addEqualityGroup(SHOP, Seller.marketplace("A1B2C3D4E5", "Kotowari Books", ImmutableSet.of(Kind.CREDIT_CARD)))
        .addEqualityGroup(Seller.marketplace("A1B2C3D4E5", "Kotowari Books", EnumSet.of(Kind.KONBINI)))
        .addEqualityGroup(Seller.marketplace("A1B2C3D4E6", "Kotowari Books", EnumSet.of(Kind.CREDIT_CARD)))
        .testEquals();
  }

  @Test
  public void testNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Yen.class, Yen.ofPrice(5))
        .setDefault(LineItem.class, BOOK)
        .setDefault(Seller.class, SHOP)
        .setDefault(String.class, "x")
        .setDefault(java.util.Set.class, EnumSet.of(Kind.KONBINI))
        .setDefault(List.class, List.of(BOOK));
    tester.testAllPublicStaticMethods(Order.class);
    tester.testAllPublicInstanceMethods(Order.of(Seller.amazon(), ShippingOption.STANDARD, BOOK));
    tester.testAllPublicStaticMethods(LineItem.class);
    tester.testAllPublicInstanceMethods(BOOK);
    tester.testAllPublicStaticMethods(Seller.class);
    tester.testAllPublicInstanceMethods(SHOP);
    tester.testAllPublicInstanceMethods(Seller.amazon());
    tester.testAllPublicConstructors(Seller.Marketplace.class);
    tester.testAllPublicStaticMethods(ShippingOption.class);
    tester.testAllPublicStaticMethods(ItemKind.class);
    for (ShippingOption option : ShippingOption.values()) {
      tester.testAllPublicInstanceMethods(option);
    }
    for (ItemKind kind : ItemKind.values()) {
      tester.testAllPublicInstanceMethods(kind);
    }
  }
}
