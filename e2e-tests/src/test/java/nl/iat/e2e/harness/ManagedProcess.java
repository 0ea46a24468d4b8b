package nl.iat.e2e.harness;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One process of the suite under test: started, checked for readiness, stopped or killed. */
public final class ManagedProcess {

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private final int port;
    private final String readinessPath;
    private Process process;

    public ManagedProcess(String name, List<String> command, Map<String, String> environment, Path log, int port,
            String readinessPath) {
        this.name = name;
        this.command = command;
        this.environment = environment;
        this.log = log;
        this.port = port;
        this.readinessPath = readinessPath;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public synchronized ManagedProcess start(Map<String, String> extraEnvironment) {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            builder.environment().putAll(extraEnvironment);
            process = builder.start();
            return this;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + name, e);
        }
    }

    public ManagedProcess start() {
        return start(Map.of());
    }

    /** Waits until the readiness endpoint answers 200 (or, without one, the port accepts connections). */
    public ManagedProcess awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (ready()) {
                return this;
            }
            nl.iat.testing.Waits.pause(200);
        }
        throw new IllegalStateException(name + " not ready within " + timeout + "; see " + log);
    }

    private boolean ready() {
        if (readinessPath == null) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return true;
            } catch (IOException e) {
                return false;
            }
        }
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url() + readinessPath).toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** SIGKILL: the process gets no chance to flush, commit or say goodbye. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor();
        }
    }

    /** SIGTERM, then SIGKILL after a grace period. */
    public synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    private void waitFor() {
        try {
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
