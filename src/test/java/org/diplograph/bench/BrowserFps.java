package org.diplograph.bench;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs bench/browser-fps/index.html in headless Chromium and prints frames per second while panning, per graph size
 * and renderer (canvas, WebGL), with the bench's or the explorer's style, panned through the API or by a mouse drag, with
 * sets of Cytoscape viewport options. Not a test: {@code bench/browser-fps/run.sh}. Writes bench/browser-fps/results.json.
 */
public final class BrowserFps {
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "?";
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = 5;
        String gpu = "swiftshader";
        String cases = "1000x5000,3000x20000";
        String renderers = "canvas,webgl";
        String style = "bench";
        String pan = "api";
        String opts = "base";
        int maxMinutes = 20;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seconds")) seconds = Integer.parseInt(args[++i]);
            else if (args[i].equals("--gpu")) gpu = args[++i];
            else if (args[i].equals("--cases")) cases = args[++i];
            else if (args[i].equals("--renderers")) renderers = args[++i];
            else if (args[i].equals("--style")) style = args[++i];
            else if (args[i].equals("--pan")) pan = args[++i];
            else if (args[i].equals("--opts")) opts = args[++i];
            else if (args[i].equals("--max-minutes")) maxMinutes = Integer.parseInt(args[++i]);
        }
        Path page = Files.createTempDirectory("diplograph-fps");
        for (String f : List.of("index.html", "fps.js", "fps.css")) {
            Files.copy(Path.of("bench/browser-fps", f), page.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(page.resolve("graph-style.js"), "window.explorerStyle = " + Files.readString(Path.of("web/graph-style.json")) + ";\n");
        try (InputStream in = BrowserFps.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js")) {
            if (in == null) throw new IllegalStateException("cytoscape webjar not on the class path");
            Files.copy(in, page.resolve("cytoscape.min.js"), StandardCopyOption.REPLACE_EXISTING);
        }
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium");
        List<String> a = new ArrayList<>(List.of("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1400,900", "--user-data-dir=" + Files.createTempDirectory("diplograph-fps-profile"),
                "--allow-file-access-from-files", "--disable-frame-rate-limit", "--disable-gpu-vsync"));
        if (gpu.equals("swiftshader")) a.addAll(List.of("--use-angle=swiftshader", "--enable-unsafe-swiftshader"));
        else a.add("--disable-gpu");
        o.addArguments(a);
        ChromeDriver d = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(), o);
        try {
            d.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
            d.get(page.resolve("index.html").toUri() + "?seconds=" + seconds + "&cases=" + cases + "&renderers=" + renderers
                    + "&style=" + style + "&pan=" + pan + "&opts=" + opts);
            String loadStart = loadAverage();
            Instant until = Instant.now().plus(Duration.ofMinutes(maxMinutes));
            Object res = null;
            String shown = "";
            while (res == null && Instant.now().isBefore(until)) {
                Thread.sleep(2000);
                String log;
                try {
                    res = ((JavascriptExecutor) d).executeScript("return window.fpsResults || null;");
                    log = String.valueOf(((JavascriptExecutor) d).executeScript("return document.getElementById('out').textContent;"));
                } catch (org.openqa.selenium.TimeoutException e) {
                    continue;   // the page is inside one long frame: ask again
                }
                if (log.length() > shown.length()) {
                    System.err.print(log.substring(shown.length()) + "\n");
                    shown = log;
                }
            }
            boolean incomplete = res == null;
            if (incomplete) {
                // the cases that finished (a case can be stuck in one frame of minutes on a loaded box): their log lines
                System.err.println("the benchmark page did not finish within " + maxMinutes + " minutes: the cases that finished follow");
                List<Object> done = new ArrayList<>();
                for (String line : shown.split("\n")) {
                    if (line.startsWith("{")) done.add(new com.fasterxml.jackson.databind.ObjectMapper().readValue(line, Map.class));
                }
                res = new java.util.LinkedHashMap<>(Map.of("userAgent", "?", "cytoscape", "?", "webgl", "?", "results", done));
            }
            @SuppressWarnings("unchecked") Map<String, Object> r = (Map<String, Object>) res;
            System.out.println("Chromium: " + r.get("userAgent"));
            System.out.println("cytoscape " + r.get("cytoscape") + ", WebGL context: " + r.get("webgl") + ", gpu flags: " + gpu
                    + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + seconds + " s of panning per case, style " + style
                    + ", pan " + pan + ", load average at the start " + loadStart + ", at the end " + loadAverage()
                    + (incomplete ? " (INCOMPLETE: stopped after " + maxMinutes + " minutes)" : ""));
            System.out.printf("%-8s %-8s %-8s %-10s %8s %10s %10s %10s %9s%n", "nodes", "edges", "renderer", "opts", "fps", "renders/s", "p50 ms", "p95 ms", "build ms");
            @SuppressWarnings("unchecked") List<Map<String, Object>> rows = (List<Map<String, Object>>) r.get("results");
            for (Map<String, Object> x : rows) {
                if (x.containsKey("error")) {
                    System.out.printf("%-8s %-8s %-8s %-10s  error: %s%n", x.get("nodes"), x.get("edges"), x.get("renderer"), x.get("opts"), x.get("error"));
                } else {
                    System.out.printf("%-8s %-8s %-8s %-10s %8s %10s %10s %10s %9s%n", x.get("nodes"), x.get("edges"), x.get("renderer"), x.get("opts"),
                            x.get("fps"), x.get("renderEventsPerSecond"), x.get("frameMsP50"), x.get("frameMsP95"), x.get("buildMs"));
                }
            }
            r = new java.util.LinkedHashMap<>(r);
            r.put("gpu", gpu);
            r.put("loadAverageStart", loadStart);
            r.put("loadAverage", loadAverage());
            r.put("options", String.join(" ", args));
            if (incomplete) r.put("incomplete", "stopped after " + maxMinutes + " minutes");
            Files.writeString(Path.of("bench/browser-fps/results.json"),
                    new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(r));
        } finally {
            d.quit();
        }
    }
}
