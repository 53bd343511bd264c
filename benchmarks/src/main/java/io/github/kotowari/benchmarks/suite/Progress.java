package io.github.kotowari.benchmarks.suite;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * JMH's full output goes to a log file; the terminal gets one line per benchmark run, so a
 * fifteen-minute run shows where it is without flooding the screen.
 */
final class Progress implements OutputFormat {
  private final OutputFormat log;
  private final PrintStream terminal;
  private final long startNanos;
  private int count;

  /** Numbers its lines after {@code started} benchmarks, with times counted from {@code startNanos}. */
  Progress(OutputFormat log, PrintStream terminal, long startNanos, int started) {
    this.log = log;
    this.terminal = terminal;
    this.startNanos = startNanos;
    this.count = started;
  }

  /** The benchmarks started so far, those before this run's included. */
  int count() {
    return count;
  }

  @Override
  public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {
    log.iteration(benchParams, params, iteration);
  }

  @Override
  public void iterationResult(
      BenchmarkParams benchParams, IterationParams params, int iteration, IterationResult data) {
    log.iterationResult(benchParams, params, iteration, data);
  }

  @Override
  public void startBenchmark(BenchmarkParams benchParams) {
    log.startBenchmark(benchParams);
    count++;
    long seconds = (System.nanoTime() - startNanos) / 1_000_000_000L;
    StringBuilder params = new StringBuilder();
    for (String key : benchParams.getParamsKeys()) {
      params.append(' ').append(key).append('=').append(benchParams.getParam(key));
    }
    String name = benchParams.getBenchmark();
    name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
    terminal.printf(Locale.ROOT, "[%3d %2d:%02d] %s%s%n", count, seconds / 60, seconds % 60, name, params);
  }

  @Override
  public void endBenchmark(BenchmarkResult result) {
    log.endBenchmark(result);
  }

  @Override
  public void startRun() {
    log.startRun();
  }

  @Override
  public void endRun(Collection<RunResult> result) {
    log.endRun(result);
  }

  @Override
  public void print(String s) {
    log.print(s);
  }

  @Override
  public void println(String s) {
    log.println(s);
  }

  @Override
  public void flush() {
    log.flush();
    terminal.flush();
  }

  @Override
  public void close() {
    log.close();
  }

  @Override
  public void verbosePrintln(String s) {
    log.verbosePrintln(s);
  }

  @Override
  public void write(int b) {
    log.write(b);
  }

  @Override
  public void write(byte[] b) throws IOException {
    log.write(b);
  }
}
