package computequest.sim.lambda;

import static computequest.sim.Resource.attrs;

import computequest.sim.Cloud;
import computequest.sim.Operation;
import computequest.sim.Resource;
import computequest.sim.Service;
import computequest.sim.Tool;
import computequest.sim.ec2.Ec2Access;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lambda: functions, their versions and concurrency, and the triggers that invoke them (S3 notifications, API Gateway
 * routes, EventBridge rules, SQS mappings). The clock fires schedules and lets warm environments go cold.
 */
public final class LambdaService implements Service {

    @Override
    public String name() {
        return "lambda";
    }

    @Override
    public List<Operation> operations() {
        List<Operation> all = new java.util.ArrayList<>(LambdaOps.operations());
        all.addAll(LambdaPermissions.operations());
        return all;
    }

    @Override
    public long nextDue(Cloud cloud) {
        return Math.min(FunctionStates.nextDue(cloud), LambdaInvoke.nextDue(cloud));
    }

    /** Functions finish being created or updated first, so a schedule due the same second finds them ready. */
    @Override
    public Cloud finishDue(Cloud cloud, long now, List<String> changes) {
        return LambdaInvoke.finishDue(FunctionStates.finishDue(cloud, now, changes), now, changes);
    }

    @Override
    public void resources(Cloud cloud, List<Resource> out) {
        ServerlessState sl = cloud.serverless();
        for (ServerlessState.Function f : sl.functions().values()) {
            out.add(new Resource("function", f.name(), attrs("id", f.name(), "state", f.state(),
                    "last-update", f.lastUpdateStatus(), "runtime", f.runtime(),
                    "memory", Integer.toString(f.memory()), "timeout", Integer.toString(f.timeout()),
                    "architecture", f.architecture(), "invocations", Long.toString(f.invocations()),
                    "cold-starts", Long.toString(f.coldStarts()), "last-status", f.lastStatus(),
                    "last-duration-ms", Long.toString(f.lastDurationMs()), "last-billed-ms", Long.toString(f.lastBilledMs()),
                    "invokers", String.join(",", cloud.iam().grants(f.name()).stream()
                            .map(computequest.sim.iam.IamState.Grant::principal).distinct().toList()))));
        }
        for (ServerlessState.Trigger t : sl.triggers().values()) {
            out.add(new Resource("trigger", t.id(), attrs("id", t.id(), "function", t.function(), "type", t.type())));
        }
    }

    @Override
    public Map<String, List<String>> schema() {
        return Resource.schema(
                "function", "id,state,last-update,runtime,memory,timeout,architecture,invocations,cold-starts,last-status,last-duration-ms,"
                        + "last-billed-ms,invokers",
                "trigger", "id,function,type");
    }

    /** Runtimes and architectures. */
    @Override
    public Map<String, Map<String, Set<String>>> values() {
        Map<String, Set<String>> function = new LinkedHashMap<>();
        function.put("runtime", new TreeSet<>(LambdaOps.RUNTIMES));
        function.put("architecture", new LinkedHashSet<>(List.of("x86_64", "arm64")));
        function.put("state", new LinkedHashSet<>(List.of(FunctionStates.PENDING, FunctionStates.ACTIVE)));
        function.put("last-update", new LinkedHashSet<>(List.of(FunctionStates.IN_PROGRESS, FunctionStates.SUCCESSFUL)));
        return Map.of("function", function);
    }

    /**
     * curl: an HTTP request to an API Gateway endpoint (which invokes its function) or a load balancer; checkip answers
     * with the laptop's public address, changing nothing.
     */
    @Override
    public List<Tool> tools() {
        return List.of(new Tool("curl", (cloud, words, stdin) -> {
            if (words.stream().anyMatch(w -> w.matches("(https?://)?checkip\\.amazonaws\\.com/?"))) {
                return new Tool.Ran(cloud, Ec2Access.LAPTOP_IP, List.of(), false);
            }
            String web = WebCurl.get(cloud, words);
            if (web != null) {
                return new Tool.Ran(cloud, web, List.of(), false);
            }
            LambdaOps.Ran ran = LambdaOps.curl(cloud, words);
            return new Tool.Ran(ran.cloud(), ran.output(), ran.changes(), true);
        }, List.of("curl"), Map.of("curl URL", "an HTTP request to an instance, a Lightsail site or an API in the simulated cloud;"
                + " curl https://checkip.amazonaws.com prints your laptop's public address")));
    }
}
