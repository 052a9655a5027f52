package org.livebrief.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.livebrief.testing.MarkupRules;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Chromium instrumented for the XSS suite: before any script of a page or frame runs, alert, confirm, prompt, print
 * and document.write are replaced by recorders (into {@code top.__xss} and the console, which cross-origin frames
 * can still reach), and the pages' CSP is bypassed, so a hole in the markup shows even where the CSP would have
 * stopped it.
 */
final class XssHooks {

    static final String MARK = "__XSS_EXECUTED__";
    private static final String HOOKS = """
            (() => {
              const record = (kind, args) => {
                const what = kind + '(' + String(args && args.length ? args[0] : '').slice(0, 80) + ') in ' + location.href.slice(0, 120);
                try { (top.__xss = top.__xss || []).push(what); } catch (e) { }
                try { console.error('%s ' + what); } catch (e) { }
              };
              for (const name of ['alert', 'confirm', 'prompt', 'print']) {
                const hook = function (...args) { record(name, args); return name === 'confirm' ? false : null; };
                try { Object.defineProperty(window, name, {value: hook, writable: false, configurable: false}); } catch (e) { window[name] = hook; }
              }
              Document.prototype.write = function (...args) { record('document.write', args); };
              Document.prototype.writeln = function (...args) { record('document.writeln', args); };
            })();
            """.formatted(MARK);

    private XssHooks() {
    }

    static Browser browser() {
        Browser browser = new Browser(options -> {
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
        });
        browser.cdp("Page.enable", Map.of());
        browser.cdp("Page.setBypassCSP", Map.of("enabled", true));
        browser.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOKS));
        return browser;
    }

    /** Executions the hooks saw and what the live DOM holds that {@link MarkupRules} forbids, once the page settled. */
    static List<String> problems(Browser browser, boolean ourPage, String contentRoots) {
        List<String> problems = new ArrayList<>();
        try {
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            settle(js);
            Object seen = js.executeScript("return window.__xss || [];");
            ((List<?>) seen).forEach(s -> problems.add("script ran: " + s));
            js.executeScript("window.__xss = [];");
            ((List<?>) js.executeScript(MarkupRules.domCheck(), ourPage, contentRoots)).forEach(v -> problems.add(String.valueOf(v)));
        } catch (UnhandledAlertException e) {
            problems.add("a dialog opened past the hooks: " + e.getAlertText());
        }
        for (LogEntry entry : browser.driver().manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains(MARK)) {
                problems.add("script ran (console): " + entry.getMessage());
            }
        }
        return problems;
    }

    /**
     * Renders HTML a consumer would show (feed content, snippets, JSON bodies) as a feed reader does: each string
     * parsed as HTML into a page of another origin, then checked like a page.
     */
    static List<String> render(Browser browser, String harness, List<String> html) {
        browser.open(harness);
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const root = document.createElement('div');
                root.id = 'xss-harness';
                for (const h of arguments[0]) {
                  const item = document.createElement('article');
                  item.innerHTML = h;
                  root.appendChild(item);
                }
                document.body.appendChild(root);
                """, html);
        return problems(browser, false, "#xss-harness");
    }

    /** Lets load and error events of what was just rendered fire: images and media done, then two frames. */
    private static void settle(JavascriptExecutor js) {
        js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const deadline = Date.now() + 3000;
                const media = () => [...document.querySelectorAll('img, video, audio, iframe, object, embed, svg image')];
                const wait = () => {
                  const pending = media().filter(m => m.complete === false || (m.readyState !== undefined && m.readyState < 1 && !m.error && m.networkState === 2));
                  if (pending.length && Date.now() < deadline) { setTimeout(wait, 20); return; }
                  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)));
                };
                wait();
                """);
    }
}
