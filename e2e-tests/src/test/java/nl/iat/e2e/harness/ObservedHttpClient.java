package nl.iat.e2e.harness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

import nl.iat.e2e.client.Api;

/**
 * A {@link HttpClient} that shows every exchange to an {@link Api.Observer} before handing the
 * response to the caller, so the generated clients' responses are checked like the scenarios' own
 * ({@link ContractCheck}). The body is read whole, shown, then replayed into the caller's handler.
 */
final class ObservedHttpClient extends HttpClient {

    private final HttpClient delegate;
    private final Api.Observer observer;

    ObservedHttpClient(HttpClient delegate, Api.Observer observer) {
        this.delegate = delegate;
        this.observer = observer;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return observed(request, delegate.send(request, HttpResponse.BodyHandlers.ofByteArray()), handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return delegate.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(r -> observed(request, r, handler));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return sendAsync(request, handler); // no server push over HTTP/1.1
    }

    private <T> HttpResponse<T> observed(HttpRequest request, HttpResponse<byte[]> response, HttpResponse.BodyHandler<T> handler) {
        observer.exchanged(request, bodyOf(request), new Api.Reply(response.statusCode(), response.headers().map(),
                new String(response.body(), StandardCharsets.UTF_8)));
        return new Replayed<>(response, replay(response, handler));
    }

    /** What the caller's handler makes of the bytes already read. */
    private static <T> T replay(HttpResponse<byte[]> response, HttpResponse.BodyHandler<T> handler) {
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return response.statusCode();
            }

            @Override
            public HttpHeaders headers() {
                return response.headers();
            }

            @Override
            public Version version() {
                return response.version();
            }
        });
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
            }
        });
        subscriber.onNext(List.of(ByteBuffer.wrap(response.body())));
        subscriber.onComplete();
        return subscriber.getBody().toCompletableFuture().join();
    }

    /** The request body the generated client sent (its publishers can be read again). */
    private static String bodyOf(HttpRequest request) {
        return request.bodyPublisher().filter(p -> p.contentLength() != 0).map(publisher -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CompletableFuture<String> text = new CompletableFuture<>();
            publisher.subscribe(new Flow.Subscriber<ByteBuffer>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(ByteBuffer item) {
                    byte[] chunk = new byte[item.remaining()];
                    item.get(chunk);
                    bytes.writeBytes(chunk);
                }

                @Override
                public void onError(Throwable throwable) {
                    text.completeExceptionally(throwable);
                }

                @Override
                public void onComplete() {
                    text.complete(bytes.toString(StandardCharsets.UTF_8));
                }
            });
            return text.join();
        }).orElse(null);
    }

    /** The response as received, with the caller's body. */
    private record Replayed<T>(HttpResponse<byte[]> received, T body) implements HttpResponse<T> {

        @Override
        public int statusCode() {
            return received.statusCode();
        }

        @Override
        public HttpRequest request() {
            return received.request();
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return received.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return received.sslSession();
        }

        @Override
        public URI uri() {
            return received.uri();
        }

        @Override
        public Version version() {
            return received.version();
        }
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }
}
