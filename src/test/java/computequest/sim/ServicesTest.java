package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Services#ALL} is the only list of services: every service class is in it, nothing else names one, every
 * operation and every resource kind comes from exactly one service, and each service has its own package.
 */
class ServicesTest {

    private static final Path SIM = Path.of("src/main/java/computequest/sim");

    private static Map<Path, String> sources() throws IOException {
        Map<Path, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(SIM)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                m.put(SIM.relativize(p), Files.readString(p));
            }
        }
        return m;
    }

    @Test
    void everyServiceClassIsRegisteredOnceAndOnlyTheRegistryCreatesOne() throws IOException {
        Set<String> declared = new TreeSet<>();
        List<String> creators = new ArrayList<>();
        Pattern impl = Pattern.compile("public final class (\\w+) implements Service\\b");
        Map<Path, String> sources = sources();
        for (var e : sources.entrySet()) {
            Matcher m = impl.matcher(e.getValue());
            if (m.find()) {
                declared.add(m.group(1));
            }
        }
        for (var e : sources.entrySet()) {
            for (String cls : declared) {
                if (e.getValue().contains("new " + cls + "(")) {
                    creators.add(e.getKey().toString());
                }
            }
        }
        Set<String> registered = new TreeSet<>();
        for (Service s : Services.ALL) {
            assertTrue(registered.add(s.getClass().getSimpleName()), "registered twice: " + s.getClass());
        }
        assertEquals(declared, registered, "every class implementing Service, and only those, is in Services.ALL");
        assertTrue(declared.size() >= 12, "ec2, lightsail, ecr, ecs, eks, lambda, apigateway, s3, events, sqs,"
                + " dynamodb, sts at least: " + declared);
        assertEquals(Set.of("Services.java"), new HashSet<>(creators), "only the registry creates services");
    }

    @Test
    void eachServiceHasItsOwnPackageNamedAfterIt() {
        Set<String> packages = new HashSet<>();
        for (Service s : Services.ALL) {
            String pkg = s.getClass().getPackageName();
            assertEquals("computequest.sim." + s.name(), pkg, s.name() + "'s package");
            assertTrue(packages.add(pkg), "two services in " + pkg);
        }
    }

    @Test
    void operationsAreDeclaredOnlyInsideServicePackagesAndEachBelongsToOneService() throws IOException {
        for (var e : sources().entrySet()) {
            if (e.getValue().contains("new Operation(")) {
                assertTrue(e.getKey().getNameCount() == 2, e.getKey() + " declares operations outside a service package");
            }
        }
        Map<String, String> owner = new TreeMap<>();
        int count = 0;
        for (Service s : Services.ALL) {
            for (Operation op : s.operations()) {
                String key = op.service() + " " + op.name();
                String before = owner.put(key, s.name());
                assertEquals(null, before, key + " listed by " + before + " and " + s.name());
                assertTrue(CommandTable.operations(op.service()).containsKey(op.name()), key + " reaches the command table");
                count++;
            }
        }
        int inTable = CommandTable.services().stream().mapToInt(sv -> CommandTable.operations(sv).size()).sum();
        assertEquals(count, inTable, "the command table holds exactly the services' operations");
    }

    @Test
    void everyResourceKindComesFromOneServiceAndResourcesStayInsideTheirServicesSchema() {
        Map<String, String> kindOwner = new TreeMap<>();
        for (Service s : Services.ALL) {
            for (String kind : s.schema().keySet()) {
                assertEquals(null, kindOwner.put(kind, s.name()), kind + " declared twice");
            }
        }
        Cloud everything = SchemaTest.everything();
        for (Service s : Services.ALL) {
            List<Resource> out = new ArrayList<>();
            s.resources(everything, out);
            for (Resource r : out) {
                assertEquals(s.name(), kindOwner.get(r.kind()), r.kind() + " added by " + s.name());
                assertEquals(s.schema().get(r.kind()), List.copyOf(r.attrs().keySet()),
                        r.kind() + ": attributes in the schema's order");
            }
        }
        Set<String> all = new TreeSet<>(CloudSim.schema().keySet());
        all.removeAll(Set.of("bill", "clock"));
        assertEquals(new TreeSet<>(kindOwner.keySet()), all, "CloudSim.schema() is the services' schemas");
    }

    @Test
    void fixedValuesAreForAttributesOfTheServicesOwnKinds() {
        int attributes = 0;
        for (Service s : Services.ALL) {
            for (var kind : s.values().entrySet()) {
                List<String> attrs = s.schema().get(kind.getKey());
                assertTrue(attrs != null, s.name() + " gives values for " + kind.getKey() + ", which is not its kind");
                for (var attr : kind.getValue().entrySet()) {
                    assertTrue(attrs.contains(attr.getKey()), kind.getKey() + " has no attribute " + attr.getKey());
                    assertTrue(!attr.getValue().isEmpty(), kind.getKey() + " " + attr.getKey() + " has no values");
                    attributes++;
                }
                assertEquals(kind.getValue(), Vocabulary.values().get(kind.getKey()), "Vocabulary reads " + kind.getKey());
            }
        }
        assertTrue(attributes >= 10, "states, codes, types, runtimes... at least: " + attributes);
    }

    @Test
    void commandsBesidesAwsComeFromTheServicesTools() {
        List<String> words = new ArrayList<>(List.of("aws"));
        for (Service s : Services.ALL) {
            for (Tool t : s.tools()) {
                assertTrue(!words.contains(t.word()), t.word() + " answered twice");
                words.add(t.word());
                assertTrue(t.completions().stream().allMatch(c -> c.equals(t.word()) || c.startsWith(t.word() + " ")),
                        t.word() + "'s completions start with it");
            }
        }
        assertEquals(words, CloudSim.commandWords());
        assertEquals(List.of("aws", "ssh", "docker", "kubectl", "curl"), words, "the tools of the course");
    }
}
