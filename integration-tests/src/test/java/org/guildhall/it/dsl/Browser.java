package org.guildhall.it.dsl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by its ChromeDriver: what a person does on the portal's pages. */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;

    public Browser(String base) {
        Path chromium = Path.of("/usr/bin/chromium");
        Path chromedriver = Path.of("/usr/bin/chromedriver");
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            throw new IllegalStateException("Chromium is missing: apt-get install chromium chromium-driver (./guildhall test does)");
        }
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1280,900", "--lang=en-GB",
                        // The test portal listens on a plain-HTTP address that is not localhost; the pages that use
                        // WebCrypto (the DID wizard) need a secure context, as they have behind HTTPS in production.
                        "--unsafely-treat-insecure-origin-as-secure=" + origin(base));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.base = base.endsWith("/") ? base : base + "/";
    }

    private static String origin(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public void signIn(String username, String password) {
        open("login.xhtml");
        waitFor(By.id("login:username"));
        type("login:username", username);
        type("login:password", password);
        click("login:submit");
        waitFor(By.id("signed-in-user"));
    }

    public void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    public void click(String id) {
        patiently().until(d -> {
            d.findElement(By.id(id)).click();
            return true;
        });
    }

    public String text(String id) {
        return patiently().until(d -> d.findElement(By.id(id)).getText().strip());
    }

    public WebElement waitFor(By locator) {
        return patiently().until(d -> d.findElement(locator));
    }

    /** Waits until the element with the id shows the given text (after a full-page postback). */
    public void awaitText(String id, String expected) {
        patiently().until(d -> d.findElement(By.id(id)).getText().strip().equals(expected));
    }

    /** A wait that rides out page loads: elements that vanish or go stale mid-load are looked up again. */
    private WebDriverWait patiently() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.NoSuchElementException.class);
        return wait;
    }

    /** The session cookie's value, if the browser holds one. */
    public String sessionId() {
        var cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    public void screenshot(java.nio.file.Path file) throws java.io.IOException {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.write(file, png);
    }

    /** Runs a script in the page and returns its result. */
    public Object script(String javascript) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javascript);
    }

    public String html(String id) {
        return patiently().until(d -> d.findElement(By.id(id)).getAttribute("innerHTML"));
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
