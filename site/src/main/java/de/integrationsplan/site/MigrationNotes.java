package de.integrationsplan.site;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The migration notes, {@code docs/migration.md}, as HTML for the site, with commonmark-java and its
 * GitHub table and heading-anchor extensions (ids as GitHub makes them, so the page's own
 * table of contents resolves). Links to other pages of the repository point to the repository on
 * GitHub, where those pages are; the document's first heading is left out, the page has its own.
 */
final class MigrationNotes {

  /** Where the repository's files are read on the web. */
  static final String REPOSITORY = "https://github.com/integrationsplan/integrationsplan-sdk/blob/main/";

  private static final Pattern RELATIVE = Pattern.compile("^(?![a-z][a-z0-9+.-]*:|#|/)(.*)$");
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), HeadingAnchorExtension.create());

  private MigrationNotes() {}

  /**
   * Renders the notes.
   *
   * @param markdown the text of {@code docs/migration.md}
   * @return its HTML, without the first heading
   */
  static String html(String markdown) {
    Node document = Parser.builder().extensions(EXTENSIONS).build().parse(markdown);
    Node first = document.getFirstChild();
    if (first instanceof Heading heading && heading.getLevel() == 1) {
      first.unlink();
    }
    HtmlRenderer renderer = HtmlRenderer.builder()
        .extensions(EXTENSIONS)
        .attributeProviderFactory(context -> (node, tagName, attributes) -> {
          if (node instanceof Link && attributes.containsKey("href")) {
            attributes.put("href", rewrite(attributes.get("href")));
          }
          if (node instanceof Heading h) {
            // the page's own h1 is the document's; its h2 become the page's h2
            attributes.putIfAbsent("class", "notes-h" + h.getLevel());
          }
        })
        .build();
    return renderer.render(document);
  }

  /**
   * A link of {@code docs/migration.md} as the site needs it: relative paths go to the repository.
   *
   * @param href the link as written
   * @return the link to use
   */
  static String rewrite(String href) {
    Matcher m = RELATIVE.matcher(href);
    if (!m.matches()) {
      return href;
    }
    String path = m.group(1);
    String resolved = path.startsWith("../") ? path.substring(3) : "docs/" + path;
    return REPOSITORY + resolved;
  }
}
