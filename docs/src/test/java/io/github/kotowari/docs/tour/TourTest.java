package io.github.kotowari.docs.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The README quotes the tour's output; this test holds the quoted text and compares it with the run. */
class TourTest {

  @Test
  void theReadmeShowsTheTourAsItRuns() {
    String readme = """
        == 1. Your own rules: an order of ¥300,001 by express shipping, two rules ==
        判定: 不可（理由 2 件）
        1. 合計 300,001円 が上限 300,000円 を超えています。 [tour.amount-over-limit]
           → 注文を分けてください。
        2. お急ぎ便ではこの支払い方法を利用できません。 [tour.express-shipping]
           → 通常配送を選んでください。
        Decision: not allowed (2 reasons)
        1. The total ¥300,001 exceeds the limit of ¥300,000. [tour.amount-over-limit]
           → Split the order.
        2. This payment method is not offered with express shipping. [tour.express-shipping]
           → Choose standard shipping.
        """;
    assertEquals(readme, Tour.text());
  }
}
