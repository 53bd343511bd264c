package archfixture.cycle.a;

/** Half of a deliberate package cycle (a → b → a). */
public final class A {
  private A() {}

  public static Class<?> other() {
    return archfixture.cycle.b.B.class;
  }
}
