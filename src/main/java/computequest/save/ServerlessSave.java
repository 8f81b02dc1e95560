package computequest.save;

import computequest.sim.lambda.ServerlessState;
import java.util.List;
import java.util.Map;

/** The serverless services' part of a save: cloud.services.serverless (Lambda and its triggers, S3, DynamoDB, SQS, EventBridge). */
record ServerlessSave(Map<String, Function> functions, Map<String, Trigger> triggers, Map<String, Bucket> buckets,
                      Map<String, Table> tables, Map<String, Queue> queues, Map<String, Rule> rules) {

    static ServerlessSave save(ServerlessState x) {
        return x == null ? null : new ServerlessSave(Saves.map(x.functions(), Function::save),
                Saves.map(x.triggers(), Trigger::save), Saves.map(x.buckets(), Bucket::save),
                Saves.map(x.tables(), Table::save), Saves.map(x.queues(), Queue::save),
                Saves.map(x.rules(), Rule::save));
    }

    static ServerlessState load(ServerlessSave s) {
        return s == null ? null : new ServerlessState(Saves.map(s.functions, Function::load),
                Saves.map(s.triggers, Trigger::load), Saves.map(s.buckets, Bucket::load),
                Saves.map(s.tables, Table::load), Saves.map(s.queues, Queue::load), Saves.map(s.rules, Rule::load));
    }

    /** The saved form of {@link computequest.sim.lambda.ServerlessState.Function}. */
    record Function(String name, String runtime, String handler, String role, String code, int memory, int timeout,
                    String architecture, int reserved, long invocations, long coldStarts, String lastStatus,
                    long lastDurationMs, long lastBilledMs, long lastInvokedAt, String description, long lastModified,
                    List<Published> published, String state, String lastUpdateStatus, long settlesAt,
                    Published previous) {

        static Function save(ServerlessState.Function x) {
            return x == null ? null : new Function(x.name(), x.runtime(), x.handler(), x.role(), x.code(), x.memory(),
                    x.timeout(), x.architecture(), x.reserved(), x.invocations(), x.coldStarts(), x.lastStatus(),
                    x.lastDurationMs(), x.lastBilledMs(), x.lastInvokedAt(), x.description(), x.lastModified(),
                    Saves.list(x.published(), Published::save), x.state(), x.lastUpdateStatus(), x.settlesAt(),
                    Published.save(x.previous()));
        }

        static ServerlessState.Function load(Function s) {
            return s == null ? null : new ServerlessState.Function(s.name, s.runtime, s.handler, s.role, s.code,
                    s.memory, s.timeout, s.architecture, s.reserved, s.invocations, s.coldStarts, s.lastStatus,
                    s.lastDurationMs, s.lastBilledMs, s.lastInvokedAt, s.description, s.lastModified,
                    Saves.list(s.published, Published::load), s.state, s.lastUpdateStatus, s.settlesAt,
                    Published.load(s.previous));
        }
    }

    /** The saved form of {@link computequest.sim.lambda.ServerlessState.Published}. */
    record Published(int version, String code, String runtime, String handler, int memory, int timeout, long at) {

        static Published save(ServerlessState.Published x) {
            return x == null ? null : new Published(x.version(), x.code(), x.runtime(), x.handler(), x.memory(),
                    x.timeout(), x.at());
        }

        static ServerlessState.Published load(Published s) {
            return s == null ? null : new ServerlessState.Published(s.version, s.code, s.runtime, s.handler, s.memory,
                    s.timeout, s.at);
        }
    }

    /** The saved form of {@link computequest.sim.lambda.ServerlessState.Trigger}. */
    record Trigger(String id, String function, String type, String source, long period, long nextDue, int batchSize,
                   String detail, long createdAt) {

        static Trigger save(ServerlessState.Trigger x) {
            return x == null ? null : new Trigger(x.id(), x.function(), x.type(), x.source(), x.period(), x.nextDue(),
                    x.batchSize(), x.detail(), x.createdAt());
        }

        static ServerlessState.Trigger load(Trigger s) {
            return s == null ? null : new ServerlessState.Trigger(s.id, s.function, s.type, s.source, s.period,
                    s.nextDue, s.batchSize, s.detail, s.createdAt);
        }
    }

    /** The saved form of {@link computequest.sim.lambda.ServerlessState.Bucket}. */
    record Bucket(String name, Map<String, Long> objects) {

        static Bucket save(ServerlessState.Bucket x) {
            return x == null ? null : new Bucket(x.name(), x.objects());
        }

        static ServerlessState.Bucket load(Bucket s) {
            return s == null ? null : new ServerlessState.Bucket(s.name, s.objects);
        }
    }

    /** The saved form of {@link computequest.sim.lambda.ServerlessState.Table}. */
    record Table(String name, String status, String billingMode, String key, String spec, long createdAt) {

        static Table save(ServerlessState.Table x) {
            return x == null ? null : new Table(x.name(), x.status(), x.billingMode(), x.key(), x.spec(),
                    x.createdAt());
        }

        static ServerlessState.Table load(Table s) {
            return s == null ? null : new ServerlessState.Table(s.name, s.status, s.billingMode, s.key, s.spec,
                    s.createdAt);
        }
    }

    /** The saved form of {@link computequest.sim.lambda.ServerlessState.Queue}. */
    record Queue(String name, long sent, String attributes) {

        static Queue save(ServerlessState.Queue x) {
            return x == null ? null : new Queue(x.name(), x.sent(), x.attributes());
        }

        static ServerlessState.Queue load(Queue s) {
            return s == null ? null : new ServerlessState.Queue(s.name, s.sent, s.attributes);
        }
    }

    /** The saved form of {@link computequest.sim.lambda.ServerlessState.Rule}. */
    record Rule(String name, String expression, long period, String pattern, String description) {

        static Rule save(ServerlessState.Rule x) {
            return x == null ? null : new Rule(x.name(), x.expression(), x.period(), x.pattern(), x.description());
        }

        static ServerlessState.Rule load(Rule s) {
            return s == null ? null : new ServerlessState.Rule(s.name, s.expression, s.period, s.pattern,
                    s.description);
        }
    }

}
