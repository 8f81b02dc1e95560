package computequest.app;

import computequest.engine.Step;
import java.io.IOException;

/** For tests in other packages: the first step as {@code --endpoint} greets with it, on a free port of 127.0.0.1. */
public final class TestEndpoint {

    private TestEndpoint() {
    }

    /** {@code first} with the endpoint's greeting added, as the game shows it; the endpoint is closed again. */
    public static Step greeted(Step first) throws IOException {
        try (EndpointServer server = EndpointServer.open(0)) {
            return Main.greeted(first, server);
        }
    }
}
