package io.github.kotowari.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void everyShapeHasLinesAndTheShapesCoverTheAsciiRow() {
    List<String> ascii = IdentifyCorpus.readResource(IdentifyCorpus.INPUTS).stream()
        .filter(line -> line.chars().allMatch(c -> c < 0x80)).toList();
    Map<String, Integer> counts = new TreeMap<>();
    for (String line : ascii) {
      String shape = IdentifyShapesBenchmark.shapeOf(line);
      assertTrue(IdentifyShapesBenchmark.SHAPES.contains(shape), shape);
      counts.merge(shape, 1, Integer::sum);
    }
    assertEquals(IdentifyShapesBenchmark.SHAPES.size(), counts.size(), counts::toString);
    assertEquals(ascii.size(), counts.values().stream().mapToInt(Integer::intValue).sum());
    System.out.println("ASCII lines by shape: " + counts);
  }
}
