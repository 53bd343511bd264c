package io.github.kotowari.docs.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.carriers.InputNormalizer;
import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.LineItem;
import io.github.kotowari.konbini.store.PaymentNumber;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/security.md against the build and the code: the profiles and properties it tells readers to use
 * exist, the fuzz targets it names exist, and the input bounds it states are the constants' values.
 */
class SecurityDocTest {
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  static String read(String relative) throws IOException {
    return Files.readString(ROOT.resolve(relative), StandardCharsets.UTF_8);
  }

  @Test
  void theProfilesAndPropertiesItNamesExist() throws IOException {
    String doc = read("docs/security.md");
    String rootPom = read("pom.xml");
    String testkitPom = read("testkit/pom.xml");
    for (String profile : List.of("mutation", "fuzz", "mutation-threshold-core", "mutation-threshold-konbini",
        "mutation-threshold-carriers")) {
      assertTrue(rootPom.contains("<id>" + profile + "</id>"), "root pom.xml has no profile " + profile);
    }
    assertTrue(doc.contains("-Pmutation") && doc.contains("-Pfuzz"));
    assertTrue(testkitPom.contains("<id>fuzz</id>"), "testkit/pom.xml has the fuzz executions");
    for (String property : List.of("kotowari.fuzz.brief.seconds", "kotowari.fuzz.seconds")) {
      assertTrue(doc.contains(property), property);
      assertTrue(rootPom.contains("<" + property + ">"), "root pom.xml does not define " + property);
    }
  }

  @Test
  void theFuzzTargetsItNamesExist() throws IOException {
    String doc = read("docs/security.md");
    Path fuzz = ROOT.resolve("testkit/src/test/java/io/github/kotowari/testkit/fuzz");
    for (String target : List.of("YenFuzzTest", "PaymentNumberFuzzTest", "KonbiniStoreLookupFuzzTest",
        "OrderTextFuzzTest", "CheckDigitsFuzzTest", "InputNormalizerFuzzTest", "EntryPointsFuzzTest")) {
      assertTrue(doc.contains("`" + target + "`"), target + " is not named");
      assertTrue(Files.exists(fuzz.resolve(target + ".java")), target + " does not exist");
    }
  }

  @Test
  void theBoundsItStatesAreTheConstants() throws IOException {
    String doc = read("docs/security.md");
    assertTrue(doc.contains(Yen.MAX_INPUT_LENGTH + " UTF-16 characters (`Yen.MAX_INPUT_LENGTH`)"));
    assertTrue(doc.contains(PaymentNumber.MAX_INPUT_LENGTH + " characters (`PaymentNumber.MAX_INPUT_LENGTH`)"));
    assertTrue(doc.contains(String.format(java.util.Locale.ROOT, "%,d raw characters (`MAX_RAW_CHARS`), %d significant",
        InputNormalizer.MAX_RAW_CHARS, InputNormalizer.MAX_SIGNIFICANT_CHARS)));
    assertTrue(doc.contains(LineItem.MAX_ID_LENGTH + " characters, " + LineItem.MAX_CATEGORIES + " tags"));
  }
}
