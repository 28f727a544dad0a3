package org.guildhall.proposals.document.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Renders a proposal body (CommonMark with GFM tables) to HTML that is safe to put in a page, whatever
 * the input. Two independent layers:
 * <ol>
 * <li>CommonMark escapes raw HTML in the Markdown (it is shown as text, never interpreted) and drops
 * link targets whose scheme is not http, https or mailto.</li>
 * <li>The OWASP Java HTML Sanitizer then lets through only these elements: {@code p, h1-h6, ul, ol, li,
 * blockquote, pre, code, em, strong, del, hr, br, table, thead, tbody, tr, th, td, a}; and only these
 * attributes: {@code align} (left, center, right) on {@code th, td}; {@code start} (a number) on
 * {@code ol}; {@code class="language-*"} on {@code code}; {@code href} and {@code title} on {@code a}.
 * A link's {@code href} is either relative ({@code #section}, {@code /proposals/7}) or has the scheme
 * http, https or mailto, and every link gets {@code rel="nofollow noopener noreferrer"}. Nothing else
 * survives: no script, style, iframe, object, embed, form or svg; no {@code style}, no event handlers, no
 * {@code javascript:}, {@code vbscript:} or {@code data:} URL.</li>
 * </ol>
 * <b>Images are not embedded.</b> A Markdown image becomes a link to the image, labelled with its alt
 * text (or its address when it has none); inside a link it becomes its alt text. Embedded remote images
 * would tell their host who reads which proposal, and the portal's Content-Security-Policy
 * ({@code img-src 'self' data:}) would block them anyway.
 * <p>
 * Thread-safe. GFM strikethrough and task lists are not part of the dialect ({@code del} is allowed
 * for when they are).
 */
public final class MarkdownRenderer {

    /** Longest body accepted, in characters (Unicode code points). */
    public static final int MAX_CHARACTERS = Markdown.MAX_CHARACTERS;

    private static final List<String> URL_SCHEMES = List.of("http", "https", "mailto");

    private static final Parser PARSER = Markdown.parser().build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(Markdown.EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(URL_SCHEMES))
            .nodeRendererFactory(ImageAsLink::new)
            .build();

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
                    "em", "strong", "del", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "a")
            .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,9}")).onElements("ol")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}")).onElements("code")
            // CommonMark leaves href="" where it dropped a URL; without an href the link becomes its text.
            .allowAttributes("href").matching((String url) -> !url.isBlank()).onElements("a")
            .allowAttributes("title").onElements("a")
            .allowUrlProtocols(URL_SCHEMES.toArray(String[]::new))
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private MarkdownRenderer() {
    }

    /**
     * @return HTML safe to insert into a page as it is
     * @throws IllegalArgumentException if the Markdown is longer than {@link #MAX_CHARACTERS}
     */
    public static String render(String markdown) {
        Markdown.requireWithinLimit(markdown, "Markdown");
        return sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

    /** The second layer on its own, so that it can be tested against raw HTML. */
    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /** Renders an image as a link to it; see the class comment for why. */
    private static final class ImageAsLink implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        ImageAsLink(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            Image image = (Image) node;
            String alt = Sections.plainText(image).strip();
            HtmlWriter html = context.getWriter();
            if (insideLink(image)) {
                html.text(alt);
                return;
            }
            String url = image.getDestination();
            if (context.shouldSanitizeUrls()) {
                url = context.urlSanitizer().sanitizeImageUrl(url);
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("href", context.encodeUrl(url));
            if (image.getTitle() != null) {
                attributes.put("title", image.getTitle());
            }
            html.tag("a", context.extendAttributes(image, "a", attributes));
            html.text(alt.isEmpty() ? image.getDestination() : alt);
            html.tag("/a");
        }

        private static boolean insideLink(Node node) {
            for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof Link) {
                    return true;
                }
            }
            return false;
        }
    }
}
