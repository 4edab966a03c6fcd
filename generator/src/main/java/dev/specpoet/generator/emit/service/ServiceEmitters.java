package dev.specpoet.generator.emit.service;

import dev.specpoet.generator.emit.Emitter;
import java.util.List;

/**
 * The emitters of everything that calls the API: params classes ({@code PKG.models}), services
 * ({@code PKG.services}, blocking and async, each with a {@code withRawResponse()} view; list calls
 * return the runtime's pages) and the two clients ({@code PKG}). The pipeline runs them when
 * services are generated.
 */
public final class ServiceEmitters {
  private ServiceEmitters() {}

  /** The params, service and client emitters, in that order. */
  public static List<Emitter<?>> all() {
    return List.of(new ParamsEmitter(), new ServiceEmitter(), new ClientEmitter());
  }
}
