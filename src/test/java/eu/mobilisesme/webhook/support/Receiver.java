package eu.mobilisesme.webhook.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner's webhook receiver on this machine: records every request it gets, and answers with the statuses it was
 * told to, in order, then 200. Each request is handled on its own thread, so a slow answer holds up no other.
 */
public final class Receiver implements AutoCloseable {

    /** A request as it arrived: the three Standard Webhooks headers and the raw body. */
    public record Received(String path, String id, String timestamp, String signature, String contentType,
            byte[] body) {

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new ArrayList<>();
    private final Deque<Function<Received, Integer>> answers = new ArrayDeque<>();

    private Receiver(String address) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** A receiver on 127.0.0.1, the address the tests allow. */
    public static Receiver local() {
        return new Receiver("127.0.0.1");
    }

    /** A receiver on another address, e.g. 127.0.0.2, which stands for a private one. */
    public static Receiver on(String address) {
        return new Receiver(address);
    }

    /** The next requests are answered with these statuses, one each, in order. */
    public synchronized Receiver answering(int... statuses) {
        for (int status : statuses) {
            answers.add(request -> status);
        }
        return this;
    }

    /** The next request is answered by {@code answer}, which may take its time. */
    public synchronized Receiver answeringWith(Function<Received, Integer> answer) {
        answers.add(answer);
        return this;
    }

    /** {@code http://<address>:<port>}, without a trailing slash. */
    public String base() {
        InetSocketAddress address = server.getAddress();
        return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** The {@code webhook-id} of every request, in the order they came. */
    public synchronized List<String> ids() {
        return received.stream().map(Received::id).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Received request;
        try (InputStream body = exchange.getRequestBody()) {
            var headers = exchange.getRequestHeaders();
            request = new Received(exchange.getRequestURI().toString(), headers.getFirst("webhook-id"),
                    headers.getFirst("webhook-timestamp"), headers.getFirst("webhook-signature"),
                    headers.getFirst("Content-Type"), body.readAllBytes());
        }
        Function<Received, Integer> answer;
        synchronized (this) {
            received.add(request);
            answer = answers.isEmpty() ? any -> 200 : answers.poll();
        }
        int status = answer.apply(request);
        byte[] reply = "{\"received\":true}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().putAll(Map.of("Content-Type", List.of("application/json")));
        exchange.sendResponseHeaders(status, reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
