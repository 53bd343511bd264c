package io.github.kotowari.core.money;

import com.google.common.testing.AbstractPackageSanityTests;

/** Guava's generic null, equality and serialization checks over every public class of the package. */
public class PackageSanityTests extends AbstractPackageSanityTests {
  public PackageSanityTests() {
    setDefault(Yen.class, Yen.of(300_000));
    setDefault(YenFormatException.Problem.class, YenFormatException.Problem.DECIMAL);
  }
}
