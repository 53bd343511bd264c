package io.github.kotowari.benchmarks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.carriers.CheckDigits;
import io.github.kotowari.carriers.Identifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifyCorpusTest {

  private static final Path RESOURCES = Path.of("src/main/resources");

  @Test
  void theCommittedFilesAreWhatTheGeneratorMakes() throws IOException {
    List<IdentifyCorpus.Line> corpus = IdentifyCorpus.generate();

    assertEquals(IdentifyCorpus.inputsText(corpus),
        Files.readString(RESOURCES.resolve(IdentifyCorpus.INPUTS), StandardCharsets.UTF_8),
        "regenerate with: java -cp benchmarks/target/benchmarks.jar "
            + "io.github.kotowari.benchmarks.corpus.IdentifyCorpus benchmarks/src/main/resources");
    assertEquals(IdentifyCorpus.kindsText(corpus),
        Files.readString(RESOURCES.resolve(IdentifyCorpus.KINDS), StandardCharsets.UTF_8));
  }

  @Test
  void thereAreAThousandNonEmptySingleLineInputs() {
    List<IdentifyCorpus.Line> corpus = IdentifyCorpus.generate();
    assertEquals(1_000, corpus.size());
    for (IdentifyCorpus.Line line : corpus) {
      assertFalse(line.input().isEmpty(), line::toString);
      assertFalse(line.input().contains("\n") || line.input().contains("\r"), line::toString);
    }
    assertEquals(IdentifyCorpus.readResource(IdentifyCorpus.INPUTS).size(), 1_000);
  }

  @Test
  void shapesAreThoseTheKindsPromise() {
    for (IdentifyCorpus.Line line : IdentifyCorpus.generate()) {
      String input = line.input();
      switch (line.kind()) {
        case "jp12" -> assertTrue(input.matches("[1-9][0-9]{11}") && CheckDigits.isValidSevenDr(input), input);
        case "jp12-hyphen" -> assertTrue(input.matches("[0-9]{4}-[0-9]{4}-[0-9]{4}"), input);
        case "jp12-fullwidth" -> assertTrue(input.matches("[０-９]{12}"), input);
        case "jp12-bad-check" -> assertFalse(CheckDigits.isValidSevenDr(input), input);
        case "jppost11" -> assertTrue(input.matches("[1-8][0-9]{10}"), input);
        case "s10-jp" -> assertTrue(input.matches("[A-Z]{2}[0-9]{9}JP") && CheckDigits.isValidS10(input), input);
        case "s10-bad-check" -> assertFalse(CheckDigits.isValidS10(input), input);
        case "ups" -> assertTrue(input.matches("1Z[0-9A-Z]{16}") && CheckDigits.isValidUps(input), input);
        case "ups-bad-check" -> assertFalse(CheckDigits.isValidUps(input), input);
        case "amazon-order" -> assertTrue(input.matches("[0-9]{3}-[0-9]{7}-[0-9]{7}"), input);
        case "amazon-digital-order" -> assertTrue(input.matches("D01-[0-9]{7}-[0-9]{7}"), input);
        case "fedex22" -> assertTrue(input.matches("96[0-9]{20}"), input);
        default -> { }
      }
    }
  }

  @Test
  void labelsUseThePeersCourierCodes() {
    // Vectors from shared/domain/carriers.md §1.3, §1.5, §1.7.
    assertEquals("ups", IdentifyLabels.of(Identifier.identify("1Z5R89390357567127")));
    assertEquals("s10", IdentifyLabels.of(Identifier.identify("EG725089303JP")));
    assertEquals("s10", IdentifyLabels.of(Identifier.identify("EE994353255CN")));
    assertEquals("amazon-order", IdentifyLabels.of(Identifier.identify("058-3563777-5518068")));
    assertEquals("-", IdentifyLabels.of(Identifier.identify("hello")));
    // A 12-digit 7DR number is ambiguous between the three Japanese carriers (§1.1).
    String japanese = IdentifyLabels.of(Identifier.identify("443496171020"));
    assertTrue(japanese.contains("yamato") && japanese.contains("sagawa") && japanese.contains("japan-post"),
        japanese);
  }
}
