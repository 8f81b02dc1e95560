package computequest.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import computequest.sim.model.Models;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each protocol's requests read into model-typed calls, and answers and errors written in its wire format. */
class EndpointCodecTest {

    static String auth(String service) {
        return "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/" + service
                + "/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123";
    }

    static WireRequest post(String service, String path, String body, String... headers) {
        Map<String, String> h = new java.util.LinkedHashMap<>();
        h.put("Authorization", auth(service));
        for (int i = 0; i < headers.length; i += 2) {
            h.put(headers[i], headers[i + 1]);
        }
        return new WireRequest("POST", path, "", h, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes with a game that records the call and answers {@code answer}. */
    static WireResponse run(WireRequest req, Answer answer, List<WireCall> calls) {
        return new Endpoint().handle(req, c -> {
            calls.add(c);
            return answer;
        });
    }

    @Test
    void ec2QueryListsStructuresAndTypes() {
        List<WireCall> calls = new ArrayList<>();
        WireResponse r = run(post("ec2", "/", "Action=RunInstances&Version=2016-11-15&ImageId=ami-1"
                + "&InstanceType=t3.micro&MinCount=2&MaxCount=2&HibernationOptions.Configured=true"
                + "&BlockDeviceMapping.1.DeviceName=%2Fdev%2Fxvda&BlockDeviceMapping.1.Ebs.Encrypted=true"
                + "&TagSpecification.1.ResourceType=instance&TagSpecification.1.Tag.1.Key=Name"
                + "&TagSpecification.1.Tag.1.Value=web+one"), Answer.of(JsonParser.parseString(
                "{\"ReservationId\":\"r-1\",\"Instances\":[{\"InstanceId\":\"i-1\",\"State\":{\"Code\":0,"
                        + "\"Name\":\"pending\"}}],\"NotInTheModel\":1}")), calls);
        JsonObject p = calls.get(0).params();
        assertEquals("run-instances", calls.get(0).operation().cliName());
        assertEquals(2, p.get("MinCount").getAsInt());
        assertTrue(p.getAsJsonObject("HibernationOptions").get("Configured").getAsBoolean());
        assertEquals("/dev/xvda", p.getAsJsonArray("BlockDeviceMappings").get(0).getAsJsonObject()
                .get("DeviceName").getAsString());
        assertEquals("web one", p.getAsJsonArray("TagSpecifications").get(0).getAsJsonObject()
                .getAsJsonArray("Tags").get(0).getAsJsonObject().get("Value").getAsString());
        assertEquals(200, r.status());
        String xml = r.text();
        assertTrue(xml.contains("<RunInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"), xml);
        assertTrue(xml.contains("<instancesSet><item><instanceId>i-1</instanceId><instanceState><code>0</code>"
                + "<name>pending</name></instanceState></item></instancesSet>"), xml);
        assertTrue(!xml.contains("NotInTheModel"), xml);
        String line = CliLine.of(calls.get(0));
        assertTrue(line.startsWith("aws ec2 run-instances --count=2 "), line);
        assertTrue(line.contains(" --image-id ami-1 --instance-type t3.micro "), line);
        assertTrue(line.endsWith(" --output json"), line);
        assertTrue(line.contains(" --hibernation-options '{\"Configured\":true}'"), line);
    }

    @Test
    void ec2ErrorsAndUnknownActions() {
        List<WireCall> calls = new ArrayList<>();
        WireResponse r = run(post("ec2", "/", "Action=StopInstances&InstanceId.1=i-1&InstanceId.2=i-2"),
                Answer.error("IncorrectInstanceState", "not <running>"), calls);
        assertEquals(List.of("i-1", "i-2"), calls.get(0).params().getAsJsonArray("InstanceIds").asList().stream()
                .map(e -> e.getAsString()).toList());
        assertEquals(400, r.status());
        assertTrue(r.text().contains("<Response><Errors><Error><Code>IncorrectInstanceState</Code>"
                + "<Message>not &lt;running&gt;</Message></Error></Errors><RequestID>"), r.text());
        WireResponse unknown = run(post("ec2", "/", "Action=LaunchRocket"), Answer.of(null), calls);
        assertTrue(unknown.text().contains("<Code>InvalidAction</Code>"), unknown.text());
        WireResponse typed = run(post("ec2", "/", "Action=RunInstances&ImageId=a&MinCount=two&MaxCount=1"),
                Answer.of(null), calls);
        assertTrue(typed.text().contains("<Code>InvalidParameterValue</Code>"), typed.text());
        assertEquals(1, calls.size(), "refused requests never reach the game");
    }

    @Test
    void jsonProtocolByTarget() {
        List<WireCall> calls = new ArrayList<>();
        WireResponse r = run(post("ecs", "/", "{\"clusterName\":\"c1\",\"unknown\":3}", "X-Amz-Target",
                "AmazonEC2ContainerServiceV20141113.CreateCluster", "Content-Type", "application/x-amz-json-1.1"),
                Answer.of(JsonParser.parseString("{\"cluster\":{\"clusterName\":\"c1\"}}")), calls);
        assertEquals("{\"clusterName\":\"c1\"}", calls.get(0).params().toString());
        assertEquals("application/x-amz-json-1.1", r.contentType());
        assertEquals("{\"cluster\":{\"clusterName\":\"c1\"}}", r.text());
        WireResponse bad = run(post("ecs", "/", "{\"clusterName\":", "X-Amz-Target",
                "AmazonEC2ContainerServiceV20141113.CreateCluster"), Answer.of(null), calls);
        assertEquals("SerializationException", JsonParser.parseString(bad.text()).getAsJsonObject().get("__type")
                .getAsString());
        WireResponse err = run(post("ecs", "/", "{}", "X-Amz-Target", "AmazonEC2ContainerServiceV20141113.ListClusters"),
                Answer.error("ClusterNotFoundException", "no"), calls);
        assertEquals("{\"__type\":\"ClusterNotFoundException\",\"message\":\"no\"}", err.text());
    }

    @Test
    void timestampsGoOnTheWireAsEachProtocolSendsThem() {
        List<WireCall> calls = new ArrayList<>();
        String at = "2026-01-01T00:00:06+00:00"; // what the game's answers hold, as the CLI v2 prints it
        // awsJson 1.1: epoch seconds, a JSON number
        WireResponse ecr = run(post("ecr", "/", "{}", "X-Amz-Target",
                "AmazonEC2ContainerRegistry_V20150921.DescribeRepositories"), Answer.of(JsonParser.parseString(
                "{\"repositories\":[{\"repositoryName\":\"web\",\"createdAt\":\"" + at + "\"}]}")), calls);
        assertEquals("{\"repositories\":[{\"repositoryName\":\"web\",\"createdAt\":1767225606}]}", ecr.text());
        // restJson: epoch seconds too, unless the shape says iso8601 (API Gateway v2's CreatedDate)
        Map<String, String> h = Map.of("Authorization", auth("apigateway"));
        WireResponse api = run(new WireRequest("GET", "/v2/apis/abc", "", h, null), Answer.of(JsonParser.parseString(
                "{\"ApiId\":\"abc\",\"CreatedDate\":\"" + at + "\"}")), calls);
        assertTrue(api.text().contains("\"createdDate\":\"2026-01-01T00:00:06.000Z\""), api.text());
        // ec2 (XML): ISO 8601 in UTC, whether the answer held a string or epoch seconds
        WireResponse ec2 = run(post("ec2", "/", "Action=DescribeInstances"), Answer.of(JsonParser.parseString(
                "{\"Reservations\":[{\"Instances\":[{\"InstanceId\":\"i-1\",\"LaunchTime\":\"" + at + "\"},"
                        + "{\"InstanceId\":\"i-2\",\"LaunchTime\":1767225606.5}]}]}")), calls);
        assertTrue(ec2.text().contains("<launchTime>2026-01-01T00:00:06.000Z</launchTime>"), ec2.text());
        assertTrue(ec2.text().contains("<launchTime>2026-01-01T00:00:06.500Z</launchTime>"), ec2.text());
    }

    /** ECR's GetAuthorizationToken, answered by the simulated cloud: expiresAt goes on the wire as epoch seconds. */
    @Test
    void ecrAuthorizationTokenExpiresAtIsEpochSecondsOnTheWire() {
        List<WireCall> calls = new ArrayList<>();
        computequest.sim.Cloud cloud = computequest.sim.CloudSim.advance(computequest.sim.Cloud.fresh(2), 90).cloud();
        String printed = computequest.sim.CloudSim.execute(cloud, "aws ecr get-authorization-token").output();
        WireResponse r = run(post("ecr", "/", "{}", "X-Amz-Target",
                "AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken"), Answer.of(JsonParser.parseString(printed)),
                calls);
        assertEquals("get-authorization-token", calls.get(0).operation().cliName());
        JsonObject wire = JsonParser.parseString(r.text()).getAsJsonObject().getAsJsonArray("authorizationData").get(0)
                .getAsJsonObject();
        JsonObject shown = JsonParser.parseString(printed).getAsJsonObject().getAsJsonArray("authorizationData").get(0)
                .getAsJsonObject();
        assertTrue(wire.get("expiresAt").getAsJsonPrimitive().isNumber(), r.text());
        assertEquals(java.time.OffsetDateTime.parse(shown.get("expiresAt").getAsString()).toEpochSecond(),
                wire.get("expiresAt").getAsLong());
        assertEquals(shown.get("authorizationToken"), wire.get("authorizationToken"));
    }

    @Test
    void restJsonLabelsQueryAndBody() {
        List<WireCall> calls = new ArrayList<>();
        Map<String, String> h = Map.of("Authorization", auth("lambda"));
        WireResponse r = run(new WireRequest("GET", "/2015-03-31/functions/resize%3Aprod/configuration",
                "Qualifier=%24LATEST", h, null), Answer.of(JsonParser.parseString("{\"FunctionName\":\"resize\"}")),
                calls);
        assertEquals("get-function-configuration", calls.get(0).operation().cliName());
        assertEquals("resize:prod", calls.get(0).params().get("FunctionName").getAsString());
        assertEquals("$LATEST", calls.get(0).params().get("Qualifier").getAsString());
        assertEquals("{\"FunctionName\":\"resize\"}", r.text());
        WireResponse err = run(new WireRequest("GET", "/2015-03-31/functions/x", "", h, null),
                Answer.error("ResourceNotFoundException", "Function not found"), calls);
        assertEquals("ResourceNotFoundException", err.headers().get("x-amzn-ErrorType"));
        WireResponse none = run(new WireRequest("PATCH", "/nowhere", "", h, null), Answer.of(null), calls);
        assertEquals(404, none.status());
    }

    @Test
    void s3PathStyleVirtualHostedAndXml() {
        List<WireCall> calls = new ArrayList<>();
        Answer listing = Answer.of(JsonParser.parseString("{\"Name\":\"pics\",\"KeyCount\":1,"
                + "\"Contents\":[{\"Key\":\"a.jpg\",\"Size\":3}]}"));
        WireResponse r = run(new WireRequest("GET", "/pics", "list-type=2&prefix=a", Map.of("Authorization",
                auth("s3"), "Host", "127.0.0.1:4566"), null), listing, calls);
        assertEquals("list-objects-v2", calls.get(0).operation().cliName());
        assertEquals("pics", calls.get(0).params().get("Bucket").getAsString());
        assertEquals("a", calls.get(0).params().get("Prefix").getAsString());
        assertTrue(r.text().contains("<Contents><Key>a.jpg</Key><Size>3</Size></Contents>"), r.text());
        run(new WireRequest("GET", "/", "list-type=2", Map.of("Authorization", auth("s3"), "Host",
                "pics.localhost:4566"), null), listing, calls);
        assertEquals("pics", calls.get(1).params().get("Bucket").getAsString());
        run(new WireRequest("PUT", "/pics", "", Map.of("Authorization", auth("s3")), ("<CreateBucketConfiguration"
                + " xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><LocationConstraint>eu-west-1"
                + "</LocationConstraint></CreateBucketConfiguration>").getBytes(StandardCharsets.UTF_8)),
                Answer.of(null), calls);
        assertEquals("create-bucket", calls.get(2).operation().cliName());
        assertEquals("eu-west-1", calls.get(2).params().getAsJsonObject("CreateBucketConfiguration")
                .get("LocationConstraint").getAsString());
        WireResponse entity = run(new WireRequest("PUT", "/pics", "", Map.of("Authorization", auth("s3")),
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>".getBytes(StandardCharsets.UTF_8)),
                Answer.of(null), calls);
        assertTrue(entity.text().contains("<Code>MalformedXML</Code>"), entity.text());
        assertEquals(3, calls.size());
    }

    @Test
    void queryProtocolWrapsResults() {
        List<WireCall> calls = new ArrayList<>();
        WireResponse r = run(post("sts", "/", "Action=GetCallerIdentity&Version=2011-06-15"),
                Answer.of(JsonParser.parseString("{\"Account\":\"123456789012\"}")), calls);
        assertTrue(r.text().contains("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                + "<GetCallerIdentityResult><Account>123456789012</Account></GetCallerIdentityResult>"), r.text());
        WireResponse err = run(post("sts", "/", "Action=GetCallerIdentity"), Answer.error(null, "bad"), calls);
        assertTrue(err.text().contains("<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error>"
                + "<Type>Sender</Type><Code>ValidationError</Code>"), err.text());
    }

    @Test
    void unsignedAndForeignRequestsAreRefused() {
        List<WireCall> calls = new ArrayList<>();
        WireResponse none = run(new WireRequest("POST", "/", "", Map.of(), "Action=DescribeInstances"
                .getBytes(StandardCharsets.UTF_8)), Answer.of(null), calls);
        assertEquals(403, none.status());
        WireResponse foreign = run(post("kinesis", "/", "{}"), Answer.of(null), calls);
        assertTrue(foreign.text().contains("UnrecognizedClientException"), foreign.text());
        assertTrue(calls.isEmpty());
    }

    @Test
    void everySigningNameIsItsServicesOwn() {
        Endpoint.SIGNING_NAMES.forEach((signing, cli) -> {
            var m = Models.service(cli);
            String own = m.metadata("signingName") != null ? m.metadata("signingName") : m.metadata("endpointPrefix");
            assertEquals(signing, own, cli);
        });
        assertEquals(Models.modelled().size(), Endpoint.SIGNING_NAMES.size());
        assertNull(Models.service("kinesis"));
    }

    @Test
    void aGameThatCannotTakeTheCallAnswersUnavailable() {
        WireResponse r = new Endpoint().handle(post("ec2", "/", "Action=DescribeInstances"), c -> {
            throw new IllegalStateException("the game has ended");
        });
        assertEquals(503, r.status());
        assertTrue(r.text().contains("<Code>ServiceUnavailable</Code><Message>The game could not take this call now:"
                + " the game has ended</Message>"), r.text());
    }
}
