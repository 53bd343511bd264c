package io.github.kotowari.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.kotowari.benchmarks.corpus.IdentifyCorpus;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

class IdentifyShapesBenchmarkTest {

  @Test
  void shapesAreDecidedByHowTheLineIsTyped() {
    assertEquals("digits", IdentifyShapesBenchmark.shapeOf("443496171020"));
    assertEquals("digits", IdentifyShapesBenchmark.shapeOf("123456789012345"));
    assertEquals("longDigits", IdentifyShapesBenchmark.shapeOf("1234567890123456"));
    assertEquals("letters", IdentifyShapesBenchmark.shapeOf("EG725089303JP"));
    assertEquals("letters", IdentifyShapesBenchmark.shapeOf("TBD"));
    assertEquals("separated", IdentifyShapesBenchmark.shapeOf("4434-9617-1020"));
    assertEquals("separated", IdentifyShapesBenchmark.shapeOf(" 4434 9617 1020"));
    assertEquals("other", IdentifyShapesBenchmark.shapeOf("eg 725 089 303 jp"));
    assertEquals("other", IdentifyShapesBenchmark.shapeOf("D01-1234567-1234567"));
    assertEquals("other", IdentifyShapesBenchmark.shapeOf("- -"));
    assertEquals("other", IdentifyShapesBenchmark.shapeOf(""));
    assertThrows(IllegalArgumentException.class, () -> IdentifyShapesBenchmark.shapeOf("４４３４"));
  }

  @Test
  void theParameterRunsEveryShape() throws NoSuchFieldException {
    Param param = IdentifyShapesBenchmark.class.getField("shape").getAnnotation(Param.class);
    assertEquals(IdentifyShapesBenchmark.SHAPES, List.of(param.value()));
  }

  /** The performance guides (en, ja) give these counts when they weigh the shape rows. */
  @Test
  void theAsciiLinesSplitIntoTheShapesTheGuidesCount() {
    Map<String, Integer> counts = new TreeMap<>();
    for (String line : IdentifyCorpus.readResource(IdentifyCorpus.INPUTS)) {
      if (IdentifyBenchmark.isAscii(line)) {
        counts.merge(IdentifyShapesBenchmark.shapeOf(line), 1, Integer::sum);
      }
    }
    assertEquals(Map.of("digits", 353, "longDigits", 112, "letters", 206, "separated", 202, "other", 57), counts,
        "the corpus changed: revise the line counts in docs/guide/{en,ja}/performance.md");
  }
}
