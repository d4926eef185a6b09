package herald.announce;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

/** A network failure in words a person can act on; never the URL, which may be the secret. */
final class NetworkErrors {
    private NetworkErrors() {
    }

    static String describe(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "could not connect before the timeout";
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer before the timeout";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host";
        }
        Throwable cause = e.getCause();
        if (cause instanceof IOException io && cause != e) {
            return describe(io);
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }
}
