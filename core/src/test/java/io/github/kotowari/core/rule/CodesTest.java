package io.github.kotowari.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CodesTest {

  static final ParamKey<Integer> COUNT = ParamKey.of("count", Integer.class);
  static final ParamKey<List<Thing>> THINGS = ParamKey.listOf("things", Thing.class);

  /** A value that displays differently per language. */
  enum Thing implements Displayable {
    APPLE;

    @Override
    public String display(Locale locale) {
      return Language.of(locale) == Language.JAPANESE ? "りんご" : "apple";
    }
  }

  static ReasonCode code(String ja) {
    return ReasonCode.builder("test.code").param(COUNT).japanese(ja).english("{count} items").build();
  }

  @Test
  void bothMessagesAreRequired() {
    assertThrows(IllegalStateException.class,
        () -> ReasonCode.builder("test.a").english("only English").build());
    assertThrows(IllegalStateException.class,
        () -> RemedyCode.builder("test.a").japanese("日本語のみ").build());
  }

  @Test
  void placeholdersMustBeDeclared() {
    assertThrows(IllegalArgumentException.class,
        () -> ReasonCode.builder("test.a").japanese("{missing}").english("x").build());
    assertThrows(IllegalArgumentException.class, () -> code("{count"));
    assertThrows(IllegalArgumentException.class, () -> code("count}"));
    assertThrows(IllegalArgumentException.class, () -> code("{}"));
    assertThrows(IllegalArgumentException.class, () -> code("  "));
    assertThrows(IllegalArgumentException.class,
        () -> ReasonCode.builder("test.a").param(COUNT).param(ParamKey.of("count", String.class)));
  }

  @Test
  void violationsNeedEveryDeclaredParameterWithTheRightType() {
    ReasonCode code = code("{count} 件");
    assertThrows(IllegalArgumentException.class, () -> Violation.of(code));
    assertThrows(IllegalArgumentException.class,
        () -> Violation.builder(code).with(ParamKey.of("other", Integer.class), 1));
    @SuppressWarnings({"unchecked", "rawtypes"})
    ParamKey<Object> raw = (ParamKey) COUNT;
    assertThrows(IllegalArgumentException.class, () -> Violation.builder(code).with(raw, "not a number"));
  }

  @Test
  void messagesRenderParametersPerLanguage() {
    ReasonCode code = ReasonCode.builder("test.things").param(THINGS).param(COUNT)
        .japanese("{things}（{count} 件）").english("{things} ({count})").build();
    Violation v = Violation.builder(code).with(THINGS, List.of(Thing.APPLE, Thing.APPLE)).with(COUNT, 2).build();
    assertEquals("りんご、りんご（2 件）", v.message(Locale.JAPANESE));
    assertEquals("apple, apple (2)", v.message(Locale.ENGLISH));
    assertEquals("apple, apple (2)", v.message(Locale.GERMANY));
    assertEquals("{things}（{count} 件）", code.template(Language.JAPANESE));
    assertEquals(List.of(THINGS, COUNT), code.parameters());
    assertEquals("things: List<Thing>", THINGS.toString());
  }

  @Test
  void equality() {
    ReasonCode a = code("{count} 件");
    new EqualsTester()
        .addEqualityGroup(a, code("{count} 件"))
        .addEqualityGroup(code("{count} 個"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Violation.builder(a).with(COUNT, 1).build(), Violation.builder(a).with(COUNT, 1).build())
        .addEqualityGroup(Violation.builder(a).with(COUNT, 2).build())
        .testEquals();
    RemedyCode r = RemedyCode.builder("test.r").japanese("あ").english("a").build();
    new EqualsTester()
        .addEqualityGroup(Remedy.of(r), Remedy.of(RemedyCode.builder("test.r").japanese("あ").english("a").build()))
        .addEqualityGroup(Remedy.of(RemedyCode.builder("test.s").japanese("あ").english("a").build()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Outcome.pass(), Outcome.pass())
        .addEqualityGroup(Outcome.notApplicable())
        .addEqualityGroup(Outcome.violated(Violation.builder(a).with(COUNT, 1).build()),
            Outcome.violated(List.of(Violation.builder(a).with(COUNT, 1).build())))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(COUNT, ParamKey.of("count", Integer.class))
        .addEqualityGroup(ParamKey.of("count", Long.class))
        .addEqualityGroup(ParamKey.listOf("count", Integer.class))
        .testEquals();
  }

  @Test
  void nullsAreRejectedWithTheParameterName() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(ReasonCode.class, code("{count} 件"))
        .setDefault(RemedyCode.class, RemedyCode.builder("test.r").japanese("あ").english("a").build())
        .setDefault(Violation.class, Violation.of(ReasonCode.builder("test.v").japanese("あ").english("a").build()))
        .setDefault(String.class, "test.default")
        .setDefault(Rule.class, RuleSetTest.EVEN);
    tester.testAllPublicStaticMethods(ReasonCode.class);
    tester.testAllPublicStaticMethods(RemedyCode.class);
    tester.testAllPublicStaticMethods(Violation.class);
    tester.testAllPublicStaticMethods(Remedy.class);
    tester.testAllPublicStaticMethods(Outcome.class);
    tester.testAllPublicStaticMethods(ParamKey.class);
    tester.testAllPublicStaticMethods(Rule.class);
    tester.testAllPublicStaticMethods(RuleFailure.class);
    tester.testAllPublicInstanceMethods(Violation.builder(code("{count} 件")).with(COUNT, 1).build());
    tester.testAllPublicInstanceMethods(RuleSetTest.RULES);
    tester.testAllPublicInstanceMethods(RuleSetTest.RULES.evaluate(11));
    tester.testAllPublicInstanceMethods(Parameters.empty());
  }
}
