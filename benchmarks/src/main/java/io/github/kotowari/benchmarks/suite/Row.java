package io.github.kotowari.benchmarks.suite;

import org.jspecify.annotations.Nullable;

/**
 * One line of the comparison table: our measurement and, when there is one, its reference.
 *
 * @param ours the measurement of our code (or of a reference that an outside figure stands beside)
 * @param referenceName the reference's name ({@code Class.method} or the peer's label), empty if none
 * @param reference the reference's figures, null when the row has no reference
 */
public record Row(Measurement ours, String referenceName, @Nullable Measurement reference) {

  /**
   * Returns ours ÷ reference in time per operation; below 1 means ours is faster. NaN without a
   * reference.
   *
   * @return the time ratio
   */
  public double ratio() {
    return reference == null ? Double.NaN : ours.nanosPerOp() / reference.nanosPerOp();
  }

  /**
   * Returns the error of {@link #ratio()}, combining both relative errors in quadrature (first-order
   * propagation of the two confidence intervals). NaN when either error is unknown.
   *
   * @return the ratio's error
   */
  public double ratioError() {
    if (reference == null) {
      return Double.NaN;
    }
    double a = ours.nanosError() / ours.nanosPerOp();
    double b = reference.nanosError() / reference.nanosPerOp();
    return ratio() * Math.sqrt(a * a + b * b);
  }
}
