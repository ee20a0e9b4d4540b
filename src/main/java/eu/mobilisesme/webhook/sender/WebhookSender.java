package eu.mobilisesme.webhook.sender;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLException;

import eu.mobilisesme.webhook.domain.AttemptResult;
import eu.mobilisesme.webhook.domain.WebhookMessage;
import eu.mobilisesme.webhook.domain.WebhookUrl;
import io.netty.channel.ConnectTimeoutException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * Sends one signed webhook request. It connects to the address that was checked, never to a fresh resolution of the
 * host, which is given only for the Host header and the TLS server name (SNI) and certificate check: DNS cannot
 * change between the check and the connection. Redirects are not followed; at most {@value #BODY_LIMIT} bytes of the
 * answer are read before the connection is closed; connecting and answering each have a short timeout. Every outcome,
 * failures included, comes back as an {@link AttemptResult}: the Uni never fails. Its owner closes it.
 */
public class WebhookSender implements AutoCloseable {

    /** The most of a receiver's answer that is read; the status code is all that matters. */
    static final int BODY_LIMIT = 1024;
    /**
     * Connections open at once to one receiver: a round's batch, and more when rounds overlap. A request that finds
     * them all busy waits for one within its connect timeout.
     */
    private static final int CONNECTIONS_PER_RECEIVER = 64;

    private final Vertx vertx;
    private final HttpClient client;
    private final long connectTimeoutMillis;
    private final long responseTimeoutMillis;

    public WebhookSender(Vertx vertx, Duration connectTimeout, Duration responseTimeout) {
        this.vertx = vertx;
        this.connectTimeoutMillis = connectTimeout.toMillis();
        this.responseTimeoutMillis = responseTimeout.toMillis();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) connectTimeoutMillis)
                // One connection per attempt: nothing of one receiver's answer can linger into the next request.
                .setKeepAlive(false)
                .setMaxPoolSize(CONNECTIONS_PER_RECEIVER)
                .setVerifyHost(true)
                .setMaxRedirects(0)
                .setTryUseCompression(false));
    }

    public Uni<AttemptResult> send(WebhookUrl url, InetAddress address, WebhookMessage message) {
        long started = System.nanoTime();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, url.port())))
                .setHost(url.host())
                .setPort(url.port())
                .setSsl(url.secure())
                .setURI(url.pathAndQuery())
                .setFollowRedirects(false)
                .setConnectTimeout(connectTimeoutMillis)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.USER_AGENT, "MobiliseSME-Webhooks/1");
        message.headers().forEach(options::putHeader);
        Future<HttpClientRequest> connected = client.request(options);
        Future<Integer> statusCode = connected.compose(request -> answer(request, message));
        return Uni.createFrom().completionStage(statusCode.toCompletionStage())
                .map(status -> AttemptResult.answered(status, millisSince(started)))
                .onFailure().recoverWithItem(failure -> AttemptResult.unanswered(
                        connected.succeeded() ? noAnswer(failure) : noConnection(failure), millisSince(started)));
    }

    /**
     * Sends the body and reads the answer's status and at most {@value #BODY_LIMIT} bytes of its body, all within the
     * response timeout (a receiver that trickles its answer gets no more time than one that is silent).
     */
    private Future<Integer> answer(HttpClientRequest request, WebhookMessage message) {
        AtomicBoolean expired = new AtomicBoolean();
        long deadline = vertx.setTimer(responseTimeoutMillis, fired -> {
            expired.set(true);
            request.reset();
        });
        return request.send(Buffer.buffer(message.body()))
                .compose(response -> readAtMostTheLimit(response).map(read -> response.statusCode()))
                .onComplete(done -> vertx.cancelTimer(deadline))
                .recover(failure -> Future.failedFuture(expired.get() ? new TimeoutException() : failure));
    }

    /** Reads the answer's body until its end or the limit, then lets the connection close. */
    private static Future<Void> readAtMostTheLimit(HttpClientResponse response) {
        Promise<Void> done = Promise.promise();
        int[] read = { 0 };
        response.exceptionHandler(failure -> done.tryComplete());
        response.endHandler(end -> done.tryComplete());
        response.handler(chunk -> {
            read[0] += chunk.length();
            if (read[0] > BODY_LIMIT) {
                response.request().reset();
                done.tryComplete();
            }
        });
        return done.future();
    }

    /** Why no connection was made, in words for the partner's delivery log: no class names, no addresses. */
    private String noConnection(Throwable failure) {
        if (failure instanceof ConnectException) {
            return "The connection was refused.";
        }
        if (failure instanceof ConnectTimeoutException || failure instanceof TimeoutException) {
            return "No connection within " + connectTimeoutMillis + " ms.";
        }
        if (failure instanceof SSLException) {
            return "The TLS handshake failed (certificate or protocol).";
        }
        return "The connection failed.";
    }

    /** Why a connection brought no answer. */
    private String noAnswer(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return "No answer within " + responseTimeoutMillis + " ms.";
        }
        return "The connection closed before an answer came.";
    }

    private static int millisSince(long started) {
        return (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    @Override
    public void close() {
        client.close();
    }
}
