package dev.specpoet.runtime.pagination;

import java.util.List;
import java.util.Map;

/**
 * Next-link pagination: the response holds the URL of the next page, in the body ({@code next},
 * {@code nextLink}, {@code @odata.nextLink}, {@code links.next}) or as the {@code rel="next"} link
 * of its {@code Link} header. There is a next page exactly when the link is there; an empty page
 * with a link is followed (some APIs send those mid-list), and a link the server already gave ends
 * the pages (see {@link Page#hasNextPage()}).
 */
public final class NextLinkStrategy implements NextPageStrategy<String> {
  private final String link;
  private final String where;

  private NextLinkStrategy(String link, String where) {
    this.link = link == null || link.isBlank() ? null : link.strip();
    this.where = where;
  }

  /**
   * The strategy for a response whose next link is {@code link}.
   *
   * @param link the URL of the next page, absolute or relative to the client's base URL; {@code
   *     null} or blank when this page is the last
   * @return the strategy
   */
  public static NextLinkStrategy of(String link) {
    return new NextLinkStrategy(link, "no next link");
  }

  /**
   * The strategy for a response whose {@code Link} header may name the next page.
   *
   * @param headers the response headers
   * @return the strategy
   */
  public static NextLinkStrategy fromLinkHeader(Map<String, List<String>> headers) {
    return new NextLinkStrategy(LinkHeader.next(headers), "no rel=\"next\" in the Link header");
  }

  /**
   * The link of the next page.
   *
   * @return the link, or {@code null}
   */
  public String link() {
    return link;
  }

  @Override
  public boolean hasNext(List<?> items) {
    return link != null;
  }

  @Override
  public String next(List<?> items) {
    return link;
  }

  @Override
  public String lastPageMessage() {
    return "this is the last page (" + where + ")";
  }

  @Override
  public String toString() {
    return "NextLinkStrategy{link=" + link + "}";
  }
}
