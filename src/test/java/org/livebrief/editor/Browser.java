package org.livebrief.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.livebrief.testing.SharedWar;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium driven through Debian's chromedriver: no Selenium Manager, no downloads.
 * Every wait is explicit, with a deadline.
 *
 * <p>Starting Chromium and its chromedriver took a few seconds a test, once per person in it. {@link #shared()} hands out
 * one of the run's shared browsers instead (default options; one per person a test holds at once, so at most three for
 * the whole run), and {@link #close()} gives it back clean, as a new browser would be: every other tab and window
 * closed (with them whatever a test set on its page through DevTools: network conditions, scripts run on new
 * documents, emulation), a new blank tab, no cookie, no HTTP cache, no storage of any kind (local, session, IndexedDB,
 * Cache Storage, service workers...) for any origin its tabs showed, the window size and the WebDriver timeouts
 * as at the start. A browser that cannot be cleaned, or that died, is quit; the next {@link #shared()} starts another.
 * {@code new Browser(...)} with options of its own (the XSS suite's logging) is a private browser, quit on close.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    /** Chromium processes started in this JVM, shared and private ones (printed, so a run's cost can be counted). */
    private static final AtomicInteger STARTS = new AtomicInteger();
    /** Shared browsers nobody holds now, the last given back first; each may still be being cleaned. */
    private static final Deque<Browser> IDLE = new ArrayDeque<>();
    /** Cleans a browser given back while the next test makes its data through the API. */
    private static final java.util.concurrent.ExecutorService CLEANER = java.util.concurrent.Executors
            .newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "shared-chromium-cleaner");
                thread.setDaemon(true);
                return thread;
            });
    /** Every shared browser alive, quit when the JVM ends. */
    private static final List<Browser> SHARED = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            List<Browser> all;
            synchronized (Browser.class) {
                all = new ArrayList<>(SHARED);
                SHARED.clear();
                IDLE.clear();
            }
            all.forEach(Browser::quit);
        }, "shared-chromium-quit"));
    }

    private final ChromeDriver driver;
    private final Path profile;
    private final boolean shared;
    private final Dimension windowSize;
    private final Duration scriptTimeout;
    private final Duration pageLoadTimeout;
    private final Duration implicitWait;
    /** Origins whose storage {@link #close()} clears, besides those the tabs' histories and frames name. */
    private final Set<String> origins = new LinkedHashSet<>();
    private boolean held;
    /** The cleaning {@link #close()} started: true once the browser is clean, false if it had to be quit. */
    private java.util.concurrent.Future<Boolean> cleaned;

    /** A private browser with the default options, quit on close. Most tests want {@link #shared()}. */
    Browser() {
        this(options -> { });
    }

    /** A private browser; {@code more} adds to the options, e.g. capabilities a suite needs. Quit on close. */
    Browser(java.util.function.Consumer<ChromeOptions> more) {
        this(more, false);
    }

    private Browser(java.util.function.Consumer<ChromeOptions> more, boolean shared) {
        this.shared = shared;
        long starting = System.nanoTime();
        try {
            profile = Files.createTempDirectory("livebrief-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
                "--lang=en-US", "--user-data-dir=" + profile);
        // No memory of forms or passwords: a shared browser must not offer or fill in what an earlier test typed.
        options.setExperimentalOption("prefs", Map.of("autofill.profile_enabled", false,
                "autofill.credit_card_enabled", false, "credentials_enable_service", false,
                "profile.password_manager_enabled", false));
        more.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        System.out.println("Browser: Chromium started in " + (System.nanoTime() - starting) / 1_000_000 + " ms, "
                + STARTS.incrementAndGet() + " in this JVM (" + (shared ? "shared" : "private") + ")");
        WebDriver.Timeouts timeouts = driver.manage().timeouts();
        windowSize = driver.manage().window().getSize();
        scriptTimeout = timeouts.getScriptTimeout();
        pageLoadTimeout = timeouts.getPageLoadTimeout();
        implicitWait = timeouts.getImplicitWaitTimeout();
        origins.add(origin(SharedWar.base().toString()));
    }

    /**
     * One of the run's shared browsers, clean (see the class comment) and the caller's until {@link #close()}: a test
     * that plays two people takes two. Starts one when none is free, or when the free one no longer answers.
     */
    static synchronized Browser shared() {
        while (!IDLE.isEmpty()) {
            Browser browser = IDLE.pop();
            if (browser.cleanedNow() && browser.alive()) {
                browser.held = true;
                return browser;
            }
            SHARED.remove(browser);
            browser.quit();
        }
        Browser browser = new Browser(options -> { }, true);
        SHARED.add(browser);
        browser.held = true;
        return browser;
    }

    /** Chromium processes this JVM started so far. */
    static int starts() {
        return STARTS.get();
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    WebDriver driver() {
        return driver;
    }

    /** A Chrome DevTools Protocol command on the page's target. */
    Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    void open(String url) {
        String origin = origin(url);
        if (origin != null) {
            origins.add(origin);
        }
        driver.get(url);
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        // The desk re-renders when the stream changes; an element found just before that is simply looked up again.
        try {
            return new WebDriverWait(driver, DEADLINE).ignoring(StaleElementReferenceException.class).until(condition);
        } catch (TimeoutException e) {
            screenshot("failure-" + System.currentTimeMillis());
            throw e;
        }
    }

    WebElement visible(By by) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Clicks the element {@code by} finds once it is clickable. A list the page redraws (a live update, a search
     * answering) replaces its elements: an element that went stale between finding and clicking is found again.
     */
    void click(By by) {
        waitFor(d -> {
            try {
                WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
                if (element == null) {
                    return false;
                }
                element.click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
    }

    /** Saves what the browser shows to target/screenshots/{name}.png. */
    void screenshot(String name) {
        Path dir = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A private browser quits. A shared one is given back and cleaned in the background (the next {@link #shared()}
     * that takes it waits for that); one that cannot be cleaned is quit.
     */
    @Override
    public void close() {
        if (!shared) {
            quit();
            return;
        }
        synchronized (Browser.class) {
            if (!held) {
                return;
            }
            held = false;
            cleaned = CLEANER.submit(() -> {
                long cleaning = System.nanoTime();
                try {
                    boolean clean = clean();
                    System.out.println("Browser: a shared Chromium " + (clean ? "cleaned" : "was gone") + " after "
                            + (System.nanoTime() - cleaning) / 1_000_000 + " ms");
                    return clean;
                } catch (RuntimeException e) {
                    System.out.println("Browser: a shared Chromium could not be cleaned, quitting it: " + e);
                    return false;
                }
            });
            if (SHARED.contains(this)) {
                IDLE.push(this);
            }
        }
    }

    /** Waits for the cleaning {@link #close()} started; false if it failed. */
    private boolean cleanedNow() {
        try {
            return cleaned == null || cleaned.get();
        } catch (java.util.concurrent.ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Everything a test may have left, undone; false when the browser is gone. */
    private boolean clean() {
        if (!alive()) {
            return false;
        }
        Set<String> handles = driver.getWindowHandles();
        Set<String> storageKeys = new LinkedHashSet<>();
        for (String handle : handles) {
            driver.switchTo().window(handle);
            seenBy(storageKeys);
        }
        // A new tab: what was set on the old ones' targets through DevTools goes with them.
        driver.switchTo().newWindow(WindowType.TAB);
        String fresh = driver.getWindowHandle();
        for (String handle : handles) {
            driver.switchTo().window(handle);
            driver.close();
        }
        driver.switchTo().window(fresh);
        cdp("Network.clearBrowserCookies", Map.of());
        cdp("Network.clearBrowserCache", Map.of());
        for (String origin : origins) {
            cdp("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        }
        for (String key : storageKeys) {
            cdp("Storage.clearDataForStorageKey", Map.of("storageKey", key, "storageTypes", "all"));
        }
        origins.clear();
        origins.add(origin(SharedWar.base().toString()));
        WebDriver.Timeouts timeouts = driver.manage().timeouts();
        timeouts.scriptTimeout(scriptTimeout);
        timeouts.pageLoadTimeout(pageLoadTimeout);
        timeouts.implicitlyWait(implicitWait);
        if (!windowSize.equals(driver.manage().window().getSize())) {
            driver.manage().window().setSize(windowSize);
        }
        return true;
    }

    /**
     * Adds the origins of the current tab's history and frames to {@link #origins}, and the storage keys of its frames
     * (an embed's frame keeps its storage under the host page's site) to {@code storageKeys}.
     */
    @SuppressWarnings("unchecked")
    private void seenBy(Set<String> storageKeys) {
        driver.switchTo().defaultContent();
        for (Map<String, Object> entry : (List<Map<String, Object>>) cdp("Page.getNavigationHistory", Map.of()).get("entries")) {
            String origin = origin((String) entry.get("url"));
            if (origin != null) {
                origins.add(origin);
            }
        }
        Deque<Map<String, Object>> frames = new ArrayDeque<>();
        frames.push((Map<String, Object>) cdp("Page.getFrameTree", Map.of()).get("frameTree"));
        while (!frames.isEmpty()) {
            Map<String, Object> tree = frames.pop();
            Map<String, Object> frame = (Map<String, Object>) tree.get("frame");
            String origin = origin((String) frame.get("url"));
            if (origin != null) {
                origins.add(origin);
                Object key = cdp("Storage.getStorageKeyForFrame", Map.of("frameId", frame.get("id"))).get("storageKey");
                if (key instanceof String text && !text.isEmpty()) {
                    storageKeys.add(text);
                }
            }
            Object children = tree.get("childFrames");
            if (children != null) {
                ((List<Map<String, Object>>) children).forEach(frames::push);
            }
        }
    }

    /** {@code scheme://host:port} of an http(s) URL, else null. */
    private static String origin(String url) {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            return null;
        }
        try {
            URI uri = URI.create(url);
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private boolean alive() {
        try {
            return !driver.getWindowHandles().isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void quit() {
        try {
            driver.quit();
        } catch (RuntimeException e) {
            // Already gone.
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A profile left in the temporary directory is no failure.
        }
    }
}
