package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import computequest.sim.lambda.LambdaInvoke;
import computequest.sim.lambda.LambdaOps;
import org.junit.jupiter.api.Test;

class LambdaTest {

    static final String ROLE = " --role arn:aws:iam::123456789012:role/lambda-basic";
    static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:";

    static String create(String name, String zip, String extra) {
        return "aws lambda create-function --function-name " + name + " --runtime python3.12 --handler"
                + " lambda_function.lambda_handler" + ROLE + " --zip-file fileb://" + zip + extra;
    }

    static Resource fn(Cloud c) {
        return Sim.of(c, "function").get(0);
    }

    @Test
    void limitsFromTheFactSheet() {
        Cloud c = Sim.withRoles(Cloud.fresh(1));
        assertTrue(Sim.refused(c, create("f", "hello.zip", " --memory-size 127"))
                .contains("Invalid value for parameter MemorySize, value: 127, valid min value: 128"));
        assertTrue(Sim.refused(c, create("f", "hello.zip", " --memory-size 10241")).contains("between 128 and 10240"));
        assertTrue(Sim.refused(c, create("f", "hello.zip", " --timeout 0"))
                .contains("Invalid value for parameter Timeout, value: 0, valid min value: 1"));
        assertTrue(Sim.refused(c, create("f", "hello.zip", " --timeout 901")).contains("between 1 and 900"));
        Sim.ok(c, create("f", "hello.zip", " --memory-size 128 --timeout 900"));
        Cloud d = Sim.ok(c, create("f", "hello.zip", " --memory-size 10240 --timeout 1"));
        assertEquals("10240", fn(d).attr("memory"));
        Cloud def = Sim.ok(c, create("f", "hello.zip", ""));
        assertEquals("3", fn(def).attr("timeout"));
        assertEquals("128", fn(def).attr("memory"));
        assertTrue(Sim.refused(c, create("f", "nope.zip", "")).contains("No such file"));
        assertTrue(Sim.refused(c, create("f", "hello.zip", "").replace("python3.12", "python3.21")).contains("Did you mean"));
    }

    @Test
    void coldThenWarmAndBilledPerMillisecondPlusRequest() {
        Cloud c = Sim.played(Sim.withRoles(Cloud.fresh(1)), create("hello", "hello.zip", ""));
        Outcome first = Sim.run(c, "aws lambda invoke --function-name hello response.json");
        assertTrue(first.output().contains("\"StatusCode\": 200"));
        assertTrue(String.join("\n", first.changes()).contains("COLD start"));
        c = first.cloud();
        assertEquals("1", fn(c).attr("cold-starts"));
        assertEquals("148", fn(c).attr("last-billed-ms"), "120 ms init + 2 ms of CPU at 128/1769 of a vCPU = 28 ms");
        double expected = 0.148 * 0.125 * 0.0000166667 + 0.20 / 1_000_000;
        assertEquals(expected, c.ledger().total(), 1e-15);
        assertTrue(String.join("\n", first.changes()).replaceAll("\\s+", " ").contains("billed no init phase, which a zip"
                + " function pays for only since August 2025: 100 ms,"), "the old rule: 28 ms of run rounded to 100, init free");
        c = Sim.wait(c, 60);
        Outcome warm = Sim.run(c, "aws lambda invoke --function-name hello --payload '{\"name\": \"Ada\"}'"
                + " --cli-binary-format raw-in-base64-out out.json");
        assertTrue(String.join("\n", warm.changes()).contains("warm start"));
        assertEquals("28", fn(warm.cloud()).attr("last-billed-ms"), "no init when warm");
        Cloud idle = Sim.wait(warm.cloud(), LambdaOps.WARM_SECONDS + 1);
        assertEquals("2", fn(Sim.run(idle, "aws lambda invoke --function-name hello r.json").cloud()).attr("cold-starts"));
    }

    @Test
    void moreMemoryRunsFasterAndTimeoutsAreReported() {
        Cloud c = Sim.played(Sim.withRoles(Cloud.fresh(1)), create("resize", "resize.zip", ""));
        Outcome slow = Sim.run(c, "aws lambda invoke --function-name resize r.json");
        assertTrue(slow.output().contains("Unhandled"));
        assertTrue(String.join("\n", slow.changes()).contains("Task timed out after 3.00 seconds"));
        assertEquals("timeout", fn(slow.cloud()).attr("last-status"));
        assertEquals("3350", fn(slow.cloud()).attr("last-billed-ms"), "350 ms cold init plus the full 3 s timeout: the timeout limits the invoke phase only");
        c = Sim.played(slow.cloud(), "aws lambda update-function-configuration --function-name resize --memory-size 1769 --timeout 10");
        c = Sim.run(c, "aws lambda invoke --function-name resize r.json").cloud();
        assertEquals("ok", fn(c).attr("last-status"));
        long at1769 = Long.parseLong(fn(c).attr("last-duration-ms"));
        c = Sim.played(c, "aws lambda update-function-configuration --function-name resize --memory-size 3538");
        c = Sim.run(c, "aws lambda invoke --function-name resize r.json").cloud();
        long at3538 = Long.parseLong(fn(c).attr("last-duration-ms"));
        assertEquals(350 + 50 + 1500, at1769);
        assertEquals(350 + 50 + 750, at3538);
        assertEquals(LambdaInvoke.durationMs(LambdaOps.SAMPLES.get("resize.zip"), 10240),
                LambdaInvoke.durationMs(LambdaOps.SAMPLES.get("resize.zip"), 3538), "two threads use at most 2 vCPUs");
    }

    @Test
    void arm64IsCheaperPerGbSecond() {
        Cloud c = Sim.played(Sim.withRoles(Cloud.fresh(1)), create("r", "report.zip", " --architectures arm64 --memory-size 1024 --timeout 10"));
        c = Sim.run(c, "aws lambda invoke --function-name r r.json").cloud();
        long ms = Long.parseLong(fn(c).attr("last-billed-ms"));
        assertEquals(ms / 1000.0 * 1.0 * 0.0000133334, Sim.billed(c, "Lambda duration (arm64)"), 1e-15);
    }

    @Test
    void concurrencyLimits() {
        Cloud c = Sim.played(Sim.withRoles(Cloud.fresh(1)), create("a", "hello.zip", ""), create("b", "hello.zip", ""));
        c = Sim.ok(c, "aws lambda put-function-concurrency --function-name a --reserved-concurrent-executions 900");
        assertTrue(Sim.refused(c, "aws lambda put-function-concurrency --function-name b --reserved-concurrent-executions 1")
                .contains("minimum value of [100]"));
        assertTrue(Sim.refused(c, "aws lambda put-function-concurrency --function-name b --reserved-concurrent-executions 1001")
                .contains("between 0 and 1000"));
        assertTrue(Sim.run(c, "aws lambda get-account-settings").output().contains("\"ConcurrentExecutions\": 1000"));
        c = Sim.ok(c, "aws lambda put-function-concurrency --function-name b --reserved-concurrent-executions 0");
        assertTrue(Sim.refused(c, "aws lambda invoke --function-name b r.json").contains("TooManyRequestsException"));
    }

    @Test
    void triggersInvokeTheFunction() {
        Cloud c = Sim.played(Sim.withRoles(Cloud.fresh(1)), create("hello", "hello.zip", ""));
        Outcome api = Sim.run(c, "aws apigatewayv2 create-api --name hello-api --protocol-type HTTP --target " + ARN + "hello");
        String endpoint = api.output().replaceAll("(?s).*\"ApiEndpoint\": \"([^\"]+)\".*", "$1");
        Outcome curl = Sim.run(Sim.ok(api.cloud(), "aws lambda add-permission --function-name hello --statement-id api"
                + " --action lambda:InvokeFunction --principal apigateway.amazonaws.com"), "curl " + endpoint + "/");
        assertEquals("Hello from Lambda!", curl.output());
        c = curl.cloud();
        assertEquals("1", fn(c).attr("invocations"));
        assertTrue(Sim.refused(c, "curl https://nowhere.example.com/").contains("Could not resolve host"));

        c = Sim.ok(c, "aws s3 mb s3://photos-123", "aws lambda add-permission --function-name hello --statement-id s3"
                + " --action lambda:InvokeFunction --principal s3.amazonaws.com --source-arn arn:aws:s3:::photos-123",
                "aws s3api put-bucket-notification-configuration --bucket photos-123"
                + " --notification-configuration '{\"LambdaFunctionConfigurations\":[{\"LambdaFunctionArn\":\"" + ARN
                + "hello\",\"Events\":[\"s3:ObjectCreated:*\"]}]}'", "aws s3 cp cat.jpg s3://photos-123/cat.jpg");
        assertEquals("2", fn(c).attr("invocations"));
        assertEquals("1", Sim.of(c, "s3-bucket").get(0).attr("objects"));

        c = Sim.ok(c, "aws events put-rule --name every5 --schedule-expression 'rate(5 minutes)'",
                "aws events put-targets --rule every5 --targets Id=1,Arn=" + ARN + "hello");
        c = Sim.wait(c, 3 * 300);
        assertEquals("5", fn(c).attr("invocations"), "three schedule firings");
        assertTrue(Sim.refused(c, "aws events put-rule --name x --schedule-expression 'rate(5 minute)'").contains("plural"));

        c = Sim.ok(c, "aws sqs create-queue --queue-name jobs", "aws lambda create-event-source-mapping --function-name hello"
                + " --event-source-arn arn:aws:sqs:us-east-1:123456789012:jobs --batch-size 10",
                "aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/jobs --message-body hi");
        assertEquals("6", fn(c).attr("invocations"));
        assertEquals(4, Sim.of(c, "trigger").size());
        assertEquals(java.util.Set.of("api-gateway", "s3", "schedule", "sqs"),
                Sim.of(c, "trigger").stream().map(t -> t.attr("type")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void dynamodbOnDemandTable() {
        Cloud c = Sim.ok(Sim.withRoles(Cloud.fresh(1)), "aws dynamodb create-table --table-name Orders --attribute-definitions"
                + " AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST");
        assertEquals("PAY_PER_REQUEST", Sim.of(c, "dynamodb-table").get(0).attr("billing-mode"));
        assertTrue(Sim.refused(Sim.withRoles(Cloud.fresh(1)), "aws dynamodb create-table --table-name Orders --attribute-definitions"
                + " AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH").contains("provisioned throughput"));
    }

    @Test
    void aLongWaitSummarizesItsChangesButBillsEveryCall() {
        Cloud c = Sim.played(Sim.withRoles(Cloud.fresh(1)), create("tick", "hello.zip", ""),
                "aws events put-rule --name r --schedule-expression 'rate(1 minute)'",
                "aws events put-targets --rule r --targets Id=1,Arn=" + ARN + "tick");
        Outcome o = CloudSim.advance(c, 24 * 3600);
        assertEquals("1440", fn(o.cloud()).attr("invocations"));
        assertEquals(Clockwork.MAX_CHANGES_SHOWN, o.changes().size());
        assertTrue(o.changes().stream().anyMatch(s -> s.contains("more changes like these")));
        assertEquals(1440 * 0.20 / 1_000_000, Sim.billed(o.cloud(), "Lambda requests"), 1e-12);
    }
}
