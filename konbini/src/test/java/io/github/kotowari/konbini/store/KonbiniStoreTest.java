package io.github.kotowari.konbini.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KonbiniStoreTest {
  @Test
  void namesInBothLanguages() {
    assertEquals("セブン-イレブン", KonbiniStore.SEVEN_ELEVEN.display(Locale.JAPAN));
    assertEquals("Seven-Eleven", KonbiniStore.SEVEN_ELEVEN.display(Locale.US));
    assertEquals("デイリーヤマザキ", KonbiniStore.DAILY_YAMAZAKI.display(Locale.JAPANESE));
    for (KonbiniStore store : KonbiniStore.values()) {
      assertNotEquals(store.display(Locale.JAPANESE), store.display(Locale.ENGLISH), store.name());
    }
  }

  @Test
  void theGuidesFiveStoresAndTheProviderAddition() {
    // The guide's table names five chains; Antom's konbini page adds Daily Yamazaki.
    assertEquals(6, KonbiniStore.values().length);
  }

  @Test
  void lookupAcceptsTheNamesPeopleType() {
    assertEquals(Optional.of(KonbiniStore.SEVEN_ELEVEN), KonbiniStore.lookup("seven-eleven"));
    assertEquals(Optional.of(KonbiniStore.SEVEN_ELEVEN), KonbiniStore.lookup("SEVEN_ELEVEN"));
    assertEquals(Optional.of(KonbiniStore.SEVEN_ELEVEN), KonbiniStore.lookup("SevenEleven"));
    assertEquals(Optional.of(KonbiniStore.FAMILYMART), KonbiniStore.lookup("Family Mart"));
    assertEquals(Optional.of(KonbiniStore.DAILY_YAMAZAKI), KonbiniStore.lookup("daily-yamazaki"));
    assertEquals(Optional.of(KonbiniStore.LAWSON), KonbiniStore.lookup("ローソン"));
    assertEquals(Optional.of(KonbiniStore.LAWSON), KonbiniStore.lookup("lawson"));
    // German default locale of the test JVM must not matter; Turkish-i style surprises neither.
    assertEquals(Optional.of(KonbiniStore.MINISTOP), KonbiniStore.lookup("MINISTOP"));
  }

  @Test
  void lookupRejectsEverythingElseQuickly() {
    assertTrue(KonbiniStore.lookup("").isEmpty());
    assertTrue(KonbiniStore.lookup("   ").isEmpty());
    assertTrue(KonbiniStore.lookup("7-11").isEmpty());
    assertTrue(KonbiniStore.lookup("lawson\u0000").isEmpty());
    assertTrue(KonbiniStore.lookup("a".repeat(1 << 20)).isEmpty());
  }
}
