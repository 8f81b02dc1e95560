package computequest.sim.ecs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The breaker's threshold as ECS's API model states it: 0.5 * desired task count, at least 3, at most 200. */
class CircuitBreakerThresholdTest {

    @Test
    void halfTheDesiredCountWithinThreeAndTwoHundred() {
        assertEquals(3, CircuitBreaker.threshold(1));
        assertEquals(3, CircuitBreaker.threshold(6));
        assertEquals(4, CircuitBreaker.threshold(7), "half of 7, rounded up");
        assertEquals(50, CircuitBreaker.threshold(100));
        assertEquals(200, CircuitBreaker.threshold(1000));
    }
}
