package io.github.kotowari.konbini;

import io.github.kotowari.core.arch.KotowariArchitecture;
import org.junit.jupiter.api.Test;

/** The shared architecture rules, checked against this module's main classes. */
class ArchitectureTest {
  @Test
  void mainClassesFollowTheArchitectureRules() {
    KotowariArchitecture.checkModule("io.github.kotowari.konbini");
  }
}
