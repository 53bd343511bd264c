package io.github.kotowari.konbini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class KonbiniStoreTest {
  @Test
  void namesInBothLanguages() {
    assertEquals("セブン-イレブン", KonbiniStore.SEVEN_ELEVEN.display(Locale.JAPAN));
    assertEquals("Seven-Eleven", KonbiniStore.SEVEN_ELEVEN.display(Locale.US));
    for (KonbiniStore store : KonbiniStore.values()) {
      assertNotEquals(store.display(Locale.JAPANESE), store.display(Locale.ENGLISH), store.name());
    }
  }
}
