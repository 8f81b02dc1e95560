package computequest.app;

import computequest.engine.Engine;
import computequest.engine.Step;

/** For tests in other packages: the first step of a playtest at a scene, as {@code --from} and {@code --chapter} build it. */
public final class TestPlaytest {

    private TestPlaytest() {
    }

    public static Step start(Engine engine, String sceneId, long seed) {
        return Playtest.start(engine, sceneId, seed);
    }
}
