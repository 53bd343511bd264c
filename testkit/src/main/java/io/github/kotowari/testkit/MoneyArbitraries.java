package io.github.kotowari.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kotowari.core.money.Yen;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik arbitraries for {@link Yen} amounts.
 *
 * <pre>{@code
 * @Property
 * void addingZeroChangesNothing(@ForAll("amounts") Yen amount) {
 *   assertEquals(amount, amount.plus(Yen.ZERO));
 * }
 *
 * @Provide
 * Arbitrary<Yen> amounts() { return MoneyArbitraries.prices(); }
 * }</pre>
 *
 * <p>Every arbitrary shrinks towards the smallest amount it can generate: ¥0 for prices, the lowest
 * edge for {@link #around}.
 *
 * @since 0.1.0
 */
public final class MoneyArbitraries {
  /** The largest price {@link #prices()} generates: ¥10,000,000, far above every payment cap. */
  public static final long MAX_PRICE = 10_000_000L;

  private MoneyArbitraries() {}

  /**
   * Returns non-negative prices from ¥0 to {@link #MAX_PRICE}, with ¥0, ¥1 and the maximum as edge
   * cases; small amounts are generated more often than large ones.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<Yen> prices() {
    return Arbitraries.longs().between(0, MAX_PRICE).withDistribution(
        net.jqwik.api.RandomDistribution.biased()).map(Yen::of);
  }

  /**
   * Returns amounts one yen below, at and one yen above each of {@code caps}, mixed with ordinary
   * {@link #prices()}: the values where a boundary rule is most likely to be wrong.
   *
   * @param caps the boundaries, such as a payment method's minimum and maximum; at least one, none
   *     negative
   * @return the arbitrary, never null
   * @throws IllegalArgumentException if {@code caps} is empty or holds a negative amount
   */
  public static Arbitrary<Yen> around(Yen... caps) {
    checkArgument(caps.length > 0, "at least one cap is needed");
    ImmutableSortedSet.Builder<Long> edges = ImmutableSortedSet.naturalOrder();
    for (Yen cap : caps) {
      checkArgument(!cap.isNegative(), "a cap is never negative: %s", cap);
      long value = cap.amount();
      if (value > 0) {
        edges.add(value - 1);
      }
      edges.add(value);
      if (value < Long.MAX_VALUE) {
        edges.add(value + 1);
      }
    }
    Arbitrary<Yen> atEdges = Arbitraries.of(edges.build().asList()).map(Yen::of);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, atEdges),
        net.jqwik.api.Tuple.of(1, prices()));
  }

  /**
   * Returns amounts over the whole range {@link Yen} can hold, negative ones included, with the
   * extremes {@link Yen#MIN_VALUE} and {@link Yen#MAX_VALUE} as edge cases: for testing code that
   * must reject or survive any amount.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<Yen> anyAmounts() {
    return Arbitraries.longs().between(Yen.MIN_VALUE.amount(), Yen.MAX_VALUE.amount())
        .edgeCases(edges -> edges.includeOnly(0L, 1L, -1L, Yen.MIN_VALUE.amount(), Yen.MAX_VALUE.amount()))
        .map(Yen::of);
  }
}
