package io.github.kotowari.testkit;

import com.google.common.collect.ImmutableMap;
import io.github.kotowari.carriers.AmazonOrderNumber;
import io.github.kotowari.carriers.TrackingNumber;
import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.core.rule.ReasonCode;
import io.github.kotowari.core.payment.PaymentMethod;
import io.github.kotowari.konbini.eligibility.KonbiniReasons;
import io.github.kotowari.konbini.store.KonbiniStore;
import io.github.kotowari.konbini.store.PaymentNumber;
import io.github.kotowari.konbini.store.PaymentNumberKind;
import io.github.kotowari.konbini.store.StoreProcedure;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Registers the testkit's arbitraries as jqwik defaults, so that {@code @ForAll Yen amount} or
 * {@code @ForAll PaymentNumber number} works without a {@code @Provide} method once
 * {@code kotowari-testkit} is on the test class path.
 *
 * <pre>{@code
 * @Property
 * void maskedNumbersShowAtMostFourDigits(@ForAll PaymentNumber number) {
 *   assertFalse(number.toString().contains(number.value()));
 * }
 * }</pre>
 *
 * <p>jqwik finds this class through {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}
 * (and the module's {@code provides} clause on the module path). It answers only for the exact types
 * listed in {@link #defaults()}; each type gets the general arbitrary of its {@code *Arbitraries}
 * class, and a test that wants another (say, amounts around a cap) names it with
 * {@code @ForAll("…")} as usual.
 *
 * @since 0.1.0
 */
public final class KotowariArbitraryProvider implements ArbitraryProvider {
  private static final ImmutableMap<Class<?>, Supplier<Arbitrary<?>>> DEFAULTS =
      ImmutableMap.<Class<?>, Supplier<Arbitrary<?>>>builder()
          .put(Yen.class, MoneyArbitraries::prices)
          .put(PaymentMethod.class, PaymentArbitraries::paymentMethods)
          .put(PaymentMethod.Kind.class, PaymentArbitraries::kinds)
          .put(KonbiniStore.class, KonbiniArbitraries::stores)
          .put(StoreProcedure.class, KonbiniArbitraries::storeProcedures)
          .put(PaymentNumberKind.class, KonbiniArbitraries::paymentNumberKinds)
          .put(PaymentNumber.class, KonbiniArbitraries::paymentNumbers)
          .put(Order.class, KotowariArbitraryProvider::orders)
          .put(TrackingNumber.class, TrackingArbitraries::trackingNumbers)
          .put(AmazonOrderNumber.class, KotowariArbitraryProvider::amazonOrderNumbers)
          .build();

  /**
   * Any order: eligible for konbini under {@code amazonJapan()}, or refused for one of its reasons,
   * each reason as likely as eligibility.
   */
  private static Arbitrary<?> orders() {
    OrderArbitraries.Orders orders = OrderArbitraries.orders();
    List<Arbitrary<Order>> choices = new ArrayList<>();
    choices.add(orders.eligible());
    for (ReasonCode reason : orders.possibleReasons()) {
      if (!reason.equals(KonbiniReasons.PAYPAY_ONLY)) { // a fact of the checkout, not of the order
        choices.add(orders.ineligibleFor(reason));
      }
    }
    return Arbitraries.oneOf(choices);
  }

  private static Arbitrary<?> amazonOrderNumbers() {
    return TrackingArbitraries.amazonOrderNumbers().map(sample -> AmazonOrderNumber.parse(sample.number()));
  }

  /** Creates the provider; jqwik calls this through the service loader. */
  public KotowariArbitraryProvider() {}

  /**
   * Returns the types this provider answers for.
   *
   * @return the types, never null
   */
  public static Set<Class<?>> defaults() {
    return DEFAULTS.keySet();
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return DEFAULTS.containsKey(targetType.getRawType());
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    Supplier<Arbitrary<?>> supplier = DEFAULTS.get(targetType.getRawType());
    return supplier == null ? Set.of() : Set.of(supplier.get());
  }
}
