package computequest.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The models are read entry by entry, on demand, and answer exactly what reading each file whole answers: the
 * index for every service, each model's operations, shapes and waiters. (CompactShapeTest checks every shape's
 * content against its JSON.)
 */
class LazyModelTest {

    @Test
    void theIndexAnswersForEveryServiceWhatTheWholeFileSays() throws Exception {
        JsonObject whole = WholeModel.of("index");
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : whole.getAsJsonObject("services").entrySet()) {
            String ops = e.getValue().getAsString();
            expected.put(e.getKey(), ops.isEmpty() ? List.of() : List.of(ops.split(" ")));
        }
        assertTrue(expected.size() > 400, "every service of the AWS CLI");
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            assertTrue(Models.isService(e.getKey()), e.getKey());
            assertEquals(e.getValue(), Models.operations(e.getKey()), e.getKey());
            assertFalse(Models.isService(e.getKey() + "x"), e.getKey() + "x");
            String shorter = e.getKey().substring(0, e.getKey().length() - 1);
            assertEquals(expected.containsKey(shorter), Models.isService(shorter), shorter);
        }
        assertEquals(expected, Models.services(), "every service, in the file's (alphabetical) order");
        assertEquals(new ArrayList<>(expected.keySet()), sorted(expected.keySet()));
        for (String none : List.of("", "a", "zzz", "EC2", "ec2 ", "services")) {
            assertFalse(Models.isService(none), none);
            assertEquals(List.of(), Models.operations(none), none);
        }
        assertEquals(whole.get("cli").getAsString(), Models.sourceVersion());
        List<String> simulated = new ArrayList<>();
        whole.getAsJsonArray("simulated").forEach(s -> simulated.add(s.getAsString()));
        assertEquals(simulated, Models.modelled());
    }

    @Test
    void aCommandReadsOnlyTheShapesItTouches() throws Exception {
        ServiceModel ec2 = fresh("ec2");
        assertEquals(0, ec2.shapesRead());
        OperationModel op = ec2.operation("describe-instances");
        assertEquals("DescribeInstances", op.name());
        int read = ec2.shapesRead();
        assertTrue(read >= 2 && read < 40, read + " shapes parsed");
        int[] parts = ec2.shapePartsRead();
        assertTrue(parts[0] >= 1 && parts[0] <= read && parts[0] < parts[1] / 3, parts[0] + " of " + parts[1]
                + " parts of shapes read");
        assertTrue(ec2.shapeNames().size() > 3000);
        assertEquals(parts[1], ec2.shapePartsRead()[0], "listing the shapes reads every part");
        assertSame(op, ec2.operation("describe-instances"));
        assertSame(op.input(), ec2.shape("DescribeInstancesRequest"));
        assertEquals(read, ec2.shapesRead(), "asked again, nothing more is read");
    }

    @Test
    void aNameTheModelLacksIsReportedClearly() throws Exception {
        ServiceModel sts = fresh("sts");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sts.shape("NoSuchShape"));
        assertEquals("no shape NoSuchShape in the sts model", e.getMessage());
        assertNull(sts.shape(null));
        assertNull(sts.operation("no-such-operation"));
        assertNull(sts.operation("get-caller"), "a prefix of an operation is not that operation");
        assertNull(sts.operationNamed("NoSuchOperation"));
        IllegalStateException bad = assertThrows(IllegalStateException.class,
                () -> new ServiceModel("sts", JsonParser.parseString("{\"metadata\":{}}").getAsJsonObject()));
        assertEquals("the sts model lacks parts or metadata (run src/tools/genmodels.py)", bad.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> new ServiceModel("nosuch",
                JsonParser.parseString("{\"parts\":{\"operations\":[\"a\"],\"shapes\":[\"A\"]},\"metadata\":{}}")
                        .getAsJsonObject()).shape("B"));
        assertEquals("missing resource /computequest/sim/model/nosuch/shapes-0.json (run src/tools/genmodels.py)",
                missing.getMessage());
    }

    @Test
    void aKeyBeforeTheFirstPartReadsNothingAndPartsOutOfOrderAreRefused() {
        Section sts = new Section("sts/shapes", List.of("AssumeRoleRequest"));
        assertNull(sts.find("AAA"));
        assertEquals(0, sts.partsRead());
        assertEquals("structure", sts.find("AssumeRoleRequest").value().getAsJsonObject().get("type").getAsString());
        assertNull(sts.find("Zzz"));
        assertEquals(1, sts.partsRead());
        assertEquals("the parts of ec2/shapes are out of order at A (run src/tools/genmodels.py)",
                assertThrows(IllegalStateException.class, () -> new Section("ec2/shapes", List.of("B", "A")))
                        .getMessage());
    }

    @Test
    void everyOperationAndWaiterReadLazilyIsWhatTheWholeFileSays() throws Exception {
        for (String service : Models.modelled()) {
            JsonObject whole = WholeModel.of(service);
            ServiceModel m = fresh(service);
            List<String> names = new ArrayList<>(whole.getAsJsonObject("operations").keySet());
            List<String> shuffled = new ArrayList<>(names);
            Collections.shuffle(shuffled, new Random(16));
            for (String name : shuffled) {
                JsonObject o = whole.getAsJsonObject("operations").getAsJsonObject(name);
                OperationModel op = m.operation(name);
                assertEquals(o.get("name").getAsString(), op.name(), service + " " + name);
                assertEquals(o.has("input") ? o.get("input").getAsString() : null,
                        op.input() == null ? null : op.input().name(), service + " " + name);
                assertEquals(o.has("output") ? o.get("output").getAsString() : null,
                        op.output() == null ? null : op.output().name(), service + " " + name);
                assertEquals(o.getAsJsonArray("args").size(), op.args().size(), service + " " + name);
                for (OperationModel.Arg a : op.args()) {
                    if (!a.member().isEmpty() && !a.member().contains(".")) {
                        assertEquals(op.input().member(a.member()).cliType(), a.type(), service + " " + name + " "
                                + a.cliName() + ": the generator writes the member's type as the CLI names it");
                    }
                }
                assertSame(op, m.operationNamed(op.name()), service + " " + op.name());
            }
            assertEquals(names, new ArrayList<>(m.operations().keySet()), service);
            for (String name : names) {
                assertSame(m.operation(name), m.operations().get(name), service + " " + name);
            }
            assertEquals(new ArrayList<>(whole.getAsJsonObject("shapes").keySet()), m.shapeNames(), service);
            JsonObject waiters = whole.getAsJsonObject("waiters");
            assertEquals(waiters.size(), m.waiters().size(), service);
            for (Map.Entry<String, JsonElement> e : waiters.entrySet()) {
                ServiceModel.Waiter w = m.waiters().get(Models.kebab(e.getKey()));
                JsonObject o = e.getValue().getAsJsonObject();
                assertEquals(o.get("operation").getAsString(), w.operation(), service + " " + e.getKey());
                assertEquals(o.get("delay").getAsInt(), w.delay(), service + " " + e.getKey());
                assertEquals(o.get("maxAttempts").getAsInt(), w.maxAttempts(), service + " " + e.getKey());
                assertEquals(o.getAsJsonArray("acceptors"), w.acceptors(), service + " " + e.getKey());
            }
        }
    }

    @Test
    void threadsForcingTheSameShapesGetTheSameOnes() throws Exception {
        ServiceModel ec2 = fresh("ec2");
        List<String> names = ec2.shapeNames();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map<String, Shape>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long seed = t;
                runs.add(pool.submit(() -> {
                    List<String> order = new ArrayList<>(names);
                    Collections.shuffle(order, new Random(seed));
                    Map<String, Shape> got = new LinkedHashMap<>();
                    for (String n : order) {
                        got.put(n, ec2.shape(n));
                        ec2.operation("run-instances");
                    }
                    return got;
                }));
            }
            Map<String, Shape> first = runs.get(0).get();
            for (Future<Map<String, Shape>> r : runs) {
                Map<String, Shape> got = r.get();
                for (String n : names) {
                    assertSame(first.get(n), got.get(n), n);
                    assertEquals(n, got.get(n).name());
                }
            }
            assertEquals(names.size(), ec2.shapesRead());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> sorted(java.util.Collection<String> c) {
        List<String> l = new ArrayList<>(c);
        Collections.sort(l);
        return l;
    }

    private static ServiceModel fresh(String service) {
        return ServiceModel.read(service);
    }
}
