package io.github.kotowari.konbini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.ItemKind;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Contracts of {@link KonbiniPolicy} beyond its presets: each setting is kept and changes the policy and
 * its hash code, names are checked at their edges, preset lookup is bounded at 40 characters.
 */
class KonbiniPolicyContractsTest {

  static final KonbiniPolicy BASE = KonbiniPolicy.komoju();

  @Test
  void everySettingIsKeptAndTellsPoliciesApart() {
    List<UnaryOperator<KonbiniPolicy.Builder>> changes = List.of(
        b -> b.name("other"),
        b -> b.excludesExpress(true),
        b -> b.excludesScheduled(true),
        b -> b.excludeItemKinds(ItemKind.GIFT_CARD),
        b -> b.excludesPreOrders(true),
        b -> b.sellersNotAccepting(List.of("S1")),
        b -> b.excludesPayPayOnly(true),
        b -> b.customerFee(Yen.of(190)),
        b -> b.payAtStoreGroupFollowsKonbini(!BASE.payAtStoreGroupFollowsKonbini()),
        b -> b.minimum(Yen.of(2)),
        b -> b.maximum(Yen.of(299_999)));
    for (UnaryOperator<KonbiniPolicy.Builder> change : changes) {
      KonbiniPolicy changed = change.apply(BASE.toBuilder()).build();
      assertNotEquals(BASE, changed);
      assertNotEquals(BASE.hashCode(), changed.hashCode(), changed::toString);
    }
    KonbiniPolicy all = BASE.toBuilder().excludesScheduled(true).excludesPreOrders(true).excludesPayPayOnly(true)
        .excludesExpress(true).build();
    assertTrue(all.excludesScheduled());
    assertTrue(all.excludesPreOrders());
    assertTrue(all.excludesPayPayOnly());
    assertTrue(all.excludesExpress());
    assertFalse(BASE.excludesScheduled());
    assertFalse(BASE.excludesPreOrders());
    assertFalse(BASE.excludesPayPayOnly());
    assertEquals(BASE, BASE.toBuilder().build());
    assertEquals(BASE.hashCode(), BASE.toBuilder().build().hashCode());
  }

  @Test
  void excludingItemKindsAddsToThoseAlreadyExcluded() {
    KonbiniPolicy one = BASE.toBuilder().excludeItemKinds(ItemKind.GIFT_CARD).build();
    KonbiniPolicy two = one.toBuilder().excludeItemKinds(ItemKind.DIGITAL_CONTENT).build();
    assertEquals(java.util.Set.of(ItemKind.GIFT_CARD, ItemKind.DIGITAL_CONTENT), two.excludedItemKinds());
  }

  @Test
  void namesAreOneToFortyCharactersOfLowerCaseLettersDigitsAndDashes() {
    String forty = "a".repeat(39) + "9";
    assertEquals(forty, BASE.toBuilder().name(forty).build().name());
    assertEquals("a-0z", BASE.toBuilder().name("a-0z").build().name());
    for (String bad : List.of("", "a".repeat(41), "A", "a_b", "a b", "`", "{", "/", ":")) {
      assertThrows(IllegalArgumentException.class, () -> BASE.toBuilder().name(bad).build(), bad);
    }
  }

  @Test
  void presetLookupIsBoundedAtFortyCharacters() {
    String padded = " ".repeat(40 - "stripe".length()) + "stripe";
    assertEquals(Optional.of(KonbiniPolicy.stripe()), KonbiniPolicy.preset(padded));
    assertEquals(Optional.empty(), KonbiniPolicy.preset(" " + padded));
    assertEquals(Optional.of(KonbiniPolicy.komoju()), KonbiniPolicy.preset("KOMOJU"));
  }
}
