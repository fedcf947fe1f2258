package org.akhbar.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * Opens a local page in Debian's headless Chromium and reports what a reader would see: the page's text and DOM, a
 * screenshot, whether every image decoded, and every console error, uncaught exception and failed load. It speaks
 * the DevTools protocol over a WebSocket, because the command-line modes (--dump-dom, --screenshot) hide console
 * errors and broken images.
 */
final class HeadlessChromium implements AutoCloseable {
    static final String BINARY = "chromium";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new ArrayList<>();

    /** What the page showed once loaded. */
    record Page(String text, String dom, int images, boolean imagesLoaded, List<String> errors,
            BufferedImage screenshot) {
    }

    /** The Chromium binary on the PATH, or null. */
    static Path find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, BINARY);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    HeadlessChromium(Path binary, Path profile, int width, int height) throws Exception {
        process = new ProcessBuilder(binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--remote-debugging-port=0",
                "--remote-allow-origins=*", "--hide-scrollbars", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolveSibling("chromium.log").toFile()).start();
        try {
            connect(profile, width, height);
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    private void connect(Path profile, int width, int height) throws Exception {
        int port = devToolsPort(profile.resolve("DevToolsActivePort"));
        HttpClient http = HttpClient.newHttpClient();
        String pageSocket = null;
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (pageSocket == null && System.nanoTime() < deadline) {
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/json/list")).build(), HttpResponse.BodyHandlers.ofString());
            for (JsonNode target : JSON.readTree(list.body())) {
                if ("page".equals(target.path("type").asText())) {
                    pageSocket = target.path("webSocketDebuggerUrl").asText();
                }
            }
            if (pageSocket == null) {
                Thread.sleep(100);
            }
        }
        if (pageSocket == null) {
            throw new IOException("Chromium opened no page target");
        }
        socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new Listener())
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
                "mobile", false));
    }

    private int devToolsPort(Path activePort) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Chromium exited with " + process.exitValue());
            }
            if (Files.exists(activePort)) {
                List<String> lines = Files.readAllLines(activePort);
                if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                    return Integer.parseInt(lines.get(0).trim());
                }
            }
            Thread.sleep(100);
        }
        throw new IOException("Chromium wrote no DevToolsActivePort in " + WAIT);
    }

    /** Loads the file, waits for its load event and a moment for late errors, and reads what it shows. */
    Page open(Path file) throws Exception {
        send("Runtime.enable", Map.of());
        send("Log.enable", Map.of());
        send("Page.enable", Map.of());
        send("Page.navigate", Map.of("url", file.toUri().toString()));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!sawEvent("Page.loadEventFired")) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the page did not finish loading in " + WAIT);
            }
            Thread.sleep(50);
        }
        Thread.sleep(500);
        String text = evaluate("document.body ? document.body.innerText : ''").asText();
        String dom = evaluate("document.documentElement.outerHTML").asText();
        int images = evaluate("document.images.length").asInt();
        boolean loaded = evaluate("Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)")
                .asBoolean();
        byte[] png = Base64.getDecoder().decode(send("Page.captureScreenshot", Map.of("format", "png"))
                .path("data").asText());
        return new Page(text, dom, images, loaded, errors(), ImageIO.read(new ByteArrayInputStream(png)));
    }

    private JsonNode evaluate(String expression) throws Exception {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IOException("evaluation failed: " + result.path("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    private synchronized boolean sawEvent(String method) {
        return events.stream().anyMatch(e -> method.equals(e.path("method").asText()));
    }

    /** Console errors and assertions, uncaught exceptions, and browser log errors (failed loads, CSP refusals). */
    private synchronized List<String> errors() {
        List<String> errors = new ArrayList<>();
        for (JsonNode e : events) {
            JsonNode params = e.path("params");
            switch (e.path("method").asText()) {
                case "Runtime.consoleAPICalled" -> {
                    String type = params.path("type").asText();
                    if (type.equals("error") || type.equals("assert")) {
                        errors.add("console." + type + ": " + params.path("args"));
                    }
                }
                case "Runtime.exceptionThrown" -> errors.add("exception: " + params.path("exceptionDetails"));
                case "Log.entryAdded" -> {
                    if (params.path("entry").path("level").asText().equals("error")) {
                        errors.add("log: " + params.path("entry").path("text").asText() + " "
                                + params.path("entry").path("url").asText());
                    }
                }
                default -> {
                }
            }
        }
        return errors;
    }

    private JsonNode send(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(message), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        JsonNode answer = reply.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IOException(method + " failed: " + answer.path("error"));
        }
        return answer.path("result");
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> reply = replies.remove(message.get("id").asInt());
                        if (reply != null) {
                            reply.complete(message);
                        }
                    } else {
                        synchronized (HeadlessChromium.this) {
                            events.add(message);
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("unreadable DevTools message", e);
                } finally {
                    partial.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    /** Share of pixels that are not (near) white: a page that drew nothing scores 0. */
    static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 235 || ((rgb >> 8) & 0xff) < 235 || (rgb & 0xff) < 235) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }

    @Override
    public void close() throws InterruptedException {
        if (socket != null) {
            socket.abort();
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        children.forEach(ProcessHandle::destroy);
    }
}
