package io.github.kotowari.konbini.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

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

  /** Texts that are no store's name. */
  static final Map<String, String> NOT_A_STORE = ImmutableMap.<String, String>builder()
      .put("empty", "")
      .put("blank", "   ")
      .put("ideographic blank", "\u3000")
      .put("only dashes", "---")
      .put("abbreviation", "7-11")
      .put("full-width Latin", "ＬＡＷＳＯＮ")
      .put("NUL inside", "law\u0000son")
      .put("zero-width inside", "law\u200Bson")
      .put("bidi override", "\u202Elawson")
      .put("unpaired surrogate", "lawson\uD800")
      .put("mixed scripts", "ローソンlawson")
      .put("1 MB", "a".repeat(1 << 20))
      .put("1 MB of a real name", "lawson".repeat(200_000))
      .build();

  @TestFactory
  Stream<DynamicTest> lookupRejectsEverythingElse() {
    return NOT_A_STORE.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
        () -> assertTrue(KonbiniStore.lookup(e.getValue()).isEmpty())));
  }

  @Property
  void lookupFindsEveryStoreByEachOfItsNames(@ForAll KonbiniStore store) {
    assertEquals(Optional.of(store), KonbiniStore.lookup(store.name()));
    assertEquals(Optional.of(store), KonbiniStore.lookup(store.name().toLowerCase(Locale.ROOT).replace('_', '-')));
    assertEquals(Optional.of(store), KonbiniStore.lookup(store.display(Locale.ENGLISH)));
    assertEquals(Optional.of(store), KonbiniStore.lookup(store.display(Locale.JAPANESE)));
  }

  @Property
  void lookupNeverThrows(@ForAll String text) {
    KonbiniStore.lookup(text).ifPresent(store -> assertTrue(text.length() <= 40));
  }
}
