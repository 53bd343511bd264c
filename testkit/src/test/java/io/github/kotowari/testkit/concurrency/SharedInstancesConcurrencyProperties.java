package io.github.kotowari.testkit.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.kotowari.core.calendar.BusinessCalendar;
import io.github.kotowari.core.calendar.JapaneseHolidays;
import io.github.kotowari.core.money.Yen;
import io.github.kotowari.konbini.store.PaymentNumber;
import io.github.kotowari.carriers.IdentifierFormat;
import io.github.kotowari.carriers.Identifier;
import io.github.kotowari.carriers.IdentifyContext;
import io.github.kotowari.carriers.Market;
import io.github.kotowari.core.rule.Mode;
import io.github.kotowari.konbini.eligibility.KonbiniEligibility;
import io.github.kotowari.konbini.eligibility.KonbiniReasons;
import io.github.kotowari.testkit.KonbiniArbitraries;
import io.github.kotowari.testkit.OrderArbitraries;
import io.github.kotowari.testkit.TrackingArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The library's shared, long-lived instances — a holiday calendar, a business calendar, konbini
 * eligibility's rule set, the identifier and the parsers behind the value types — answer from many threads exactly as they answer from one. Each
 * try builds a mixed list of questions, answers it sequentially, then has eight threads answer it at
 * once, each walking the list in its own order, and compares every answer.
 */
class SharedInstancesConcurrencyProperties {
  static final int THREADS = 8;
  static final JapaneseHolidays HOLIDAYS = JapaneseHolidays.standard();
  static final BusinessCalendar CALENDAR = BusinessCalendar.of(HOLIDAYS);
  static final KonbiniEligibility KONBINI = KonbiniEligibility.amazonJapan();
  static final IdentifyContext CONTEXT = IdentifyContext.of(Market.AMAZON_JAPAN_DOMESTIC);
  static ExecutorService pool;

  @BeforeContainer
  static void startPool() {
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterContainer
  static void stopPool() {
    pool.shutdownNow();
  }

  @Property(tries = 30)
  void everySharedInstanceAnswersTheSameFromEightThreads(@ForAll("questions") List<Supplier<Object>> questions)
      throws Exception {
    List<Object> sequential = new ArrayList<>(questions.size());
    for (Supplier<Object> question : questions) {
      sequential.add(question.get());
    }
    List<Future<List<Object>>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int shift = t;
      Callable<List<Object>> walk = () -> {
        Object[] answers = new Object[questions.size()];
        int n = questions.size();
        for (int k = 0; k < n; k++) {
          // Each thread starts at its own offset; odd threads walk backwards.
          int step = shift % 2 == 0 ? k : n - 1 - k;
          int i = (step + shift * n / THREADS) % n;
          answers[i] = questions.get(i).get();
        }
        List<Object> list = new ArrayList<>(answers.length);
        Collections.addAll(list, answers);
        return list;
      };
      futures.add(pool.submit(walk));
    }
    for (Future<List<Object>> future : futures) {
      assertEquals(sequential, future.get());
    }
  }

  @Provide
  Arbitrary<List<Supplier<Object>>> questions() {
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 365 * 150)
        .map(JapaneseHolidays.FIRST_DATE::plusDays);
    Arbitrary<Supplier<Object>> holiday = dates.map(d -> () -> HOLIDAYS.holiday(d));
    Arbitrary<Supplier<Object>> businessDays = dates.flatMap(d -> Arbitraries.integers().between(-60, 60)
        .map(n -> () -> outcome(() -> CALENDAR.addBusinessDays(d, n))));
    Arbitrary<Supplier<Object>> amounts = Arbitraries.strings().withChars("0123456789,万円¥￥０１２ ")
        .ofMaxLength(14).map(text -> () -> Yen.tryParse(text));
    Arbitrary<Supplier<Object>> paymentNumbers = KonbiniArbitraries.pastedPaymentNumbers()
        .map(pasted -> () -> PaymentNumber.check(pasted.number().kind(), pasted.text()));
    Arbitrary<Supplier<Object>> identify = Arbitraries.oneOf(
            TrackingArbitraries.pasted(TrackingArbitraries.valid()).map(TrackingArbitraries.Sample::text),
            TrackingArbitraries.oneDigitChanged(IdentifierFormat.YAMATO_12).map(TrackingArbitraries.Sample::text),
            Arbitraries.strings().ofMaxLength(30))
        .map(text -> () -> Identifier.identify(text, CONTEXT));
    Arbitrary<Supplier<Object>> eligibility = Arbitraries.oneOf(
            OrderArbitraries.orders().eligible(),
            OrderArbitraries.orders().ineligibleFor(KonbiniReasons.AMOUNT_OVER_LIMIT),
            OrderArbitraries.orders().ineligibleFor(KonbiniReasons.GIFT_CARD_ITEM))
        .flatMap(order -> Arbitraries.of(Mode.class).map(mode -> () -> KONBINI.check(order, mode)));
    return Arbitraries.oneOf(holiday, businessDays, amounts, paymentNumbers, identify, eligibility)
        .list().ofMinSize(1).ofMaxSize(400);
  }

  /** An answer or the type of exception thrown, so that failures are compared too. */
  static Object outcome(Supplier<Object> computation) {
    try {
      return computation.get();
    } catch (RuntimeException e) {
      return e.getClass();
    }
  }
}
