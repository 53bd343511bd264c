package io.github.kotowari.benchmarks;

import io.github.kotowari.konbini.lifecycle.DeadlinePolicy;
import io.github.kotowari.konbini.lifecycle.KonbiniPayment;
import io.github.kotowari.konbini.lifecycle.LifecyclePolicy;
import io.github.kotowari.konbini.lifecycle.PaymentState;
import io.github.kotowari.konbini.lifecycle.ReflectionPolicy;
import io.github.kotowari.konbini.store.PaymentNumber;
import io.github.kotowari.konbini.store.PaymentNumberKind;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The konbini lifecycle's hot paths over 4,096 issuing instants spread across 1950–2095: the payment
 * deadline of an issuing instant ({@code DeadlinePolicy.deadline}), the derived state of a payment at
 * an instant ({@code KonbiniPayment.stateAt}, no allocation) and the expected reflection of a payment
 * ({@code ReflectionPolicy.expectedReflection}, which consults the business calendar).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar DeadlineBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-XX:+AlwaysPreTouch"})
public class DeadlineBenchmark {
  private static final int MASK = 4095;

  private final DeadlinePolicy deadline = DeadlinePolicy.amazonJapan();
  private final ReflectionPolicy reflection = ReflectionPolicy.amazonJapan();
  private final Instant[] instants = new Instant[MASK + 1];
  private final KonbiniPayment[] payments = new KonbiniPayment[MASK + 1];
  private final Instant[] probes = new Instant[MASK + 1];
  private int next;

  /** Fills the instants deterministically: a stride through 1950–2095 that hits every hour of the day. */
  @Setup
  public void setUp() {
    long first = Instant.parse("1950-01-01T00:00:00Z").getEpochSecond();
    long span = Instant.parse("2095-12-31T00:00:00Z").getEpochSecond() - first;
    PaymentNumber number = PaymentNumber.parse(PaymentNumberKind.PAYMENT_NUMBER, "12345678901");
    for (int i = 0; i <= MASK; i++) {
      instants[i] = Instant.ofEpochSecond(first + (i * 7_919L * 3_607L) % span);
      payments[i] = KonbiniPayment.issue(number, instants[i], LifecyclePolicy.amazonJapan()).orElseThrow();
      probes[i] = instants[i].plusSeconds((i * 104_729L) % (10 * 86_400L));
    }
  }

  /** {@code DeadlinePolicy.deadline}: zone conversion, date arithmetic and range checks. */
  @Benchmark
  public Instant deadline() {
    return deadline.deadline(instants[next++ & MASK]).instant();
  }

  /** {@code KonbiniPayment.stateAt}: comparisons of stored instants. */
  @Benchmark
  public PaymentState stateAt() {
    int i = next++ & MASK;
    return payments[i].stateAt(probes[i]);
  }

  /** {@code ReflectionPolicy.expectedReflection}: zone conversion plus business-calendar lookups. */
  @Benchmark
  public Instant expectedReflection() {
    return reflection.expectedReflection(instants[next++ & MASK]).expectedBy().instant();
  }
}
