package dev.specpoet.aigateway.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** JSON bodies the fake servers answer with, shaped as the spec says the API answers. */
public final class Fixtures {

  private Fixtures() {}

  /** A gateway with only its required fields (two of them null, as the spec allows). */
  public static String gateway(String id) {
    return "{\"id\":\""
        + id
        + "\",\"cache_invalidate_on_update\":true,\"cache_ttl\":60,\"collect_logs\":true,"
        + "\"created_at\":\"2024-05-01T12:00:00Z\",\"modified_at\":\"2024-05-01T12:30:00Z\","
        + "\"rate_limiting_interval\":null,\"rate_limiting_limit\":null}";
  }

  /** Cloudflare's success envelope around {@code result}. */
  public static String envelope(String result) {
    return "{\"result\":" + result + ",\"success\":true,\"errors\":[],\"messages\":[]}";
  }

  /** Cloudflare's error envelope. */
  public static String error(int code, String message) {
    return "{\"result\":null,\"success\":false,\"errors\":[{\"code\":"
        + code
        + ",\"message\":\""
        + message
        + "\"}],\"messages\":[]}";
  }

  /** A log entry as the list call returns it. */
  public static String log(String id) {
    return "{\"id\":\""
        + id
        + "\",\"cached\":false,\"created_at\":\"2024-05-01T12:00:00Z\",\"duration\":120,"
        + "\"model\":\"gpt-4o\",\"path\":\"/v1/chat/completions\",\"provider\":\"openai\",\"success\":true,"
        + "\"tokens_in\":10,\"tokens_out\":20}";
  }

  /** The ids {@code prefix-from} .. {@code prefix-(from+count-1)}. */
  public static List<String> ids(String prefix, int from, int count) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(prefix + "-" + (from + i));
    }
    return out;
  }

  /**
   * One page of the log list: {@code result_info} carries {@code page}, {@code per_page}, {@code
   * count}, and {@code total_count} / {@code total_pages} when not null.
   */
  public static String logPage(
      List<String> ids, long page, long perPage, Long totalCount, Long totalPages) {
    StringBuilder info =
        new StringBuilder(
            "{\"page\":" + page + ",\"per_page\":" + perPage + ",\"count\":" + ids.size());
    if (totalCount != null) {
      info.append(",\"total_count\":").append(totalCount);
    }
    if (totalPages != null) {
      info.append(",\"total_pages\":").append(totalPages);
    }
    info.append('}');
    String items = ids.stream().map(Fixtures::log).collect(Collectors.joining(",", "[", "]"));
    return "{\"result\":"
        + items
        + ",\"result_info\":"
        + info
        + ",\"success\":true,\"errors\":[],\"messages\":[]}";
  }

  /** A page of {@code count} logs in one body (for the very-large-page test). */
  public static String hugeLogPage(int count) {
    List<String> ids = IntStream.range(0, count).mapToObj(i -> "log-" + i).toList();
    return logPage(ids, 1, count, (long) count, 1L);
  }
}
