package io.github.kotowari.testkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.kotowari.konbini.KonbiniPolicy;
import io.github.kotowari.konbini.store.KonbiniStore;
import java.util.Locale;
import java.util.Optional;

/**
 * Fuzzes {@link KonbiniStore#lookup} and {@link KonbiniPolicy#preset}, which read a store or preset name
 * typed on a command line or in a form.
 *
 * <p>Seeds: {@code src/test/resources/io/github/kotowari/testkit/fuzz/KonbiniStoreLookupFuzzTestInputs/}.
 */
class KonbiniStoreLookupFuzzTest {

  /** The documented bound: longer input is never a name. */
  private static final int MAX_NAME_LENGTH = 40;

  @FuzzTest(maxDuration = "10s")
  void storeName(byte[] data) {
    check(data);
  }

  static void check(byte[] data) {
    String text = FuzzText.decode(data);
    CountingText counted = new CountingText(text);
    Optional<KonbiniStore> found = KonbiniStore.lookup(counted);
    if (text.length() > MAX_NAME_LENGTH) {
      assertEquals(Optional.empty(), found);
      assertEquals(0, counted.reads(), "over-long input is answered before it is read");
    } else {
      // Linear: at most one pass per store and one more for the key.
      long passes = KonbiniStore.values().length + 1L;
      assertTrue(counted.reads() <= passes * text.length(), "at most one pass per store");
    }
    assertEquals(found, KonbiniStore.lookup(text));
    found.ifPresent(store -> {
      // A name that finds a store is one of its spellings: squashing separators and case of the
      // constant or English name, or the Japanese name, gives the same text.
      String squashed = squash(text);
      boolean spelling = squashed.equals(squash(store.name()))
          || squashed.equals(squash(store.display(Locale.ENGLISH)))
          || text.strip().equals(store.display(Locale.JAPANESE));
      assertTrue(spelling, () -> text + " found " + store);
    });

    // Policy presets are looked up the same way, with the same 40-character bound.
    CountingText countedPreset = new CountingText(text);
    Optional<KonbiniPolicy> preset = KonbiniPolicy.preset(countedPreset);
    if (text.length() > MAX_NAME_LENGTH) {
      assertEquals(Optional.empty(), preset);
      assertEquals(0, countedPreset.reads(), "over-long input is answered before it is read");
    }
    preset.ifPresent(policy -> {
      int index = KonbiniPolicy.presets().indexOf(policy);
      assertTrue(index >= 0, "a preset is one of the presets");
      assertTrue(KonbiniPolicy.presetNames().get(index).equalsIgnoreCase(text.strip()), text);
    });
  }

  /** Drops the separators the javadoc allows between words and lowers the case, independently. */
  private static String squash(String text) {
    return text.replace("-", "").replace("_", "").replace(" ", "").toLowerCase(Locale.ROOT);
  }
}
