package io.github.kotowari.docs.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.core.Language;
import io.github.kotowari.core.rule.ParamKey;
import io.github.kotowari.core.rule.ReasonCode;
import io.github.kotowari.core.rule.RemedyCode;
import io.github.kotowari.konbini.eligibility.KonbiniReasons;
import io.github.kotowari.konbini.lifecycle.LifecycleReasons;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reason-code reference ({@code docs/reference/reason-codes.md}) is generated from the code's
 * catalogs and checked in; this test fails when the checked-in page is stale. To regenerate it:
 * {@code ./mvnw -B -q verify -pl docs -am -Dkotowari.docs.regenerate=true}.
 */
class ReasonCodeReferenceTest {

  static final Path PAGE = GuideSnippetsTest.DOCS.resolve("reference/reason-codes.md");

  /** One module's published codes. */
  record Catalog(String module, List<ReasonCode> reasons, List<RemedyCode> remedies) {}

  static List<Catalog> catalogs() {
    return List.of(
        new Catalog("konbini — eligibility and payment-method availability", KonbiniReasons.reasons(),
            KonbiniReasons.remedies()),
        new Catalog("konbini — payment lifecycle", LifecycleReasons.reasons(), LifecycleReasons.remedies()),
        new Catalog("carriers — identification", io.github.kotowari.carriers.CarrierCodes.reasons(),
            io.github.kotowari.carriers.CarrierCodes.remedies()),
        new Catalog("carriers — contacts", io.github.kotowari.carriers.contact.ContactCodes.reasons(),
            io.github.kotowari.carriers.contact.ContactCodes.remedies()),
        new Catalog("carriers — missing tracking number",
            io.github.kotowari.carriers.notracking.MissingTrackingCodes.reasons(),
            io.github.kotowari.carriers.notracking.MissingTrackingCodes.remedies()));
  }

  static String render(List<Catalog> catalogs) {
    StringBuilder out = new StringBuilder();
    out.append("# Reason-code reference / 理由コード一覧\n\n")
        .append("Generated from the code by `ReasonCodeReferenceTest` (docs module); do not edit by hand.\n")
        .append("Codes and parameter names are part of the public API contract: they never change meaning.\n")
        .append("コードとパラメーター名は公開 API の一部であり、意味が変わることはありません。\n");
    for (Catalog catalog : catalogs) {
      out.append("\n## ").append(catalog.module()).append("\n\n### Reasons / 理由\n\n")
          .append("| code | parameters | ja | en |\n|---|---|---|---|\n");
      for (ReasonCode code : catalog.reasons()) {
        row(out, code.code(), code.parameters(), code.template(Language.JAPANESE), code.template(Language.ENGLISH));
      }
      if (!catalog.remedies().isEmpty()) {
        out.append("\n### Remedies / 対処\n\n| code | parameters | ja | en |\n|---|---|---|---|\n");
        for (RemedyCode code : catalog.remedies()) {
          row(out, code.code(), code.parameters(), code.template(Language.JAPANESE),
              code.template(Language.ENGLISH));
        }
      }
    }
    return out.toString();
  }

  static void row(StringBuilder out, String code, ImmutableList<ParamKey<?>> params, String ja, String en) {
    String parameters = params.isEmpty() ? "—"
        : params.stream().map(p -> "`" + p + "`").collect(Collectors.joining(", "));
    out.append("| `").append(code).append("` | ").append(parameters).append(" | ").append(cell(ja))
        .append(" | ").append(cell(en)).append(" |\n");
  }

  static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  @Test
  void codesAreUniqueAcrossModules() {
    Set<String> seen = new HashSet<>();
    for (Catalog catalog : catalogs()) {
      for (ReasonCode code : catalog.reasons()) {
        assertFalse(!seen.add(code.code()), "duplicate code " + code);
      }
      for (RemedyCode code : catalog.remedies()) {
        assertFalse(!seen.add(code.code()), "duplicate code " + code);
      }
    }
  }

  @Test
  void theCheckedInReferenceIsCurrent() throws IOException {
    String expected = render(catalogs());
    if (Boolean.getBoolean("kotowari.docs.regenerate")) {
      Files.createDirectories(PAGE.getParent());
      Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
    }
    String actual = Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "";
    assertEquals(expected, actual, "docs/reference/reason-codes.md is stale; regenerate it with "
        + "./mvnw -B -q verify -pl docs -am -Dkotowari.docs.regenerate=true");
  }
}
