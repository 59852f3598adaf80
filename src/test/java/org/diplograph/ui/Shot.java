package org.diplograph.ui;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Takes a screenshot of a running explorer (used for docs/screenshot.png): {@code Shot <url> <out.png> [js to run] [wait ms]}.
 * Not a test.
 */
public final class Shot {
    public static void main(String[] args) throws Exception {
        ChromeDriver d = Browser.get();
        try {
            d.get(args[0]);
            for (int i = 0; i < 100 && !"true".equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.ready || null;")); i++) {
                Thread.sleep(100);
            }
            if (args.length > 2 && !args[2].isBlank()) ((JavascriptExecutor) d).executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; Promise.resolve((async () => {" + args[2] + "})()).then(() => done(), e => done(String(e)));");
            Thread.sleep(args.length > 3 ? Long.parseLong(args[3]) : 1500);
            Path p = Browser.screenshot(d, "shot");
            Files.copy(p, Path.of(args[1]), StandardCopyOption.REPLACE_EXISTING);
            System.out.println("errors: " + Browser.errors(d));
        } finally {
            Browser.quit();
        }
    }
}
