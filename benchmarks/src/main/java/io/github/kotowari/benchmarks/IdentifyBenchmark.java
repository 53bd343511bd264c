package io.github.kotowari.benchmarks;

import io.github.kotowari.benchmarks.corpus.IdentifyCorpus;
import io.github.kotowari.carriers.Identification;
import io.github.kotowari.carriers.Identifier;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Identifying pasted numbers ({@code Identifier.identify}) over the 1,000-line corpus
 * ({@code identify-corpus.txt}, made by {@link IdentifyCorpus}), one input per operation in corpus
 * order, beside a {@code baseline} that only reads each input's characters once. Goal: at most 5×
 * the baseline, and 0 B/op on ASCII input.
 *
 * <ul>
 *   <li>{@code inputs=all}: every line, full-width digits and Japanese text included (the Node peer,
 *       {@code peer-node/identify-peer.js}, times the same lines);
 *   <li>{@code inputs=ascii}: only the lines that are pure ASCII.
 * </ul>
 *
 * <p>{@code identify} returns the {@link Identification} (it escapes, so it is allocated);
 * {@code identifyVerdict} keeps only the verdict, which lets escape analysis remove the result if
 * the JIT inlines enough: its B/op is what the identification itself allocates.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar IdentifyBenchmark -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class IdentifyBenchmark {

  @Param({"all", "ascii"})
  public String inputs;

  private String[] corpus;
  private int next;

  /** Reads the corpus from the class path, keeping the ASCII lines only when asked. */
  @Setup
  public void setUp() {
    List<String> lines = IdentifyCorpus.readResource(IdentifyCorpus.INPUTS);
    corpus = lines.stream()
        .filter(line -> inputs.equals("all") || line.chars().allMatch(c -> c < 0x80))
        .toArray(String[]::new);
  }

  private String nextInput() {
    String input = corpus[next];
    next = next + 1 == corpus.length ? 0 : next + 1;
    return input;
  }

  /** Kotowari: the whole identification. */
  @Benchmark
  public Identification identify() {
    return Identifier.identify(nextInput());
  }

  /** Kotowari, keeping only the verdict. */
  @Benchmark
  public int identifyVerdict() {
    return Identifier.identify(nextInput()).verdict().ordinal();
  }

  /** Reads every character of the input once: the floor for any identification. */
  @Benchmark
  public int baseline() {
    String input = nextInput();
    int sum = 0;
    for (int i = 0; i < input.length(); i++) {
      sum += input.charAt(i);
    }
    return sum;
  }
}
