package io.github.kotowari.benchmarks.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccuracyTest {

  private final Accuracy accuracy = new Accuracy(
      List.of("1Z5R89390357567127", "443496171020", "hello", "RB123456785JP"),
      List.of("ups", "jp12", "garbage-word", "s10-jp"),
      List.of("ups", "yamato/sagawa/japan-post", "-", "s10"),
      List.of("ups", "-", "-", "s10"));

  @Test
  void countsRecognisedAndAgreeingLines() {
    assertEquals(3, Accuracy.recognised(accuracy.ours()));
    assertEquals(2, Accuracy.recognised(accuracy.peer()));
    assertEquals(3, accuracy.agreeing());
  }

  @Test
  void rendersOneRowPerKindAndListsTheDisagreement() {
    String report = accuracy.render("Kotowari", "peer");

    assertTrue(report.startsWith("Corpus of 4 lines: Kotowari recognises 3, peer recognises 2;"
        + " the same answer on 3 lines, compatible answers"), report);
    assertTrue(report.contains("| jp12 | 1 | yamato/sagawa/japan-post 1 | - 1 | 0 | 0 |"), report);
    assertTrue(report.contains("| garbage-word | 1 | - 1 | - 1 | 1 | 1 |"), report);
    assertTrue(report.contains("- jp12 → Kotowari yamato/sagawa/japan-post, peer -: 1 (line 2: `443496171020`)\n"),
        report);
    assertEquals(1, report.lines().filter(line -> line.startsWith("- ")).count(), report);
  }

  @Test
  void anAmbiguousAnswerIsCompatibleWithEachOfItsCandidates() {
    assertTrue(Accuracy.compatible("dhl/sagawa", "dhl"));
    assertTrue(Accuracy.compatible("-", "-"));
    assertFalse(Accuracy.compatible("dhl/sagawa", "fedex"));
    assertFalse(Accuracy.compatible("dhl/sagawa", "-"));
    assertFalse(Accuracy.compatible("-", "dhl"));
    assertEquals(3, accuracy.compatibleLines());
  }

  @Test
  void histogramsPutTheMostFrequentAnswerFirst() {
    assertEquals("fedex 2, - 1", Accuracy.histogram(List.of("fedex", "-", "fedex"), List.of(0, 1, 2)));
  }

  @Test
  void readsThePeerDumpAndRejectsAMissingLine() {
    assertEquals(List.of("ups", "-"), Accuracy.readPeerDump("1\tups\tUPS\n2\t-\t-\n", 2));
    assertThrows(IllegalArgumentException.class, () -> Accuracy.readPeerDump("1\tups\tUPS\n", 2));
    assertThrows(IllegalArgumentException.class, () -> Accuracy.readPeerDump("3\tups\tUPS\n", 2));
  }

  @Test
  void rejectsListsOfDifferentLengths() {
    assertThrows(IllegalArgumentException.class,
        () -> new Accuracy(List.of("a"), List.of("k"), List.of("-"), List.of()));
  }
}
