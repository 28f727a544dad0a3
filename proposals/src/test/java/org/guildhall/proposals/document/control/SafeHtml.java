package org.guildhall.proposals.document.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that HTML is safe by reading its markup, not by searching its text: a payload the renderer
 * escaped ({@code &lt;script&gt;}) is inert text and may still decode to "javascript:"; what matters is
 * that no tag, attribute or URL in the markup can run anything.
 */
final class SafeHtml {

    private static final String ATTRIBUTE = "([^\\s\"'<>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?";
    private static final Pattern TAG = Pattern.compile(
            "<(/?)([A-Za-z][A-Za-z0-9]*)((?:\\s+" + ATTRIBUTE + ")*)\\s*/?>");
    private static final Pattern ATTRIBUTES = Pattern.compile(ATTRIBUTE);
    private static final Pattern FORBIDDEN_TAG = Pattern.compile(
            "<\\s*/?\\s*(script|iframe|object|embed|style|form|svg|math|img|base|meta|link|input|details)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z]+);?");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("colon", ":"),
            Map.entry("tab", "\t"), Map.entry("newline", "\n"), Map.entry("sol", "/"), Map.entry("lpar", "("),
            Map.entry("rpar", ")"), Map.entry("nbsp", "\u00a0"));

    static final Set<String> ALLOWED_ELEMENTS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "blockquote", "pre", "code", "em", "strong", "del", "hr", "br", "table", "thead", "tbody", "tr", "th",
            "td", "a");
    private static final Map<String, Set<String>> ALLOWED_ATTRIBUTES = Map.of("a", Set.of("href", "title", "rel"),
            "th", Set.of("align"), "td", Set.of("align"), "ol", Set.of("start"), "code", Set.of("class"));
    /** Attributes holding text, not a URL; every other attribute value is checked as a URL. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt");

    private SafeHtml() {
    }

    static void assertSafe(String html, String input) {
        String context = "HTML for input <" + input + ">:\n" + html;
        // The simple checks, on the markup as it is
        assertThat(html).as(context).doesNotContainIgnoringCase("<script");
        assertThat(FORBIDDEN_TAG.matcher(html).find()).as(context + "\nhas a forbidden tag").isFalse();

        List<Tag> tags = tags(html, context);
        for (Tag tag : tags) {
            assertThat(EVENT_HANDLER.matcher(tag.source()).find()).as(context + "\nevent handler in " + tag).isFalse();
            assertThat(ALLOWED_ELEMENTS).as(context + "\nunexpected element in " + tag).contains(tag.name());
            for (Map.Entry<String, String> attribute : tag.attributes().entrySet()) {
                String name = attribute.getKey();
                assertThat(ALLOWED_ATTRIBUTES.getOrDefault(tag.name(), Set.of()))
                        .as(context + "\nunexpected attribute in " + tag).contains(name);
                if (!TEXT_ATTRIBUTES.contains(name)) {
                    assertSafeUrl(decode(attribute.getValue()), context + "\nin " + tag);
                }
            }
            if (tag.name().equals("code") && tag.attributes().containsKey("class")) {
                assertThat(tag.attributes().get("class")).as(context).matches("language-[A-Za-z0-9_+#.-]+");
            }
            if (tag.name().equals("a") && !tag.closing()) {
                assertThat(tag.attributes()).as(context + "\nlink without href or rel: " + tag).containsKey("href")
                        .containsEntry("rel", "nofollow noopener noreferrer");
            }
        }
    }

    private static void assertSafeUrl(String value, String context) {
        // Browsers drop leading spaces and control characters and ignore tabs and line breaks inside a
        // scheme; dropping every such character is stricter still.
        StringBuilder squeezed = new StringBuilder();
        value.codePoints().filter(c -> c > 0x20 && !Character.isISOControl(c) && !Character.isWhitespace(c))
                .forEach(squeezed::appendCodePoint);
        String url = squeezed.toString().toLowerCase(Locale.ROOT);
        assertThat(url).as(context + "\nURL " + value).doesNotStartWith("javascript:").doesNotStartWith("vbscript:")
                .doesNotStartWith("data:").doesNotContain("script:");
        int colon = url.indexOf(':');
        int boundary = firstOf(url, "/?#");
        if (colon >= 0 && (boundary < 0 || colon < boundary)) {
            assertThat(url.substring(0, colon)).as(context + "\nscheme of " + value).isIn("http", "https", "mailto");
        }
    }

    private static int firstOf(String text, String characters) {
        int first = -1;
        for (char c : characters.toCharArray()) {
            int at = text.indexOf(c);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    record Tag(String source, boolean closing, String name, Map<String, String> attributes) {
    }

    /** Every tag in the markup; fails if a {@code <} starts anything else, since that could be a tag a browser reads. */
    static List<Tag> tags(String html, String context) {
        List<Tag> tags = new ArrayList<>();
        Matcher matcher = TAG.matcher(html);
        int searchFrom = 0;
        int lessThan;
        while ((lessThan = html.indexOf('<', searchFrom)) >= 0) {
            assertThat(matcher.find(lessThan) && matcher.start() == lessThan)
                    .as(context + "\n'<' that does not start a well-formed tag at " + lessThan).isTrue();
            Map<String, String> attributes = new java.util.LinkedHashMap<>();
            Matcher attribute = ATTRIBUTES.matcher(matcher.group(3));
            while (attribute.find()) {
                String value = attribute.group(2) != null ? attribute.group(2)
                        : attribute.group(3) != null ? attribute.group(3)
                        : attribute.group(4) != null ? attribute.group(4) : "";
                String name = attribute.group(1).toLowerCase(Locale.ROOT);
                assertThat(attributes.put(name, value)).as(context + "\nrepeated attribute " + name).isNull();
            }
            tags.add(new Tag(matcher.group(), !matcher.group(1).isEmpty(), matcher.group(2).toLowerCase(Locale.ROOT),
                    attributes));
            searchFrom = matcher.end();
        }
        return tags;
    }

    /** Decodes character references as a browser would in an attribute value (numeric ones also without ';'). */
    static String decode(String value) {
        Matcher matcher = ENTITY.matcher(value);
        StringBuilder decoded = new StringBuilder();
        while (matcher.find()) {
            String entity = matcher.group(1);
            String replacement;
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                replacement = Character.toString(Integer.parseInt(entity.substring(2), 16));
            } else if (entity.startsWith("#")) {
                replacement = Character.toString(Integer.parseInt(entity.substring(1)));
            } else {
                replacement = NAMED.getOrDefault(entity.toLowerCase(Locale.ROOT), matcher.group());
            }
            matcher.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(decoded);
        return decoded.toString();
    }
}
