package org.safemobility.eligibility.examples.service;

/**
 * A page's HTML: escaping, and the frame every page shares (language, title, the style sheet,
 * the language switch). Everything the page uses is in this jar: no scripts, fonts or styles
 * from elsewhere, and no script at all.
 */
final class Html {

    /**
     * Colours meet WCAG AA contrast (text #1b1b1b on white is 17:1; white on the button blue
     * #0b4f8a is 8.6:1; the status colours are dark on light tints, each above 7:1); every
     * control shows a thick focus ring for keyboard use.
     */
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fff;
              margin:0;line-height:1.5;font-size:1.05rem}
            header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}main{padding-top:1rem}
            header{display:flex;justify-content:space-between;align-items:center;border-bottom:2px solid #0b4f8a}
            h1{font-size:1.5rem;color:#0b4f8a}
            .layout{display:flex;gap:2rem;flex-wrap:wrap}.layout>section{flex:2 1 24rem}.layout>aside{flex:1 1 14rem}
            fieldset{border:1px solid #5c5c5c;border-radius:.4rem;padding:1rem;margin:0 0 1rem}
            legend{font-weight:600;font-size:1.15rem;padding:0 .3rem}
            label{display:block;margin:.3rem 0}
            input,select,button{font:inherit}
            input[type=text],input[type=number],select{padding:.35rem;border:1px solid #5c5c5c;border-radius:.3rem;min-width:14rem}
            button{padding:.5rem 1.2rem;border-radius:.3rem;border:2px solid #0b4f8a;cursor:pointer;margin:.2rem .5rem .2rem 0}
            button.primary{background:#0b4f8a;color:#fff}button.secondary{background:#fff;color:#0b4f8a}
            .link{background:none;border:none;color:#0b4f8a;text-decoration:underline;padding:.2rem;margin:0}
            a{color:#0b4f8a}
            :focus-visible{outline:3px solid #b35900;outline-offset:2px}
            .hint{color:#4a4a4a;font-size:.95rem}
            .error{border-left:5px solid #a4001d;background:#fdeef0;padding:.5rem 1rem;color:#5e0010}
            .status{display:inline-block;padding:.1rem .6rem;border-radius:1rem;font-weight:600;font-size:.95rem}
            .ELIGIBLE{background:#e3f4e6;color:#0f5a1e}.POSSIBLY_ELIGIBLE{background:#fff4d6;color:#5c4300}
            .NOT_ELIGIBLE{background:#f3f3f3;color:#3d3d3d}
            .MET{color:#0f5a1e}.NOT_MET{color:#8a0018}.UNKNOWN{color:#5c4300}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
            th,td{text-align:left;vertical-align:top;border-bottom:1px solid #c8c8c8;padding:.4rem}
            .citation{font-size:.9rem;color:#4a4a4a}
            ul.plain{list-style:none;padding:0}ul.plain li{margin:.3rem 0}
            ul.summary{border:1px solid #c8c8c8;border-radius:.4rem;padding:.5rem 1rem;font-size:1.1rem}
            .entry{display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
            .sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
            """;

    private Html() {
    }

    /** {@code text} safe inside an element or a quoted attribute. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A whole page.
     *
     * @param texts    the page's words, in its language
     * @param switcher the language switch (a form or links), already HTML
     * @param body     the main content, already HTML
     */
    static String page(Texts texts, String switcher, String body) {
        String lang = texts.locale().getLanguage();
        return "<!DOCTYPE html>\n<html lang=\"" + esc(lang) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(texts.get("page.title")) + "</title><style>" + STYLE + "</style></head><body>"
                + "<header><h1>" + esc(texts.get("page.title")) + "</h1>"
                + "<nav aria-label=\"" + esc(texts.get("switch.label")) + "\">" + switcher + "</nav></header>"
                + "<main id=\"main\">" + body + "</main>"
                + "<footer><p class=\"hint\">" + esc(texts.get("page.privacy")) + "</p></footer>"
                + "</body></html>\n";
    }
}
