package dev.specpoet.runtime;

import mockwebserver3.MockResponse;

/** Short-hands for the responses the tests enqueue. */
final class MockResponses {
  private MockResponses() {}

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  static MockResponse ok(String body) {
    return json(200, body);
  }

  static MockResponse envelope(String resultJson) {
    return ok("{\"success\":true,\"errors\":[],\"messages\":[],\"result\":" + resultJson + "}");
  }

  static MockResponse status(int code) {
    return json(
        code,
        "{\"success\":false,\"errors\":[{\"code\":"
            + (1000 + code)
            + ",\"message\":\"status "
            + code
            + "\"}],\"messages\":[],\"result\":null}");
  }
}
