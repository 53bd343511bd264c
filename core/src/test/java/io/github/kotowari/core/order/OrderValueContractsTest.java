package io.github.kotowari.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.payment.PaymentMethod;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Contracts of the order value types beyond equality: hash codes that tell orders and lines apart (they
 * key caches of decisions), the category limit at its edge, the bilingual names of item kinds.
 */
class OrderValueContractsTest {

  static final Seller SHOP = Seller.marketplace("S1", "Shop", EnumSet.of(PaymentMethod.Kind.CREDIT_CARD));

  static void assertHashesSpread(List<?> distinct) {
    assertEquals(distinct.size(), new HashSet<>(distinct).size(), "the values are distinct");
    Set<Integer> hashes = new HashSet<>();
    distinct.forEach(v -> hashes.add(v.hashCode()));
    assertTrue(hashes.size() * 4 >= distinct.size() * 3, () -> hashes.size() + " hash codes for " + distinct);
  }

  @Test
  void hashCodesTellLinesAndOrdersApart() {
    List<LineItem> byQuantity = IntStream.rangeClosed(1, 20)
        .mapToObj(q -> LineItem.of("line-1", q, Yen.of(100), ItemKind.PHYSICAL)).toList();
    assertHashesSpread(byQuantity);
    assertHashesSpread(IntStream.rangeClosed(1, 20)
        .mapToObj(p -> LineItem.of("line-1", 1, Yen.of(p), ItemKind.PHYSICAL)).toList());
    assertHashesSpread(byQuantity.stream().map(line -> Order.of(SHOP, ShippingOption.STANDARD, line)).toList());
    assertHashesSpread(IntStream.rangeClosed(1, 20)
        .mapToObj(n -> Order.of(SHOP, ShippingOption.STANDARD, LineItem.of("a", 1, Yen.of(100), ItemKind.PHYSICAL),
            LineItem.of("b", n, Yen.of(100), ItemKind.PHYSICAL)))
        .toList());
    // Orders that differ only in the order of their lines are different orders with different hashes.
    LineItem a = LineItem.of("a", 1, Yen.of(100), ItemKind.PHYSICAL);
    LineItem b = LineItem.of("b", 2, Yen.of(300), ItemKind.DIGITAL_CONTENT);
    Order ab = Order.of(SHOP, ShippingOption.STANDARD, a, b);
    Order ba = Order.of(SHOP, ShippingOption.STANDARD, b, a);
    assertNotEquals(ab, ba);
    assertNotEquals(ab.hashCode(), ba.hashCode());
    assertNotEquals(ab.hashCode(), ab.withSeller(Seller.amazon()).hashCode());
    assertNotEquals(ab.hashCode(), ab.withShipping(ShippingOption.RELEASE_DATE).hashCode());
    assertNotEquals(a.hashCode(), a.withPreOrder(true).hashCode());
    assertNotEquals(a.hashCode(), a.withCategories("books").hashCode());
  }

  @Test
  void totalsAndQuantitiesAddUp() {
    List<LineItem> lines = new ArrayList<>();
    long expectedTotal = 0;
    long expectedQuantity = 0;
    for (int i = 1; i <= 30; i++) {
      lines.add(LineItem.of("line-" + i, i, Yen.of(i * 10L), ItemKind.PHYSICAL));
      expectedTotal += (long) i * i * 10;
      expectedQuantity += i;
    }
    Order order = Order.of(SHOP, ShippingOption.STANDARD, lines);
    assertEquals(Yen.of(expectedTotal), order.total());
    assertEquals(expectedQuantity, order.totalQuantity());
    assertEquals(lines, order.lines());
  }

  @Test
  void thirtyTwoCategoriesAreTheLimit() {
    LineItem line = LineItem.of("line-1", 1, Yen.of(100), ItemKind.PHYSICAL);
    List<String> tags = IntStream.rangeClosed(1, LineItem.MAX_CATEGORIES).mapToObj(i -> "tag-" + i).toList();
    assertEquals(LineItem.MAX_CATEGORIES, line.withCategories(tags).categories().size());
    List<String> tooMany = new ArrayList<>(tags);
    tooMany.add("tag-33");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> line.withCategories(tooMany));
    assertTrue(e.getMessage().startsWith("lineItem.categories"), e.getMessage());
  }

  @Test
  void itemKindsAreNamedInBothLanguages() {
    for (ItemKind kind : ItemKind.values()) {
      String ja = kind.display(Locale.JAPANESE);
      String en = kind.display(Locale.ENGLISH);
      assertNotEquals(ja, en, kind.name());
      assertTrue(en.chars().allMatch(c -> c < 0x80), en);
      assertTrue(ja.chars().anyMatch(c -> c >= 0x3000), ja);
    }
    assertEquals("Physical item", ItemKind.PHYSICAL.display(Locale.ENGLISH));
    assertEquals("商品", ItemKind.PHYSICAL.display(Locale.JAPANESE));
  }
}
