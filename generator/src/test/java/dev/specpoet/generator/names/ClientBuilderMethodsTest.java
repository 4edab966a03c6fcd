package dev.specpoet.generator.names;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specpoet.runtime.ClientBuilder;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ClientBuilderMethodsTest {

  /**
   * A credential setter named like a method the runtime's ClientBuilder already has would not
   * compile (they are final) or would shadow it: the generator's reserved list must cover them all.
   */
  @Test
  void credentialNamesAvoidEveryMethodOfTheRuntimesClientBuilder() {
    Set<String> missing = new TreeSet<>();
    for (Class<?> c = ClientBuilder.class; c != null; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        int mod = m.getModifiers();
        if ((Modifier.isPublic(mod) || Modifier.isProtected(mod))
            && !m.isSynthetic()
            && !ReservedNames.CLIENT_BUILDER_METHODS.contains(m.getName())) {
          missing.add(c.getSimpleName() + "." + m.getName());
        }
      }
    }
    assertTrue(missing.isEmpty(), "not reserved for credentials: " + missing);
  }
}
