package io.github.kotowari.benchmarks.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScalingTest {

  private static Measurement m(String method, String lines, String mode, double nanos) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("lines", lines);
    params.put("mode", mode);
    return new Measurement("R", method, params, nanos, 0, 0, 0);
  }

  @Test
  void dividesByTheSizeAndGroupsByTheOtherParams() {
    String table = Scaling.render(List.of(
        m("allowed", "10", "FIRST", 50),
        m("allowed", "1000", "FIRST", 5_000),
        m("allowed", "10", "ALL", 200),
        new Measurement("C", "isHoliday", Map.of(), 10, 0, 0, 0)));

    assertEquals(""
        + "| Benchmark | Other params | 10 | 1,000 |\n"
        + "| --- | --- | ---: | ---: |\n"
        + "| R.allowed | mode=FIRST | 5.00 | 5.00 |\n"
        + "| R.allowed | mode=ALL | 20.0 |  |\n", table);
  }

  @Test
  void isEmptyWithoutSizeParameters() {
    assertEquals("", Scaling.render(List.of(new Measurement("C", "isHoliday", Map.of(), 10, 0, 0, 0))));
  }
}
