package io.github.kotowari.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.kotowari.core.rule.ReasonCode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RuleArbitrariesTest {

  @Provide
  Arbitrary<String> codes() {
    return RuleArbitraries.codes();
  }

  @Property
  void everyGeneratedCodeIsAcceptedByTheRuleApi(@ForAll("codes") String code) {
    ReasonCode reason = ReasonCode.builder(code).japanese("理由").english("reason").build();
    assertEquals(code, reason.code());
  }
}
