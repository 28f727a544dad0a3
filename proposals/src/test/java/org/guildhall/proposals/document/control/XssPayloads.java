package org.guildhall.proposals.document.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Cross-site scripting payloads, mostly from the OWASP XSS Filter Evasion Cheat Sheet, plus Markdown
 * specific ones (links, images, reference definitions, code fence info strings) and mutation XSS.
 */
final class XssPayloads {

    private XssPayloads() {
    }

    static List<String> all() {
        List<String> payloads = new ArrayList<>(List.of(
                // script elements, in every casing and disguise
                "<script>alert(1)</script>",
                "<SCRIPT>alert(1)</SCRIPT>",
                "<ScRiPt>alert(1)</sCrIpT>",
                "<script src=https://xss.example/x.js></script>",
                "<SCRIPT/XSS SRC=\"https://xss.example/x.js\"></SCRIPT>",
                "<<SCRIPT>alert(\"XSS\");//<</SCRIPT>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">",
                "\"><script>alert(document.cookie)</script>",
                "'><script>alert(1)</script>",
                "</p><script>alert(1)</script><p>",
                "<div><script>alert(1)",
                // images and event handlers
                "<img src=x onerror=alert(1)>",
                "'><img src=x onerror=alert(1)>",
                "<IMG SRC=\"javascript:alert('XSS');\">",
                "<IMG SRC=JaVaScRiPt:alert('XSS')>",
                "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
                "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;"
                        + "&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
                "<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116"
                        + "&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083"
                        + "&#0000083&#0000039&#0000041>",
                "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28"
                        + "&#x27&#x58&#x53&#x53&#x27&#x29>",
                "<IMG SRC=\"jav\tascript:alert('XSS');\">",
                "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
                "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
                "<IMG SRC=\"jav&#x0D;ascript:alert('XSS');\">",
                "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
                "<IMG DYNSRC=\"javascript:alert('XSS')\">",
                "<IMG LOWSRC=\"javascript:alert('XSS')\">",
                "<BODY ONLOAD=alert('XSS')>",
                "<body onload=alert(1)>",
                "<svg onload=alert(1)>",
                "<svg/onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">XSS</text></a></svg>",
                "<details open ontoggle=alert(1)>",
                "<input autofocus onfocus=alert(1)>",
                "<video><source onerror=\"alert(1)\">",
                "<x onclick=alert(1)>click me",
                "<a href=# onclick=\"alert(1)\">x</a>",
                // links
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\" javascript:alert(1)\">x</a>",
                "<a href=\"\u0001javascript:alert(1)\">x</a>",
                "<a href=\"java\u0000script:alert(1)\">x</a>",
                "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
                "<a href=\"javascript&colon;alert(1)\">x</a>",
                "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112"
                        + "&#0000116&#0000058alert(1)\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
                "<a href=\"javascript:alert(1)\"",
                // embedding and other active elements
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<IFRAME SRC=\"https://xss.example/\"></IFRAME>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"https://xss.example/scriptlet.html\"></OBJECT>",
                "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
                "<EMBED SRC=\"https://xss.example/xss.swf\" AllowScriptAccess=\"always\"></EMBED>",
                "<style>@import 'https://xss.example/xss.css';</style>",
                "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
                "<div style=\"background-image:url(javascript:alert(1))\">x</div>",
                "<p style=\"width: expression(alert(1))\">x</p>",
                "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
                "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
                "<BASE HREF=\"javascript:alert('XSS');//\">",
                "<form action=\"javascript:alert(1)\"><input type=submit></form>",
                "<form><button formaction=\"javascript:alert(1)\">x</button></form>",
                "<isindex action=\"javascript:alert(1)\" type=image>",
                "<TABLE BACKGROUND=\"javascript:alert('XSS')\"><tr><td>x</td></tr></TABLE>",
                "<TABLE><TD BACKGROUND=\"javascript:alert('XSS')\">x</TD></TABLE>",
                // math and mutation XSS
                "<math href=\"javascript:alert(1)\">CLICK</math>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title=\"</style>"
                        + "<img src onerror=alert(1)>\"></style></h1>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
                // comments
                "<!-- <script>alert(1)</script> -->",
                "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
                "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->",
                "<![CDATA[<script>alert(1)</script>]]>",
                // Markdown links and images
                "[x](javascript:alert(1))",
                "[x](JAVASCRIPT:alert(1))",
                "[x](  javascript:alert(1)  )",
                "[x](<javascript:alert(1)>)",
                "[x](jav&#x09;ascript:alert(1))",
                "[x](&#106;avascript:alert(1))",
                "[x](javascript&#58;alert(1))",
                "[x](jav%09ascript:alert(1))",
                "[x](vbscript:msgbox(1))",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[x](https://example.com\"onmouseover=\"alert(1))",
                "[x](https://example.com/\"><script>alert(1)</script>)",
                "[x](https://example.com \"title\\\" onmouseover=\\\"alert(1)\")",
                "<javascript:alert(1)>",
                "<vbscript:msgbox(1)>",
                "[x]: javascript:alert(1)\n\n[click][x]",
                "![x](javascript:alert(1))",
                "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "![x\" onerror=\"alert(1)](https://example.com/i.png)",
                "![x](https://example.com/i.png\"onerror=\"alert(1))",
                "![x](https://example.com/i.png \"t\\\" onerror=\\\"alert(1)\")",
                "[![x](javascript:alert(1))](javascript:alert(2))",
                "[<img src=x onerror=alert(1)>](https://example.com)",
                "```\"><script>alert(1)</script>\ncode\n```",
                "```js onmouseover=alert(1)\ncode\n```",
                "```javascript:alert(1)\ncode\n```",
                "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
                "| <script>alert(1)</script> |\n|:-:|\n| x |",
                "# <script>alert(1)</script>",
                "> <iframe src=javascript:alert(1)>",
                "- <a href=javascript:alert(1)>x</a>",
                "`<script>alert(1)</script>`",
                "*<img src=x onerror=alert(1)>*",
                // nested and unclosed tags
                "<a href=\"https://example.com\"><b onclick=alert(1)>x",
                "<p><a href=\"https://example.com\"><em onmouseover=\"alert(1)\">x</p>",
                "<table><tr><td><iframe src=javascript:alert(1)></td></tr>",
                "<ul><li><script>alert(1)</li></ul>"));
        // an event handler, a style and a class on every allowed element
        for (String element : SafeHtml.ALLOWED_ELEMENTS) {
            payloads.add("<" + element + " onclick=\"alert(1)\" onmouseover=alert(1) style=\"color:red\" "
                    + "class=\"evil\" id=\"x\">x</" + element + ">");
        }
        return payloads;
    }
}
