package io.github.kotowari.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * One rule set, shared by many threads, decides exactly as it does when called from one thread: rule
 * sets hold no per-thread or per-call state. The thread pool lives in this test only.
 */
class RuleSetConcurrencyProperties {

  static final int THREADS = 8;
  /** One shared instance: a RuleFailure compares its cause by identity. */
  static final IllegalStateException BOOM = new IllegalStateException("boom");
  static ExecutorService pool;

  @BeforeContainer
  static void startPool() {
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterContainer
  static void stopPool() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(10, TimeUnit.SECONDS);
  }

  @Provide
  Arbitrary<RuleAlgebraProperties.Tree> trees() {
    return RuleAlgebraProperties.trees(3);
  }

  @Property(tries = 50)
  void decisionsAreTheSameFromManyThreadsAsFromOne(@ForAll("trees") RuleAlgebraProperties.Tree a,
      @ForAll("trees") RuleAlgebraProperties.Tree b, @ForAll("trees") RuleAlgebraProperties.Tree c)
      throws Exception {
    AtomicInteger ids = new AtomicInteger();
    RuleSet<Integer> rules = RuleSet.of(
        RuleAlgebraProperties.build(a, ids), RuleAlgebraProperties.build(b, ids),
        RuleAlgebraProperties.build(c, ids),
        Rule.of("t.throws-on-13", "throws for one input", n -> {
          if (n == 13) {
            throw BOOM;
          }
          return Outcome.pass();
        }));
    List<Decision> sequential = new ArrayList<>();
    for (Mode mode : Mode.values()) {
      for (int facts = 0; facts < 256; facts++) {
        sequential.add(rules.evaluate(facts, mode));
      }
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Decision>>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int offset = t * 37;
      futures.add(pool.submit(() -> {
        start.await();
        // Each thread walks the inputs in its own order, so threads overlap on different inputs.
        Decision[] mine = new Decision[sequential.size()];
        for (int i = 0; i < mine.length; i++) {
          int k = (i + offset) % mine.length;
          Mode mode = Mode.values()[k / 256];
          mine[k] = rules.evaluate(k % 256, mode);
        }
        return List.of(mine);
      }));
    }
    start.countDown();
    for (Future<List<Decision>> future : futures) {
      assertEquals(sequential, future.get(30, TimeUnit.SECONDS));
    }
  }
}
