package io.github.kotowari.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.payment.PaymentMethod;
import io.github.kotowari.konbini.store.PaymentNumber;
import io.github.kotowari.konbini.store.StoreProcedure;
import java.util.ServiceLoader;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.junit.jupiter.api.Test;

/** The default arbitraries work as {@code @ForAll T} without a {@code @Provide} method. */
class KotowariArbitraryProviderProperties {

  @Test
  void theServiceLoaderFindsTheProvider() {
    assertTrue(ServiceLoader.load(ArbitraryProvider.class).stream().map(ServiceLoader.Provider::type)
        .anyMatch(KotowariArbitraryProvider.class::equals));
  }

  @Property(tries = 200)
  void pricesAreNeverNegativeNorAboveTheDocumentedMaximum(@ForAll Yen price) {
    assertFalse(price.isNegative());
    assertTrue(price.amount() <= MoneyArbitraries.MAX_PRICE);
  }

  @Property(tries = 200)
  void defaultPaymentNumbersRoundTripThroughParse(@ForAll PaymentNumber number) {
    assertEquals(number, PaymentNumber.parse(number.kind(), number.formatted()));
  }

  @Test
  void everyDefaultTypeGetsAnArbitraryOfThatType() {
    KotowariArbitraryProvider provider = new KotowariArbitraryProvider();
    assertEquals(10, KotowariArbitraryProvider.defaults().size());
    for (Class<?> type : KotowariArbitraryProvider.defaults()) {
      TypeUsage usage = TypeUsage.of(type);
      assertTrue(provider.canProvideFor(usage), type::getName);
      for (Arbitrary<?> arbitrary : provider.provideFor(usage, ignored -> Set.of())) {
        arbitrary.sampleStream().limit(20).forEach(value -> assertTrue(type.isInstance(value), type::getName));
      }
    }
    assertFalse(provider.canProvideFor(TypeUsage.of(String.class)));
    assertFalse(provider.canProvideFor(TypeUsage.of(Object.class)));
  }

  @Property(tries = 100)
  void defaultTrackingAndOrderNumbersAreIdentifiedAsThemselves(@ForAll io.github.kotowari.carriers.TrackingNumber number,
      @ForAll io.github.kotowari.carriers.AmazonOrderNumber order) {
    assertTrue(io.github.kotowari.carriers.Identifier.identify(number.value(),
        io.github.kotowari.carriers.IdentifyContext.unspecified().withUnsourcedFormats(true)).readings().stream()
        .anyMatch(reading -> reading.format() == number.format() && reading.isPlausible()), number::toString);
    assertEquals(order, io.github.kotowari.carriers.AmazonOrderNumber.parse(order.value()));
  }

  @Property(tries = 100)
  void defaultPaymentMethodsAreTheDocumentedOnes(@ForAll PaymentMethod method, @ForAll StoreProcedure procedure) {
    assertTrue(PaymentMethod.all().contains(method));
    assertTrue(KonbiniArbitraries.storeProcedures().allValues().orElseThrow().anyMatch(procedure::equals));
  }

  @Property(tries = 300)
  void aroundNeverGeneratesANegativeAmount(@ForAll("nearTheCap") Yen amount) {
    assertFalse(amount.isNegative());
  }

  @Test
  void aroundCoversBelowAtAndAboveEveryCap() {
    Set<Yen> seen = MoneyArbitraries.around(Yen.of(300_000), Yen.ZERO).sampleStream().limit(2_000)
        .collect(java.util.stream.Collectors.toSet());
    for (long edge : new long[] {0, 1, 299_999, 300_000, 300_001}) {
      assertTrue(seen.contains(Yen.of(edge)), () -> "edge " + edge);
    }
    assertFalse(seen.contains(Yen.of(-1)));
  }

  @net.jqwik.api.Provide
  Arbitrary<Yen> nearTheCap() {
    return MoneyArbitraries.around(Yen.of(300_000), Yen.ZERO);
  }
}
