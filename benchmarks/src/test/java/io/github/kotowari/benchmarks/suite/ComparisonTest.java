package io.github.kotowari.benchmarks.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class ComparisonTest {

  private static Measurement m(String cls, String method, Map<String, String> params, double nanos) {
    return new Measurement(cls, method, params, nanos, nanos / 10, 0, 0);
  }

  private static Map<String, String> params(String... keyValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  @Test
  void referencesAreRecognisedByPrefixFollowedByNothingOrAnUpperCaseLetter() {
    assertTrue(Comparison.isReference("baseline"));
    assertTrue(Comparison.isReference("baselineIdentify"));
    assertTrue(Comparison.isReference("peer"));
    assertTrue(Comparison.isReference("easyRules"));
    assertTrue(Comparison.isReference("easyRulesFirstViolation"));
    assertFalse(Comparison.isReference("peerless"));
    assertFalse(Comparison.isReference("identify"));
    assertFalse(Comparison.isReference("baselines"));
  }

  @Test
  void aGenericReferenceStandsBesideEveryMethodOfItsClassWithTheSameParams() {
    Measurement small = m("E", "eligibility", params("items", "1"), 10);
    Measurement big = m("E", "eligibility", params("items", "100"), 1000);
    Measurement peerSmall = m("E", "easyRules", params("items", "1"), 400);
    Measurement peerBig = m("E", "easyRules", params("items", "100"), 40_000);
    Measurement otherClass = m("F", "easyRules", params("items", "1"), 1);

    List<Row> rows = Comparison.rows(List.of(small, big, peerSmall, peerBig, otherClass), List.of());

    assertEquals(List.of(
        new Row(small, "E.easyRules", peerSmall),
        new Row(big, "E.easyRules", peerBig),
        new Row(otherClass, "", null)), rows);
  }

  @Test
  void aNamedReferenceStandsBesideItsMethodOnly() {
    Measurement first = m("E", "firstViolation", Map.of(), 10);
    Measurement all = m("E", "allWithTrace", Map.of(), 20);
    Measurement peerFirst = m("E", "easyRulesFirstViolation", Map.of(), 100);

    List<Row> rows = Comparison.rows(List.of(first, all, peerFirst), List.of());

    assertEquals(List.of(new Row(first, "E.easyRulesFirstViolation", peerFirst), new Row(all, "", null)), rows);
  }

  @Test
  void aMethodWithTwoReferencesGetsTwoRowsAndOutsideFiguresFollowTheirTarget() {
    Measurement identify = m("IdentifyBenchmark", "identify", Map.of(), 50);
    Measurement baseline = m("IdentifyBenchmark", "baseline", Map.of(), 10);
    Measurement peer = m("IdentifyBenchmark", "peerRegex", Map.of(), 500);
    PeerResults.Entry node = new PeerResults.Entry("IdentifyBenchmark.identify", "node peer", 4000, 40);
    PeerResults.Entry nodeBaseline = new PeerResults.Entry("IdentifyBenchmark.baseline", "node baseline", 20, 2);

    List<Row> rows = Comparison.rows(List.of(identify, baseline, peer), List.of(node, nodeBaseline));

    assertEquals(4, rows.size());
    assertEquals("IdentifyBenchmark.baseline", rows.get(0).referenceName());
    assertEquals("node peer", rows.get(1).referenceName());
    assertEquals(50.0 / 4000, rows.get(1).ratio(), 1e-12);
    // The baseline is a reference, but an outside figure stands beside it, so it gets its own row.
    assertEquals(baseline, rows.get(2).ours());
    assertEquals("node baseline", rows.get(2).referenceName());
    // peerRegex references nothing here (no method named regex): it keeps its own row.
    assertEquals(new Row(peer, "", null), rows.get(3));
  }

  @Test
  void anOutsideFigureMayNameTheParamsItStandsBeside() {
    Measurement all = m("IdentifyBenchmark", "identify", params("inputs", "all"), 50);
    Measurement ascii = m("IdentifyBenchmark", "identify", params("inputs", "ascii"), 40);
    PeerResults.Entry node = new PeerResults.Entry("IdentifyBenchmark.identify inputs=all", "node peer", 4000, 40);

    List<Row> rows = Comparison.rows(List.of(all, ascii), List.of(node));

    assertEquals(List.of(new Row(all, "node peer", node.asMeasurement()), new Row(ascii, "", null)), rows);
  }

  @Property
  void theRatioErrorCombinesRelativeErrorsInQuadrature(
      @ForAll @DoubleRange(min = 1, max = 1e6) double ours,
      @ForAll @DoubleRange(min = 0, max = 0.5) double oursRelative,
      @ForAll @DoubleRange(min = 1, max = 1e6) double reference,
      @ForAll @DoubleRange(min = 0, max = 0.5) double referenceRelative) {
    Row row = new Row(
        new Measurement("C", "m", Map.of(), ours, ours * oursRelative, 0, 0), "r",
        new Measurement("C", "baseline", Map.of(), reference, reference * referenceRelative, 0, 0));
    double ratio = ours / reference;
    double expected = ratio * Math.hypot(oursRelative, referenceRelative);
    assertEquals(ratio, row.ratio(), ratio * 1e-12);
    assertEquals(expected, row.ratioError(), Math.max(expected, 1e-300) * 1e-9);
  }

  @Test
  void aRowWithoutReferenceHasNoRatio() {
    Row row = new Row(m("C", "m", Map.of(), 5), "", null);
    assertTrue(Double.isNaN(row.ratio()));
    assertTrue(Double.isNaN(row.ratioError()));
    assertEquals("", Table.ratio(row));
  }

  @Test
  void numbersKeepAboutThreeSignificantDigits() {
    assertEquals("12,345,679", Table.number(12_345_678.9));
    assertEquals("123", Table.number(123.4));
    assertEquals("12.3", Table.number(12.34));
    assertEquals("1.23", Table.number(1.234));
    assertEquals("0.012", Table.number(0.0123));
    assertEquals("–", Table.number(Double.NaN));
  }

  @Test
  void theTableIsMarkdownWithOneLinePerRowAndAlignedColumns() {
    Row row = new Row(
        new Measurement("E", "eligibility", params("items", "10", "mode", "FIRST_VIOLATION"), 50, 5, 0, 0),
        "E.easyRules",
        new Measurement("E", "easyRules", params("items", "10", "mode", "FIRST_VIOLATION"), 1000, 100, 640, 0));

    String[] lines = Table.render(List.of(row)).split("\n");

    assertEquals(3, lines.length);
    assertEquals(lines[0].length(), lines[1].length());
    assertEquals(lines[0].length(), lines[2].length());
    String[] cells = lines[2].split("\\|");
    assertEquals(" E.eligibility ", cells[1]);
    assertEquals("items=10 mode=FIRST_VIOLATION", cells[2].strip());
    assertEquals("50.0", cells[3].strip());
    assertEquals("640", cells[9].strip());
    // 50/1000 = 0.05, error 0.05 * sqrt(0.1² + 0.1²) = 0.00707...
    assertEquals("0.050 ± 0.007", cells[10].strip());
  }

  @Test
  void peerResultsParseInfoAndResultLinesAndNameABadLine() {
    PeerResults results = PeerResults.parse("# comment\ninfo\tNode v20\n"
        + "result\tIdentifyBenchmark.identify\tpeer (Node)\t1234.5\t12.5\n\n");
    assertEquals(List.of("Node v20"), results.info());
    assertEquals(List.of(new PeerResults.Entry("IdentifyBenchmark.identify", "peer (Node)", 1234.5, 12.5)),
        results.entries());

    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> PeerResults.parse("info\tok\nresult\tonly\tthree\n"));
    assertTrue(bad.getMessage().contains("line 2"), bad.getMessage());
  }

  @Test
  void settingsParseTheOptionsAndRejectUnknownOnes() {
    Suite.Settings quick = Suite.Settings.parse(new String[] {"--quick", "--include", "Calendar"});
    assertTrue(quick.quick);
    assertEquals(List.of("Calendar"), quick.includes);
    assertNull(quick.page);
    assertEquals(List.of(Suite.DEFAULT_INCLUDE), Suite.Settings.parse(new String[0]).includes);
    assertThrows(IllegalArgumentException.class, () -> Suite.Settings.parse(new String[] {"--fast"}));
    assertThrows(IllegalArgumentException.class, () -> Suite.Settings.parse(new String[] {"--page"}));
  }

  /** The settings of a full run and of a quick one, as the command line gives them. */
  private static final Suite.Settings FULL = Suite.Settings.parse(new String[0]);
  private static final Suite.Settings QUICK = Suite.Settings.parse(new String[] {"--quick"});

  @Test
  void fullRunsMeasureTheIdentificationAndItsBaselineInThreeJvmsAndQuickRunsInOne() {
    assertEquals(3, FULL.forks("IdentifyBenchmark.identify"));
    assertEquals(3, FULL.forks("IdentifyBenchmark.baseline"));
    assertEquals(1, FULL.forks("IdentifyBenchmark.verdict"));
    assertEquals(1, FULL.forks("EligibilityBenchmark.eligibility"));
    assertEquals(1, QUICK.forks("IdentifyBenchmark.identify"));
    assertEquals("1 fork (3 for IdentifyBenchmark.baseline, 3 for IdentifyBenchmark.identify)", Suite.forks(FULL));
    assertEquals("1 fork", Suite.forks(QUICK));
  }

  /** Each JVM of identify has one of its baseline next to it in time, in the same JMH run. */
  @Test
  void forkedBenchmarksRunInTurnsOneJvmOfEachPerRound() {
    List<String> both = List.of("IdentifyBenchmark.baseline", "IdentifyBenchmark.identify");
    assertEquals(List.of(both, both, both), Suite.forkRounds(FULL));
    assertEquals(List.of(both), Suite.forkRounds(QUICK));
  }

  @Test
  void classesWithLargeInputsWarmUpLongerInFullRuns() {
    assertEquals(10, FULL.warmupIterations("EligibilityBenchmark"));
    assertEquals(6, FULL.warmupIterations("IdentifyBenchmark"));
    assertEquals(1, QUICK.warmupIterations("EligibilityBenchmark"));
    assertEquals("6 (10 for EligibilityBenchmark, OrderBenchmark, RuleSetBenchmark, SplitBenchmark)",
        Suite.warmups(FULL));
    assertEquals("1", Suite.warmups(QUICK));
  }

  @Test
  void aForkedBenchmarksPatternFindsItsOwnMethodAndNoOther() {
    Pattern identify = Pattern.compile(Suite.benchmarkPattern("IdentifyBenchmark.identify"));
    assertTrue(identify.matcher("io.github.kotowari.benchmarks.IdentifyBenchmark.identify").find());
    assertFalse(identify.matcher("io.github.kotowari.benchmarks.IdentifyBenchmark.identifyAll").find());
    assertFalse(identify.matcher("io.github.kotowari.benchmarks.IdentifyShapesBenchmark.identify").find());
    assertFalse(identify.matcher("io.github.kotowari.benchmarks.IdentifyBenchmark.verdict").find());
  }
}
