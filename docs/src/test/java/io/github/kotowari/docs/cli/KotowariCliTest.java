package io.github.kotowari.docs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class KotowariCliTest {

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = KotowariCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void helpListsTheSubcommands() {
    Result r = run("--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("version"), r.out());
    assertTrue(r.out().contains("tour"), r.out());
  }

  @Test
  void versionPrintsTheVersion() {
    Result r = run("version");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("kotowari 0.1.0"), r.out());
  }

  @Test
  void tourPrintsARealDecisionInBothLanguages() {
    Result r = run("tour");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("判定: 不可（理由 2 件）"), r.out());
    assertTrue(r.out().contains("Decision: not allowed (2 reasons)"), r.out());
  }

  @Test
  void badArgumentsGiveOneLineAndExitCodeTwo() {
    Result r = run("--no-such-option");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("kotowari: "), r.err());
    assertFalse(r.err().contains("at picocli"), "no stack trace");
  }
}
