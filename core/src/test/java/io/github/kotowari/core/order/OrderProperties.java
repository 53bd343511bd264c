package io.github.kotowari.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.core.money.Yen;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Order totals equal the sum of the lines computed with BigInteger; construction rejects exactly the duplicates. */
class OrderProperties {

  static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** A line as plain numbers, so the expectation is computed without the library. */
  record Spec(int quantity, long unitPrice, ItemKind kind, boolean preOrder) {}

  @Provide
  Arbitrary<List<Spec>> specs() {
    Arbitrary<Long> prices = Arbitraries.oneOf(
        Arbitraries.longs().between(0, 1_000_000),
        Arbitraries.longs().between(0, Long.MAX_VALUE),
        Arbitraries.of(0L, Long.MAX_VALUE, Long.MAX_VALUE / 2, 3_037_000_499L));
    Arbitrary<Integer> quantities = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 10), Arbitraries.integers().between(1, Integer.MAX_VALUE));
    return Combinators.combine(quantities, prices, Arbitraries.of(ItemKind.class), Arbitraries.of(true, false, false))
        .as(Spec::new).list().ofMinSize(1).ofMaxSize(20);
  }

  @Property
  void totalIsTheSumOfTheLinesOrConstructionFails(@ForAll("specs") List<Spec> specs) {
    BigInteger expected = BigInteger.ZERO;
    boolean lineOverflow = false;
    boolean totalOverflow = false;
    for (Spec spec : specs) {
      BigInteger subtotal = BigInteger.valueOf(spec.unitPrice()).multiply(BigInteger.valueOf(spec.quantity()));
      lineOverflow |= subtotal.compareTo(MAX) > 0;
      expected = expected.add(subtotal);
      totalOverflow |= expected.compareTo(MAX) > 0; // prices are not negative: prefix sums only grow
    }
    List<LineItem> lines = new ArrayList<>();
    if (lineOverflow) {
      assertThrows(IllegalArgumentException.class, () -> toLines(specs));
      return;
    }
    lines.addAll(toLines(specs));
    if (totalOverflow) {
      assertThrows(IllegalArgumentException.class, () -> Order.of(Seller.amazon(), ShippingOption.STANDARD, lines));
      return;
    }
    Order order = Order.of(Seller.amazon(), ShippingOption.STANDARD, lines);
    assertEquals(expected.longValueExact(), order.total().amount());
    assertEquals(specs.stream().mapToLong(Spec::quantity).sum(), order.totalQuantity());
    Set<ItemKind> kinds = EnumSet.noneOf(ItemKind.class);
    specs.forEach(s -> kinds.add(s.kind()));
    assertEquals(kinds, order.itemKinds());
    assertEquals(specs.stream().anyMatch(Spec::preOrder), order.hasPreOrder());
    for (int i = 0; i < specs.size(); i++) {
      assertEquals(BigInteger.valueOf(specs.get(i).unitPrice()).multiply(BigInteger.valueOf(specs.get(i).quantity())),
          BigInteger.valueOf(order.lines().get(i).subtotal().amount()));
    }
  }

  static List<LineItem> toLines(List<Spec> specs) {
    List<LineItem> lines = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      Spec s = specs.get(i);
      lines.add(LineItem.of("line-" + i, s.quantity(), Yen.ofPrice(s.unitPrice()), s.kind()).withPreOrder(s.preOrder()));
    }
    return lines;
  }

  /**
   * Ids drawn from a small pool collide often; construction fails exactly when some id repeats, and
   * the message names the first repeat and the line it repeats.
   */
  @Property
  void duplicatesAreRejectedExactly(@ForAll("ids") List<String> ids) {
    List<LineItem> lines = new ArrayList<>();
    for (String id : ids) {
      lines.add(LineItem.of(id, 1, Yen.ofPrice(1), ItemKind.PHYSICAL));
    }
    int firstRepeat = -1;
    int original = -1;
    outer:
    for (int j = 0; j < ids.size(); j++) {
      for (int i = 0; i < j; i++) {
        if (ids.get(i).equals(ids.get(j))) {
          firstRepeat = j;
          original = i;
          break outer;
        }
      }
    }
    if (firstRepeat < 0) {
      assertEquals(ids.size(), Order.of(Seller.amazon(), ShippingOption.STANDARD, lines).lines().size());
    } else {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Order.of(Seller.amazon(), ShippingOption.STANDARD, lines));
      assertTrue(e.getMessage().startsWith("order.lines[" + firstRepeat + "].lineId '" + ids.get(firstRepeat)
          + "' duplicates order.lines[" + original + "]"), e.getMessage());
    }
  }

  @Provide
  Arbitrary<List<String>> ids() {
    return Arbitraries.strings().withChars("abc").ofMinLength(1).ofMaxLength(2).list().ofMinSize(1).ofMaxSize(12);
  }

  /** Equal line lists give equal orders and hash codes, whatever list they were passed in. */
  @Property
  void equalityFollowsTheLines(@ForAll @IntRange(min = 1, max = 30) int n) {
    List<LineItem> a = new ArrayList<>();
    List<LineItem> b = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      a.add(LineItem.of("l" + i, i + 1, Yen.ofPrice(i * 100L), ItemKind.PHYSICAL));
      b.add(LineItem.of("l" + i, i + 1, Yen.ofPrice(i * 100L), ItemKind.PHYSICAL));
    }
    Order x = Order.of(Seller.amazon(), ShippingOption.STANDARD, a);
    Order y = Order.of(Seller.amazon(), ShippingOption.STANDARD, List.copyOf(b));
    assertEquals(x, y);
    assertEquals(x.hashCode(), y.hashCode());
  }
}
