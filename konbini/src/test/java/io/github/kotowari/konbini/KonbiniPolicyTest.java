package io.github.kotowari.konbini;

import static io.github.kotowari.konbini.store.KonbiniStore.DAILY_YAMAZAKI;
import static io.github.kotowari.konbini.store.KonbiniStore.FAMILYMART;
import static io.github.kotowari.konbini.store.KonbiniStore.LAWSON;
import static io.github.kotowari.konbini.store.KonbiniStore.MINISTOP;
import static io.github.kotowari.konbini.store.KonbiniStore.SEICOMART;
import static io.github.kotowari.konbini.store.KonbiniStore.SEVEN_ELEVEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.ItemKind;
import io.github.kotowari.konbini.lifecycle.DeadlinePolicy;
import io.github.kotowari.konbini.lifecycle.LifecyclePolicy;
import io.github.kotowari.konbini.store.KonbiniStore;
import io.github.kotowari.konbini.store.StoreProcedures;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KonbiniPolicyTest {

  @Test
  void eachPresetCarriesTheLifecyclePresetOfItsName() {
    assertEquals(KonbiniPolicy.presetNames().size(), KonbiniPolicy.presets().size());
    for (KonbiniPolicy preset : KonbiniPolicy.presets()) {
      assertEquals(LifecyclePolicy.preset(preset.name()), Optional.of(preset.lifecycle()), preset.name());
    }
    assertEquals(LifecyclePolicy.amazonJapan(), KonbiniPolicy.builder().build().lifecycle());
    KonbiniPolicy strict = KonbiniPolicy.amazonJapan().toBuilder()
        .lifecycle(LifecyclePolicy.amazonJapan().withDeadline(DeadlinePolicy.amazonJapanThreeDays())).build();
    assertEquals(DeadlinePolicy.amazonJapanThreeDays(), strict.lifecycle().deadline());
    assertEquals(strict, strict.toBuilder().build());
  }

  @Test
  void amazonJapanIsTheGuides() {
    KonbiniPolicy p = KonbiniPolicy.amazonJapan();
    assertEquals("amazon-jp", p.name());
    // "30万円(税込)まで"
    assertEquals(Yen.of(300_000), p.maximum());
    assertEquals(Yen.of(1), p.minimum());
    assertTrue(p.excludesExpress());
    assertTrue(p.excludesScheduled());
    assertTrue(p.excludesPreOrders());
    assertTrue(p.excludesPayPayOnly());
    assertEquals(Set.of(ItemKind.DIGITAL_CONTENT, ItemKind.GIFT_CARD, ItemKind.SUBSCRIPTION), p.excludedItemKinds());
    assertEquals(Yen.ZERO, p.customerFee());
    // The stores are the ones with a procedure in the guide's catalogue.
    assertEquals(StoreProcedures.amazonJapan().stores(), p.stores());
    assertTrue(p.sellersNotAccepting().isEmpty());
    assertTrue(p.payAtStoreGroupFollowsKonbini());
  }

  @Test
  void providerPresetsCarryTheirPublishedRanges() {
    // docs.stripe.com/payments/konbini: 120 to 300,000 JPY; FamilyMart, Lawson, Ministop, Seicomart.
    assertEquals(Yen.of(120), KonbiniPolicy.stripe().minimum());
    assertEquals(Yen.of(300_000), KonbiniPolicy.stripe().maximum());
    assertEquals(EnumSet.of(FAMILYMART, LAWSON, MINISTOP, SEICOMART), KonbiniPolicy.stripe().stores());
    // docs.antom.com: 1 to 300,000 JPY; no Seven-Eleven, with Daily Yamazaki.
    assertEquals(Yen.of(1), KonbiniPolicy.antom().minimum());
    assertEquals(EnumSet.of(FAMILYMART, LAWSON, MINISTOP, SEICOMART, DAILY_YAMAZAKI), KonbiniPolicy.antom().stores());
    // developer.worldpay.com: 100 to 299,000 JPY at a convenience store.
    assertEquals(Yen.of(100), KonbiniPolicy.worldpay().minimum());
    assertEquals(Yen.of(299_000), KonbiniPolicy.worldpay().maximum());
    // help.komoju.com: every store including Seven-Eleven and Daily Yamazaki.
    assertEquals(EnumSet.allOf(KonbiniStore.class), KonbiniPolicy.komoju().stores());
    for (KonbiniPolicy p : List.of(KonbiniPolicy.stripe(), KonbiniPolicy.komoju(), KonbiniPolicy.antom(),
        KonbiniPolicy.worldpay())) {
      assertFalse(p.excludesExpress(), p.name());
      assertTrue(p.excludedItemKinds().isEmpty(), p.name());
      assertEquals(Yen.ZERO, p.customerFee(), p.name());
    }
  }

  @Test
  void presetsAreFoundByName() {
    assertEquals(List.of("amazon-jp", "stripe", "komoju", "antom", "worldpay"), KonbiniPolicy.presetNames());
    for (KonbiniPolicy p : KonbiniPolicy.presets()) {
      assertEquals(Optional.of(p), KonbiniPolicy.preset(p.name()));
    }
    assertEquals(Optional.of(KonbiniPolicy.stripe()), KonbiniPolicy.preset(" STRIPE "));
    assertEquals(Optional.empty(), KonbiniPolicy.preset("paypal"));
    assertEquals(Optional.empty(), KonbiniPolicy.preset("stripe".repeat(1000)));
  }

  @Test
  void theCapIsInclusive() {
    KonbiniPolicy p = KonbiniPolicy.amazonJapan();
    assertTrue(p.accepts(Yen.of(300_000)));
    assertFalse(p.accepts(Yen.of(300_001)));
    assertTrue(p.accepts(Yen.of(1)));
    assertFalse(p.accepts(Yen.ZERO));
    assertFalse(p.accepts(Yen.MAX_VALUE));
    assertFalse(p.accepts(Yen.of(-1)));
  }

  @Test
  void builderDerivesAndValidates() {
    KonbiniPolicy shop = KonbiniPolicy.stripe().toBuilder().name("my-shop").excludeItemKinds(ItemKind.GIFT_CARD)
        .customerFee(Yen.of(330)).build();
    assertEquals(Set.of(ItemKind.GIFT_CARD), shop.excludedItemKinds());
    assertEquals(Yen.of(330), shop.customerFee());
    assertEquals(KonbiniPolicy.amazonJapan(), KonbiniPolicy.amazonJapan().toBuilder().build());
    assertThrows(IllegalArgumentException.class, () -> KonbiniPolicy.builder().stores(Set.of()).build());
    assertThrows(IllegalArgumentException.class,
        () -> KonbiniPolicy.builder().minimum(Yen.of(10)).maximum(Yen.of(9)).build());
    assertThrows(IllegalArgumentException.class, () -> KonbiniPolicy.builder().minimum(Yen.of(-1)).build());
    assertThrows(IllegalArgumentException.class, () -> KonbiniPolicy.builder().customerFee(Yen.of(-1)).build());
    assertThrows(IllegalArgumentException.class,
        () -> KonbiniPolicy.builder().excludeItemKinds(ItemKind.PHYSICAL).build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> KonbiniPolicy.builder().name("Amazon JP").build());
    assertTrue(e.getMessage().contains("konbiniPolicy.name"), e.getMessage());
  }

  @Test
  void toStringSummarises() {
    assertEquals("KonbiniPolicy[amazon-jp ¥1..¥300,000, 5 stores, excludes express, scheduled, DIGITAL_CONTENT, "
        + "GIFT_CARD, SUBSCRIPTION, pre-orders, PayPay only]", KonbiniPolicy.amazonJapan().toString());
    assertEquals("KonbiniPolicy[stripe ¥120..¥300,000, 4 stores]", KonbiniPolicy.stripe().toString());
  }

  @Test
  void testEquals() {
    KonbiniPolicy base = KonbiniPolicy.amazonJapan();
    new EqualsTester()
        .addEqualityGroup(base, KonbiniPolicy.amazonJapan(), base.toBuilder().build())
        .addEqualityGroup(base.toBuilder().name("other").build())
        .addEqualityGroup(base.toBuilder().lifecycle(LifecyclePolicy.stripe()).build())
        .addEqualityGroup(base.toBuilder().stores(Set.of(LAWSON)).build())
        .addEqualityGroup(base.toBuilder().minimum(Yen.of(2)).build())
        .addEqualityGroup(base.toBuilder().maximum(Yen.of(299_999)).build())
        .addEqualityGroup(base.toBuilder().excludesExpress(false).build())
        .addEqualityGroup(base.toBuilder().excludesScheduled(false).build())
        .addEqualityGroup(base.toBuilder().excludedItemKinds(Set.of()).build())
        .addEqualityGroup(base.toBuilder().excludesPreOrders(false).build())
        .addEqualityGroup(base.toBuilder().sellersNotAccepting(Set.of("A1")).build())
        .addEqualityGroup(base.toBuilder().excludesPayPayOnly(false).build())
        .addEqualityGroup(base.toBuilder().customerFee(Yen.of(1)).build())
        .addEqualityGroup(base.toBuilder().payAtStoreGroupFollowsKonbini(false).build())
        .addEqualityGroup(KonbiniPolicy.stripe())
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester tester = new NullPointerTester().setDefault(Yen.class, Yen.of(1));
    tester.testAllPublicStaticMethods(KonbiniPolicy.class);
    tester.testAllPublicInstanceMethods(KonbiniPolicy.amazonJapan());
    tester.testAllPublicInstanceMethods(KonbiniPolicy.builder());
  }
}
