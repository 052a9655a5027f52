#!/usr/bin/env python3
"""Writes src/test/resources/xss/vectors.txt from its sources (see the file's header).

  python3 bench/xss/make-vectors.py DOMPURIFY_EXPECT_MJS OWASP_XSS_FILTER_EVASION_MD > src/test/resources/xss/vectors.txt

DOMPURIFY_EXPECT_MJS: test/fixtures/expect.mjs of github.com/cure53/DOMPurify;
OWASP_XSS_FILTER_EVASION_MD: cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.md of github.com/OWASP/CheatSheetSeries.
The other groups are written out below. Output: one vector per line, Java-style escapes (\\n \\r \\t \\\\ \\uXXXX).
"""
import json, re, sys

def escape(v):
    out = []
    for ch in v:
        o = ord(ch)
        if ch == '\\': out.append('\\\\')
        elif ch == '\n': out.append('\\n')
        elif ch == '\r': out.append('\\r')
        elif ch == '\t': out.append('\\t')
        elif o < 0x20 or 0x7f <= o <= 0x9f or o in (0x2028, 0x2029, 0xfeff): out.append('\\u%04x' % o)
        else: out.append(ch)
    s = ''.join(out)
    return '\\u0023' + s[1:] if s.startswith('#') else s

def dompurify(path):
    src = open(path, encoding='utf-8').read()
    src = re.sub(r',\s*([\]}])', r'\1', src[src.index('['):src.rindex(']') + 1])
    return [d['payload'] for d in json.loads(src) if isinstance(d.get('payload'), str)]

def owasp(path):
    blocks, cur = [], None
    for line in open(path, encoding='utf-8').read().split('\n'):
        if line.startswith('```'):
            if cur is None: cur, lang = [], line[3:].strip()
            else:
                if lang in ('html', 'js', ''): blocks.append('\n'.join(cur).replace('\u00a0', ' ').strip())
                cur = None
        elif cur is not None: cur.append(line)
    return [b for b in blocks if b]

def owasp_events(path):
    text = open(path, encoding='utf-8').read()
    events = sorted(set(e.lower() for e in re.findall(r'`(on[A-Za-z]+)\(\)`', text)))
    # Each handler of the cheat sheet's list on an element that can fire it without a click where one exists.
    out = []
    for e in events:
        out.append('<img src=x %s=alert(1)>' % e)
        out.append('<svg %s="alert(1)"><rect width=10 height=10 /></svg>' % e)
    return out

JSOUP_CVE = []
# CVE-2022-36033 (GHSA-gp7f-rwcx-9369): javascript: URLs split by control characters passed jsoup's protocol check
# when preserveRelativeLinks was on. Every C0 control, raw and as a character reference.
for c in list(range(1, 0x20)) + [0x7f]:
    JSOUP_CVE.append('<a href="java%sscript:alert(1)">x</a>' % chr(c))
    JSOUP_CVE.append('<a href="java&#x%x;script:alert(1)">x</a>' % c)
JSOUP_CVE += [
    '<a href="&#0;javascript:alert(1)">x</a>', '<a href=" javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>', '<a href="javascript&colon;alert(1)">x</a>',
    '<a href="javascript&#58;alert(1)">x</a>', '<a href="javascript&#x3a;alert(1)">x</a>',
    '<a href="jav&Tab;ascript:alert(1)">x</a>', '<a href="jav&NewLine;ascript:alert(1)">x</a>',
    '<a href="/relative" onclick="alert(1)">x</a>', '<a href="x:alert(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>', '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="javascript://%0aalert(1)">x</a>', '<a href="https://example.org/" href="javascript:alert(1)">x</a>',
]

OWASP_JAVA_HTML_SANITIZER_CVE = [
    # CVE-2021-42575: style inside select/option (and noscript) left raw text that a browser parses as markup.
    '<select><option><style></option></select><img src=x onerror=alert(1)></style>',
    '<select><style></select><img src=x onerror=alert(1)></style>',
    '<option><style></option><img src=x onerror=alert(1)></style>',
    '<select><option><style>*{}</style><img src=x onerror=alert(1)></option></select>',
    '<noscript><style></noscript><img src=x onerror=alert(1)></style>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<select><template><style><img src=x onerror=alert(1)></style></template></select>',
    '<style><!--</style><img src=x onerror=alert(1)>-->',
    '<textarea><style></textarea><img src=x onerror=alert(1)></style>',
    '<xmp><img src=x onerror=alert(1)></xmp>', '<noembed><img src=x onerror=alert(1)></noembed>',
    '<noframes><img src=x onerror=alert(1)></noframes>', '<iframe><img src=x onerror=alert(1)></iframe>',
    '<plaintext><img src=x onerror=alert(1)>', '<title><img src=x onerror=alert(1)></title>',
    # sanitize-html / bleach / rails-html-sanitizer advisories of the same family (CVE-2020-6802, CVE-2021-23980, CVE-2022-32209)
    '<math><style><img src=x onerror=alert(1)></style></math>', '<svg><style><img src=x onerror=alert(1)></style></svg>',
    '<math></p><style><img src=x onerror=alert(1)></style>', '<select><svg><style><img src=x onerror=alert(1)>',
    '<noscript><img src=x onerror=alert(1)></noscript>', '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
]

TINYMCE_CVE = [
    # CVE-2024-38356 noscript; CVE-2024-29881 object/embed with SVG; CVE-2024-29203 iframe; CVE-2023-45818/48219 undo
    # and text nodes; CVE-2022-23494 alerts; CVE-2020-12648 URL filtering; CVE-2019-1010091 media; CVE-2020-17480 CDATA.
    '<noscript>&lt;/noscript&gt;&lt;img src=x onerror=alert(1)&gt;</noscript>',
    '<noscript><p>&lt;/noscript&gt;&lt;img src=x onerror=alert(1)&gt;</p></noscript>',
    '<object data="data:image/svg+xml;base64,PHN2ZyB4bWxucz0naHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmcnIG9ubG9hZD0nYWxlcnQoMSknLz4=" type="image/svg+xml"></object>',
    '<embed src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0naHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmcnIG9ubG9hZD0nYWxlcnQoMSknLz4=">',
    '<object data="javascript:alert(1)"></object>', '<embed src="javascript:alert(1)">',
    '<iframe><textarea></iframe><img src=a onerror=alert(1)></textarea>',
    '<iframe srcdoc="&lt;script&gt;parent.alert(1)&lt;/script&gt;"></iframe>',
    '<iframe src="data:text/html,<script>parent.alert(1)</script>"></iframe>',
    '<p>&lt;img src=x onerror=alert(1)&gt;</p>', '<!--<img src=x onerror=alert(1)>-->',
    '<!--></--><img src=x onerror=alert(1)>-->', '<![CDATA[><img src=x onerror=alert(1)>]]>',
    '<p><![CDATA[</p><img src=x onerror=alert(1)>]]></p>', '<a href="javascript&colon;alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>', '<img src="x" data-mce-src="javascript:alert(1)" onerror="alert(1)">',
    '<video><source onerror="alert(1)"></video>', '<audio src=x onerror=alert(1)></audio>',
    '<video poster=javascript:alert(1)//></video>', '<span data-mce-style="x:expression(alert(1))">x</span>',
    '<p data-mce-bogus="all"><img src=x onerror=alert(1)></p>', '<div contenteditable="false"><img src=x onerror=alert(1)></div>',
    '<a href="  javascript:alert(1)">x</a>', '<img src=x:alert(1) onerror=eval(src)>',
]

HTML5_AUTOFIRE = [
    '<details open ontoggle=alert(1)>', '<input autofocus onfocus=alert(1)>', '<select autofocus onfocus=alert(1)>',
    '<textarea autofocus onfocus=alert(1)>', '<keygen autofocus onfocus=alert(1)>', '<marquee onstart=alert(1)>',
    '<svg><animate onbegin=alert(1) attributeName=x dur=1s>', '<svg><set onbegin=alert(1) attributename=x to=1>',
    '<style onload=alert(1)></style>', '<iframe onload=alert(1)>', '<body onpageshow=alert(1)>',
    '<object data=x onerror=alert(1)>', '<link rel=stylesheet href=x onerror=alert(1)>', '<script src=x onerror=alert(1)></script>',
    '<img srcset=x onerror=alert(1)>', '<picture><source srcset=x><img onerror=alert(1)></picture>',
    '<video src=x onerror=alert(1)>', '<audio><source src=x onerror=alert(1)></audio>', '<track src=x onerror=alert(1)>',
    '<svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>x</text></a></svg>',
    '<svg><a href="javascript:alert(1)"><text x=20 y=20>x</text></a></svg>', '<math href="javascript:alert(1)">x</math>',
    '<form action="javascript:alert(1)"><input type=submit></form>', '<button formaction="javascript:alert(1)">x</button>',
    '<isindex type=image src=1 onerror=alert(1)>', '<base href="javascript:alert(1)//">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', '<meta charset="x-imap4-modified-utf7">',
    '<svg><script>alert(1)</script></svg>', '<svg><script href="data:,alert(1)"/></svg>',
    '<svg><use href="data:image/svg+xml,<svg id=x xmlns=http://www.w3.org/2000/svg><image href=1 onerror=alert(1) /></svg>#x"/></svg>',
    '<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>', '<math><maction actiontype=statusline xlink:href=javascript:alert(1)>x</maction></math>',
    '<img src=x onerror=alert`1`>', '<img src=x onerror=top[`al`+`ert`](1)>', '<img src=x onerror=window["al"+"ert"](1)>',
    '<img src=x onerror=eval(atob("YWxlcnQoMSk="))>', '<img src=x onerror=confirm(1)>', '<img src=x onerror=prompt(1)>',
    '<img src=x onerror=print()>', '<img src=x onerror=self[\'ale\'+\'rt\'](1)>', '<img src=x onerror="&#97;lert(1)">',
    '<img src=x onerror=\\u0061lert(1)>', '<img src=x onerror=alert&lpar;1&rpar;>', '<IMG SRC=x ONERROR=alert(1)>',
    '<img/src=x/onerror=alert(1)>', '<img src=x onerror\t=alert(1)>', '<img src=x onerror\n=alert(1)>',
    '<img src=x onerror=alert(1)//', '<img src="x" onerror="alert(1)"', '<img src=`x` onerror=`alert(1)`>',
    '<svg/onload=alert(1)>', '<svg onload=alert(1)//', '<svg\x0conload=alert(1)>', '<svg onload\x0c=alert(1)>',
    '<a href=javascript:alert(1) autofocus onfocus=alert(1)>x</a>', '<a href="javascript:alert(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>', '<a href="vbscript:alert(1)">x</a>',
    '<a href="jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=alert(1) )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert(1)//>\\x3e">x</a>',
    '<a href=# onmouseover=alert(1)>x</a>', '<p style="background:url(javascript:alert(1))">x</p>',
    '<p style="x:expression(alert(1))">x</p>', '<div style="behavior:url(x.htc)">x</div>',
    '<style>@import "javascript:alert(1)";</style>', '<style>*{background:url("javascript:alert(1)")}</style>',
    '<template><img src=x onerror=alert(1)></template>', '<div><template shadowrootmode=open><img src=x onerror=alert(1)></template></div>',
    '<xss id=x tabindex=1 onfocus=alert(1) autofocus></xss>', '<x onclick=alert(1)>click</x>',
    '<frameset onload=alert(1)>', '<table background="javascript:alert(1)"></table>', '<img src=1 onload=alert(1)>',
    '<embed code="javascript:alert(1)">', '<applet code="javascript:alert(1)"></applet>', '<bgsound src="javascript:alert(1)">',
    '<input type=image src=x onerror=alert(1)>', '<input type=hidden accesskey=x onclick=alert(1)>',
    '<iframe src="javascript:alert(1)"></iframe>', '<iframe srcdoc="<img src=x onerror=parent.alert(1)>"></iframe>',
    '<object data="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuYWxlcnQoMSk8L3NjcmlwdD4="></object>',
    '<portal src="javascript:alert(1)"></portal>', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
    '<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=alert(1)>"></style></h1>',
    '<svg><p><style><img src=x onerror=alert(1)></style></p></svg>', '<a href="https://example.org/"><img src=x onerror=alert(1)></a>',
    '<p title="&quot;><img src=x onerror=alert(1)>">x</p>', '<a href="https://example.org/&quot; onmouseover=&quot;alert(1)">x</a>',
    '<a href="https://example.org/\' onmouseover=\'alert(1)">x</a>', '<a href=https://example.org/ onmouseover=alert(1)>x</a>',
    '<a href="http://x" rel="x" target="_blank" onclick=alert(1)>x</a>', '<blockquote cite="javascript:alert(1)">x</blockquote>',
    '<q cite="javascript:alert(1)">x</q>', '<li value="1" onmouseover=alert(1)>x</li>', '<ol start=1 onclick=alert(1)><li>x</li></ol>',
    '<em onmouseover=alert(1)>x</em>', '<strong style="x:expression(alert(1))">x</strong>', '<br onload=alert(1)>',
    '<p id=updates onclick=alert(1)>x</p>', '<p class="entry" id="live" data-events-url="javascript:alert(1)">x</p>',
    '<a href="https://example.org/" id="live">x</a>', '<a name="updates">x</a>', '<form id=live><input name=dataset></form>',
    '<img name=getElementById src=x>', '<a href="//example.org/%0aalert(1)">x</a>', '<a href="\\\\javascript:alert(1)">x</a>',
    '<a href="https:javascript:alert(1)">x</a>', '<a href="http://x.y/">\u202ex</a>', '\ufeff<script>alert(1)</script>',
    '<scr<script>ipt>alert(1)</scr</script>ipt>', '<sc\x00ript>alert(1)</script>', '<script\x20type="text/javascript">alert(1)</script>',
    '<script>alert(1)</script>', '<SCRIPT>alert(1)</SCRIPT>', '<script\n>alert(1)</script>', '<script/x>alert(1)</script>',
    '<script>/*</script><img src=x onerror=alert(1)>*/</script>', '<!--<script>-->alert(1)<!--</script>-->',
    '<!-- --!><img src=x onerror=alert(1)> -->', '<!--><img src=x onerror=alert(1)>-->', '<? foo="><img src=x onerror=alert(1)>">',
    '<!DOCTYPE html><img src=x onerror=alert(1)>', '<% foo><img src=x onerror=alert(1)>', '<![if]><img src=x onerror=alert(1)>',
    '<a href="https://example.org/">x</a><img src=x onerror=alert(1)>',
]

CONTEXT_BREAKERS = []
# For fields that are text, not HTML: every output context the text lands in (element text, attributes in both
# quotes, <title>, JSON-LD inside <script>, CDATA and XML text of feeds, JSON strings, HTML comments, textarea).
PREFIXES = ['"><', "'><", '</title><', '</script><', ']]><', '--><', '</textarea><', '"/><', '`><', '\\"><', '</style><', '}}<', '\u2028<', '</noscript><', '</p><']
CORES = ['script>alert(1)</script>', 'img src=x onerror=alert(1)>', 'svg onload=alert(1)>']
for p in PREFIXES:
    for c in CORES:
        CONTEXT_BREAKERS.append(p + c)
CONTEXT_BREAKERS += ['{{7*7}}<img src=x onerror=alert(1)>', '{{{body}}}<img src=x onerror=alert(1)>',
    '${alert(1)}', '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e', '&lt;script&gt;alert(1)&lt;/script&gt;',
    '&amp;lt;img src=x onerror=alert(1)&amp;gt;', '<![CDATA[<script>alert(1)</script>]]>', ']]&gt;<script>alert(1)</script>',
    '"}]}</script><script>alert(1)</script>', '\'; alert(1); \'', '"; alert(1); "', 'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', ' onmouseover=alert(1) x=', '" onmouseover="alert(1)',
    "' onmouseover='alert(1)", '\r\n\r\n<script>alert(1)</script>', 'x\u0000<script>alert(1)</script>',
    'Зеленський <img src=x onerror=alert(1)> Київ', 'ниво <svg onload=alert(1)>', '<a href=javascript:alert(1)>Kyiv</a>',
    '%3Cscript%3Ealert(1)%3C/script%3E', '%253Cscript%253Ealert(1)%253C/script%253E', '+ADw-script+AD4-alert(1)+ADw-/script+AD4-',
    '<img src=x onerror=alert(1)>,"=cmd|\' /C calc\'!A0"', '=HYPERLINK("javascript:alert(1)")', 'data: <script>alert(1)</script>\n\n',
    "$'<img src=x onerror=alert(1)>$`", '$&<script>alert(1)</script>$$', "{0}{1}$1<svg onload=alert(1)>",
    'event: entry-published\ndata: {"body":"<img src=x onerror=alert(1)>"}\n\n', 'id: 1\r\ndata: <script>alert(1)</script>\r\n\r\n']

def main():
    groups = [
        ('DOMPurify test fixtures: the payload of every case in test/fixtures/expect.mjs, github.com/cure53/DOMPurify '
         '(commit 1fa97e8f, Aug 2026). Licence: Apache-2.0 or MPL-2.0 (DOMPurify is dual-licensed).', dompurify(sys.argv[1])),
        ('OWASP XSS Filter Evasion Cheat Sheet: every html/js code block of cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.md, '
         'github.com/OWASP/CheatSheetSeries (commit 6b8819da, Aug 2026; no-break spaces of the markdown made spaces). '
         'Licence: CC BY-SA 4.0.', owasp(sys.argv[2])),
        ('OWASP XSS Filter Evasion Cheat Sheet, "Attacks Using Event Handlers": each listed handler on <img> and <svg> '
         '(derived from the list). Licence: CC BY-SA 4.0.', owasp_events(sys.argv[2])),
        ('jsoup CVE-2022-36033 (GHSA-gp7f-rwcx-9369): javascript: URLs split by control characters, each C0 control raw '
         'and as a character reference, plus other protocol obfuscations of URL attributes. Written for this suite '
         'from the advisory. Licence: CC0 (ours).', JSOUP_CVE),
        ('OWASP java-html-sanitizer CVE-2021-42575 and the same family in other sanitizers (bleach CVE-2020-6802, '
         'CVE-2021-23980; rails-html-sanitizer CVE-2022-32209; DOMPurify mXSS bypasses): raw-text elements '
         '(style, noscript, xmp, ...) inside select/option/math/svg. Written for this suite from the advisories. '
         'Licence: CC0 (ours).', OWASP_JAVA_HTML_SANITIZER_CVE),
        ('TinyMCE advisories (CVE-2024-38356, CVE-2024-29881, CVE-2024-29203, CVE-2023-45818, CVE-2023-48219, '
         'CVE-2022-23494, CVE-2020-12648, CVE-2020-17480, CVE-2019-1010091): noscript, object/embed SVG, iframe, '
         'comments, CDATA, URL filtering. Written for this suite from the advisories. Licence: CC0 (ours).', TINYMCE_CVE),
        ('HTML5 auto-firing handlers, URL attributes, mXSS and DOM clobbering, as in the PortSwigger and html5sec.org '
         'collections (restated, not copied). Licence: CC0 (ours).', HTML5_AUTOFIRE),
        ('Context breakers for text fields (titles, summaries, names, notes): ways out of element text, attributes, '
         '<title>, JSON-LD in <script>, CDATA, JSON, SSE frames and CSV. Written for this suite. Licence: CC0 (ours).',
         CONTEXT_BREAKERS),
    ]
    seen = set()
    print('# XSS vectors for XssVectorsTest (unit, the sanitizer) and XssIT (every input x every output, in Chromium).')
    print('# One vector per line with Java-style escapes (\\n \\r \\t \\\\ \\uXXXX); a line "## " starts a group and says')
    print('# where its vectors come from and their licence. Duplicates of earlier groups are left out.')
    print('# Made by bench/xss/make-vectors.py; see docs/security.md, "XSS suite".')
    total = 0
    for header, vectors in groups:
        kept = []
        for v in vectors:
            if v and v not in seen:
                seen.add(v); kept.append(v)
        print()
        print('## %s [%d vectors]' % (header, len(kept)))
        for v in kept:
            print(escape(v))
        total += len(kept)
    print()
    print('# %d vectors' % total)

main()
