package computequest.sim.lambda;

import computequest.sim.Cloud;
import computequest.sim.Copy;
import java.util.List;
import java.util.Map;

/** Lambda functions and what triggers them, plus the serverless building blocks around them. */
public record ServerlessState(Map<String, Function> functions, Map<String, Trigger> triggers,
                              Map<String, Bucket> buckets, Map<String, Table> tables, Map<String, Queue> queues,
                              Map<String, Rule> rules) {

    public static final ServerlessState EMPTY = new ServerlessState(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    public ServerlessState {
        functions = Copy.of(functions);
        triggers = Copy.of(triggers);
        buckets = Copy.of(buckets);
        tables = Copy.of(tables);
        queues = Copy.of(queues);
        rules = Copy.of(rules);
    }

    /**
     * @param code           the sample zip it was created from (hello.zip...)
     * @param reserved       reserved concurrency, or -1 for none
     * @param lastInvokedAt  simulated second of the last call, or -1: decides cold starts
     */
    public record Function(String name, String runtime, String handler, String role, String code, int memory,
                           int timeout, String architecture, int reserved, long invocations, long coldStarts,
                           String lastStatus, long lastDurationMs, long lastBilledMs, long lastInvokedAt,
                           String description, long lastModified, List<Published> published, String state,
                           String lastUpdateStatus, long settlesAt, Published previous) {

        /**
         * @param state            Pending from create-function until {@code settlesAt}, then Active (old saves: Active)
         * @param lastUpdateStatus InProgress from an update until {@code settlesAt}, then Successful
         * @param previous         while an update is in progress, the code and configuration calls still run; else null
         */
        public Function {
            description = description == null ? "" : description;
            published = published == null ? List.of() : List.copyOf(published);
            state = state == null || state.isEmpty() ? FunctionStates.ACTIVE : state;
            lastUpdateStatus = lastUpdateStatus == null || lastUpdateStatus.isEmpty() ? FunctionStates.SUCCESSFUL
                    : lastUpdateStatus;
        }

        public Function(String name, String runtime, String handler, String role, String code, int memory,
                        int timeout, String architecture, int reserved, long invocations, long coldStarts,
                        String lastStatus, long lastDurationMs, long lastBilledMs, long lastInvokedAt,
                        String description, long lastModified, List<Published> published) {
            this(name, runtime, handler, role, code, memory, timeout, architecture, reserved, invocations, coldStarts,
                    lastStatus, lastDurationMs, lastBilledMs, lastInvokedAt, description, lastModified, published,
                    null, null, 0, null);
        }

        Function(String name, String runtime, String handler, String role, String code, int memory, int timeout,
                 String architecture, int reserved, long invocations, long coldStarts, String lastStatus,
                 long lastDurationMs, long lastBilledMs, long lastInvokedAt) {
            this(name, runtime, handler, role, code, memory, timeout, architecture, reserved, invocations, coldStarts,
                    lastStatus, lastDurationMs, lastBilledMs, lastInvokedAt, "", 0, List.of());
        }

        String arn() {
            return "arn:aws:lambda:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":function:" + name;
        }

        Function configured(int mem, int t, String rt, String h, int res) {
            return new Function(name, rt, h, role, code, mem, t, architecture, res, invocations, coldStarts,
                    lastStatus, lastDurationMs, lastBilledMs, lastInvokedAt, description, lastModified, published,
                    state, lastUpdateStatus, settlesAt, previous);
        }

        /** The same function with another description (update-function-configuration --description). */
        Function described(String d) {
            return new Function(name, runtime, handler, role, code, memory, timeout, architecture, reserved,
                    invocations, coldStarts, lastStatus, lastDurationMs, lastBilledMs, lastInvokedAt, d, lastModified,
                    published, state, lastUpdateStatus, settlesAt, previous);
        }

        Function invoked(boolean cold, String status, long durationMs, long billedMs, long at) {
            return new Function(name, runtime, handler, role, code, memory, timeout, architecture, reserved,
                    invocations + 1, coldStarts + (cold ? 1 : 0), status, durationMs, billedMs, at, description,
                    lastModified, published, state, lastUpdateStatus, settlesAt, previous);
        }

        /** The same function with its code or configuration changed at {@code at}: the next call starts cold. */
        Function changed(String newCode, long at) {
            return new Function(name, runtime, handler, role, newCode, memory, timeout, architecture, reserved,
                    invocations, coldStarts, lastStatus, lastDurationMs, lastBilledMs, -1, description, at, published,
                    state, lastUpdateStatus, settlesAt, previous);
        }

        /** The same function in another state or update status, settling at {@code at}, calls running {@code before}. */
        Function settling(String newState, String newUpdateStatus, long at, Published before) {
            return new Function(name, runtime, handler, role, code, memory, timeout, architecture, reserved,
                    invocations, coldStarts, lastStatus, lastDurationMs, lastBilledMs, lastInvokedAt, description,
                    lastModified, published, newState, newUpdateStatus, at, before);
        }

        /**
         * Created or updated for good: Active and Successful. A finished update also retires the execution
         * environments that ran the old configuration, so the next call starts cold.
         */
        Function settled() {
            boolean updated = lastUpdateStatus.equals(FunctionStates.IN_PROGRESS);
            return new Function(name, runtime, handler, role, code, memory, timeout, architecture, reserved,
                    invocations, coldStarts, lastStatus, lastDurationMs, lastBilledMs, updated ? -1 : lastInvokedAt,
                    description, lastModified, published, FunctionStates.ACTIVE, FunctionStates.SUCCESSFUL, 0, null);
        }

        /** The same function running the code and configuration {@code p} (what calls use during an update). */
        Function runningAs(Published p) {
            return new Function(name, p.runtime(), p.handler(), role, p.code(), p.memory(), p.timeout(), architecture,
                    reserved, invocations, coldStarts, lastStatus, lastDurationMs, lastBilledMs, lastInvokedAt,
                    description, lastModified, published, state, lastUpdateStatus, settlesAt, previous);
        }

        /** Whether Lambda is still creating it or applying an update. */
        public boolean busy() {
            return state.equals(FunctionStates.PENDING) || lastUpdateStatus.equals(FunctionStates.IN_PROGRESS);
        }

        Function withPublished(Published p) {
            List<Published> next = new java.util.ArrayList<>(published);
            next.add(p);
            return new Function(name, runtime, handler, role, code, memory, timeout, architecture, reserved,
                    invocations, coldStarts, lastStatus, lastDurationMs, lastBilledMs, lastInvokedAt, description,
                    lastModified, next, state, lastUpdateStatus, settlesAt, previous);
        }
    }

    /** A published version: a numbered, unchangeable copy of the code and configuration at that moment. */
    public record Published(int version, String code, String runtime, String handler, int memory, int timeout,
                            long at) {
    }

    /**
     * What calls a function.
     *
     * @param type    api-gateway, s3, schedule or sqs
     * @param source  the API id, bucket, rule name or queue name
     * @param period  seconds between schedule firings; for an SQS mapping, its batching window; else 0
     * @param nextDue simulated second of the next firing, else -1
     * @param batchSize messages per call, for an SQS mapping, else 0
     * @param detail    an SQS mapping's UUID, or an API's name, protocol and route selection (JSON), else ""
     */
    public record Trigger(String id, String function, String type, String source, long period, long nextDue,
                          int batchSize, String detail, long createdAt) {
        public Trigger {
            detail = detail == null ? "" : detail;
        }

        public Trigger(String id, String function, String type, String source, long period, long nextDue) {
            this(id, function, type, source, period, nextDue, 0, "", 0);
        }

        Trigger fired(long now) {
            return new Trigger(id, function, type, source, period, now + period, batchSize, detail, createdAt);
        }
    }

    public record Bucket(String name, Map<String, Long> objects) {
        public Bucket {
            objects = Copy.of(objects);
        }
    }

    /**
     * @param key  the partition key's attribute name
     * @param spec the table's description members as given (key schema, attributes, throughput, indexes,
     *             streams, encryption, class, deletion protection), as JSON; "{}" in old saves
     */
    public record Table(String name, String status, String billingMode, String key, String spec, long createdAt) {
        public Table {
            spec = spec == null ? "{}" : spec;
        }

        Table(String name, String status, String billingMode, String key) {
            this(name, status, billingMode, key, "{}", 0);
        }

        public Table withStatus(String s) {
            return new Table(name, s, billingMode, key, spec, createdAt);
        }
    }

    /** @param attributes the attributes create-queue was given (JSON object), "{}" in old saves */
    public record Queue(String name, long sent, String attributes) {
        public Queue {
            attributes = attributes == null ? "{}" : attributes;
        }

        Queue(String name, long sent) {
            this(name, sent, "{}");
        }
    }

    /** An EventBridge rule with a schedule expression. */
    /** @param pattern an event pattern (JSON) for a rule that matches events instead of a schedule, else "" */
    public record Rule(String name, String expression, long period, String pattern, String description) {
        public Rule {
            pattern = pattern == null ? "" : pattern;
            description = description == null ? "" : description;
        }

        Rule(String name, String expression, long period) {
            this(name, expression, period, "", "");
        }
    }

    ServerlessState withFunction(Function f) {
        return new ServerlessState(Copy.put(functions, f.name(), f), triggers, buckets, tables, queues, rules);
    }

    ServerlessState withoutFunction(String n) {
        return new ServerlessState(Copy.remove(functions, n), triggers, buckets, tables, queues, rules);
    }

    public ServerlessState withTrigger(Trigger t) {
        return new ServerlessState(functions, Copy.put(triggers, t.id(), t), buckets, tables, queues, rules);
    }

    /** Without the trigger {@code id} (an S3 bucket's notification removed, for example). */
    public ServerlessState withoutTrigger(String id) {
        return new ServerlessState(functions, Copy.remove(triggers, id), buckets, tables, queues, rules);
    }

    public ServerlessState withBucket(Bucket b) {
        return new ServerlessState(functions, triggers, Copy.put(buckets, b.name(), b), tables, queues, rules);
    }

    public ServerlessState withTable(Table t) {
        return new ServerlessState(functions, triggers, buckets, Copy.put(tables, t.name(), t), queues, rules);
    }

    public ServerlessState withQueue(Queue q) {
        return new ServerlessState(functions, triggers, buckets, tables, Copy.put(queues, q.name(), q), rules);
    }

    public ServerlessState withRule(Rule r) {
        return new ServerlessState(functions, triggers, buckets, tables, queues, Copy.put(rules, r.name(), r));
    }
}
