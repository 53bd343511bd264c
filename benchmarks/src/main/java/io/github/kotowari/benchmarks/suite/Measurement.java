package io.github.kotowari.benchmarks.suite;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * One benchmark's measured figures for one combination of parameters.
 *
 * @param benchmarkClass simple name of the benchmark class, such as {@code IdentifyBenchmark}
 * @param method the {@code @Benchmark} method's name
 * @param params the {@code @Param} values, in declaration order
 * @param nanosPerOp average time per operation, in nanoseconds
 * @param nanosError half-width of the 99.9% confidence interval of {@code nanosPerOp} (NaN when
 *     fewer than two iterations were measured)
 * @param bytesPerOp bytes allocated per operation ({@code gc.alloc.rate.norm}), NaN when not profiled
 * @param bytesError half-width of the 99.9% confidence interval of {@code bytesPerOp}
 */
public record Measurement(
    String benchmarkClass,
    String method,
    Map<String, String> params,
    double nanosPerOp,
    double nanosError,
    double bytesPerOp,
    double bytesError) {

  /** Copies the parameters, keeping their order. */
  public Measurement {
    Objects.requireNonNull(benchmarkClass, "benchmarkClass");
    Objects.requireNonNull(method, "method");
    params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /**
   * Returns {@code Class.method}, the name used in the table and in the peer file.
   *
   * @return the benchmark's short name
   */
  public String name() {
    return benchmarkClass + "." + method;
  }

  /**
   * Returns the parameters as {@code key=value} pairs separated by spaces, or an empty string.
   *
   * @return the parameters for display
   */
  public String paramsText() {
    StringJoiner joiner = new StringJoiner(" ");
    params.forEach((key, value) -> joiner.add(key + "=" + value));
    return joiner.toString();
  }
}
