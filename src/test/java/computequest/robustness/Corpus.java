package computequest.robustness;

import computequest.engine.GameState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Real inputs to start from: the transcript inputs, the commands the story's hints spell out, and a few more
 * command lines, plus the mutations a fuzzer makes of them. Seeded: the same Random gives the same inputs.
 */
public final class Corpus {

    private static final Pattern INSTANCE_ID = Pattern.compile("i-[0-9a-zA-Z]+|YOUR-INSTANCE-ID|NEW-ID|ID1|ID2|ID\\b");

    private static final List<String> EXTRA = List.of(
            "aws ec2 describe-instances",
            "aws ec2 describe-instances --output table",
            "aws ec2 describe-instances --output text",
            "aws ec2 describe-instances --instance-ids i-0910a2dec89025cc1",
            "aws ec2 describe-images",
            "aws ec2 describe-images --owners amazon",
            "aws ec2 describe-instance-types",
            "aws ec2 help",
            "aws help",
            "aws ec2 run-instances help",
            "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro",
            "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type m5.large --count 2",
            "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60003 --instance-type c5.xlarge",
            "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro"
                    + " --hibernation-options Configured=true"
                    + " --block-device-mappings 'DeviceName=/dev/xvda,Ebs={Encrypted=true}'",
            "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro"
                    + " --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web}]'",
            "aws ec2 stop-instances --instance-ids i-0910a2dec89025cc1",
            "aws ec2 stop-instances --instance-ids i-0910a2dec89025cc1 --hibernate",
            "aws ec2 start-instances --instance-ids i-0910a2dec89025cc1",
            "aws ec2 reboot-instances --instance-ids i-0910a2dec89025cc1",
            "aws ec2 terminate-instances --instance-ids i-0910a2dec89025cc1",
            "aws ec2 modify-instance-attribute --instance-id i-0910a2dec89025cc1 --instance-type t3.large",
            "aws ec2 create-image --instance-id i-0910a2dec89025cc1 --name golden",
            "aws ec2 create-tags --resources i-0910a2dec89025cc1 --tags Key=Name,Value=web",
            "ssh i-0910a2dec89025cc1 'echo half-done order batch > /dev/shm/batch'",
            "ssh i-0910a2dec89025cc1 'cat /dev/shm/batch'",
            "ssh i-0910a2dec89025cc1 'echo hi > /home/ec2-user/notes.txt'",
            "ssh i-0910a2dec89025cc1 'ls /dev/shm'",
            "ssh i-0910a2dec89025cc1 uptime",
            "aws ecr create-repository --repository-name hello-repository",
            "docker build -t hello-world .",
            "docker tag hello-world 123456789012.dkr.ecr.us-east-1.amazonaws.com/hello-repository:latest",
            "aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin"
                    + " 123456789012.dkr.ecr.us-east-1.amazonaws.com",
            "docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/hello-repository:latest",
            "docker images",
            "aws ecs create-cluster --cluster-name fargate-cluster",
            "aws ecs register-task-definition --family sample-fargate --network-mode awsvpc"
                    + " --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions"
                    + " '[{\"name\":\"web\",\"image\":\"123456789012.dkr.ecr.us-east-1.amazonaws.com/hello-repository:latest\"}]'",
            "aws ecs create-service --cluster fargate-cluster --service-name fargate-service --task-definition"
                    + " sample-fargate --desired-count 2 --launch-type FARGATE",
            "aws ecs describe-services --cluster fargate-cluster --services fargate-service",
            "aws eks create-cluster --name my-cluster --role-arn arn:aws:iam::123456789012:role/eks",
            "aws eks create-nodegroup --cluster-name my-cluster --nodegroup-name ng --subnets subnet-0defa000000000001 --node-role arn:aws:iam::123456789012:role/eksNodeRole --scaling-config desiredSize=2",
            "kubectl create deployment hello --image=nginx --replicas=3",
            "kubectl get pods",
            "kubectl scale deployment hello --replicas=5",
            "aws lambda create-function --function-name my-function --runtime python3.12 --zip-file fileb://hello.zip"
                    + " --handler app.handler --role arn:aws:iam::123456789012:role/lambda",
            "aws lambda invoke --function-name my-function out.json",
            "aws apigatewayv2 create-api --name my-api --protocol-type HTTP --target"
                    + " arn:aws:lambda:us-east-1:123456789012:function:my-function",
            "aws lightsail create-instances --instance-names web --blueprint-id amazon_linux_2023 --bundle-id nano_3_0",
            "curl https://example.execute-api.us-east-1.amazonaws.com/",
            "wait", "wait 5", "wait 90", "wait 10m", "wait 2h", "wait 8d", "wait -1", "wait 0",
            "look", "status", "help", "hint", "?", "l", "1", "2", "3", "4", "9", "0", "99999", "-1");

    private static final List<String> FLAGS = List.of("--instance-ids", "--instance-id", "--image-id",
            "--instance-type", "--count", "--output", "--hibernate", "--hibernation-options", "--block-device-mappings",
            "--tag-specifications", "--owners", "--filters", "--dry-run", "--no-dry-run", "--query", "--region",
            "--name", "--resources", "--tags", "--", "-", "--=", "--instance-ids=", "--max-count", "--min-count");

    private static final List<String> VALUES = List.of("t3.micro", "m5.large", "t3.nano", "x1e.32xlarge", "t3.",
            "ami-0a1b2c3d4e5f60001", "ami-", "ami-0", "i-", "i-0000000000000000", "true", "false", "Configured=true",
            "Configured=false", "json", "table", "text", "yaml", "0", "-5", "1e9", "99999999999999999999", "NaN",
            "Infinity", "'", "\"", "''", "\"\"", "\\", "{", "}", "[", "]", "=", ",", ";", "&&", "|", ">", "<",
            "$(rm -rf /)", "`id`", "%s%n%d", "null", "  ", "\t",
            "DeviceName=/dev/xvda,Ebs={Encrypted=true}", "Key=Name,Value=", "/dev/shm/x", "../../etc/passwd");

    private static final List<String> UNICODE = List.of("é", "ß", "日本語", "\u202Eevil", "\u0301", "\u200B", "😀",
            "\uD83D", "\uDE00", "\u0000", "\u0007", "\u001B[2J", "\r", "\u00A0", "\uFEFF", "Ω", "\uFFFF");

    private final List<String> lines;

    private Corpus(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    /** Inputs from the project: transcripts under src/test/resources, hint commands in story/, and the list above. */
    public static Corpus load(Path projectDir) {
        Set<String> out = new LinkedHashSet<>(EXTRA);
        try {
            Path transcripts = projectDir.resolve("src/test/resources/transcripts");
            if (Files.isDirectory(transcripts)) {
                try (Stream<Path> s = Files.list(transcripts)) {
                    for (Path p : s.filter(p -> p.toString().endsWith(".in")).sorted().toList()) {
                        for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                            if (!l.isBlank() && !l.strip().equals("quit")) {
                                out.add(l.strip());
                            }
                        }
                    }
                }
            }
            Path story = projectDir.resolve("story");
            if (Files.isDirectory(story)) {
                try (Stream<Path> s = Files.walk(story)) {
                    for (Path p : s.filter(p -> p.toString().endsWith(".story")).sorted().toList()) {
                        for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                            for (String part : l.split("Type: |, then |\\band then ")) {
                                String c = part.strip().replaceAll("[.,]$", "");
                                if (c.startsWith("aws ") || c.startsWith("ssh ") || c.startsWith("docker ")
                                        || c.startsWith("kubectl ") || c.startsWith("curl ")) {
                                    out.add(c);
                                }
                            }
                            String t = l.strip();
                            if (t.startsWith("@on ")) {
                                out.add(t.substring(4).strip());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Corpus(new ArrayList<>(out));
    }

    /** Each transcript's input lines, without "quit", in file-name order: the course as the transcript tests play it. */
    public static List<List<String>> transcriptInputs(Path projectDir) {
        List<List<String>> out = new ArrayList<>();
        Path dir = projectDir.resolve("src/test/resources/transcripts");
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".in")).sorted().toList()) {
                out.add(Files.readAllLines(p, StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.strip().equals("quit")).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public List<String> lines() {
        return lines;
    }

    /** The command lines in the corpus (aws, ssh, docker, kubectl, curl). */
    public List<String> commands() {
        return lines.stream().filter(l -> l.matches("(aws|ssh|docker|kubectl|curl)\\b.*")).toList();
    }

    /** A corpus line with its instance ids swapped for ones that exist in {@code state}, when there are any. */
    public String real(Random r, GameState state) {
        return withLiveIds(r, lines.get(r.nextInt(lines.size())), state);
    }

    static String withLiveIds(Random r, String line, GameState state) {
        List<String> ids = new ArrayList<>(state.cloud().instances().keySet());
        if (ids.isEmpty() || r.nextInt(5) == 0) {
            return line;
        }
        Matcher m = INSTANCE_ID.matcher(line);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(ids.get(r.nextInt(ids.size()))));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** Anything: a real line, a mutated one, or noise. */
    public String any(Random r, GameState state) {
        int k = r.nextInt(100);
        if (k < 35) {
            return real(r, state);
        }
        if (k < 90) {
            return mutate(r, real(r, state));
        }
        return noise(r);
    }

    /** One to three random edits of a line's tokens or characters. */
    public static String mutate(Random r, String line) {
        List<String> t = new ArrayList<>(List.of(line.split(" ", -1)));
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = t.isEmpty() ? 0 : r.nextInt(t.size());
            switch (r.nextInt(12)) {
                case 0 -> {
                    if (!t.isEmpty()) {
                        t.remove(at);
                    }
                }
                case 1 -> {
                    if (!t.isEmpty()) {
                        t.add(at, t.get(at));
                    }
                }
                case 2 -> {
                    if (t.size() > 1) {
                        int other = r.nextInt(t.size());
                        String x = t.get(at);
                        t.set(at, t.get(other));
                        t.set(other, x);
                    }
                }
                case 3 -> t.add(at, FLAGS.get(r.nextInt(FLAGS.size())));
                case 4 -> t.add(Math.min(at + 1, t.size()), VALUES.get(r.nextInt(VALUES.size())));
                case 5 -> {
                    if (!t.isEmpty()) {
                        t.set(at, VALUES.get(r.nextInt(VALUES.size())));
                    }
                }
                case 6 -> t.add(at, UNICODE.get(r.nextInt(UNICODE.size())));
                case 7 -> {
                    if (!t.isEmpty()) {
                        t.set(at, chop(r, t.get(at)));
                    }
                }
                case 8 -> {
                    if (!t.isEmpty()) {
                        t.set(at, (r.nextBoolean() ? "'" : "\"") + t.get(at));
                    }
                }
                case 9 -> {
                    if (!t.isEmpty()) {
                        String w = t.get(at);
                        t.set(at, r.nextBoolean() ? w.toUpperCase(java.util.Locale.ROOT) : w + w);
                    }
                }
                case 10 -> {
                    if (!t.isEmpty()) {
                        t.set(at, t.get(at) + "=" + VALUES.get(r.nextInt(VALUES.size())));
                    }
                }
                default -> {
                    if (!t.isEmpty()) {
                        t.set(at, t.get(at).replace("-", r.nextBoolean() ? "_" : "--"));
                    }
                }
            }
        }
        return String.join(r.nextInt(10) == 0 ? "  \t " : " ", t);
    }

    private static String chop(Random r, String w) {
        if (w.isEmpty()) {
            return w;
        }
        int a = r.nextInt(w.length());
        return r.nextBoolean() ? w.substring(0, a) : w.substring(a);
    }

    /** Random characters, long lines, control characters, lone surrogates. */
    public static String noise(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> "aws " + "x".repeat(r.nextInt(20_000));
            case 1 -> "aws ec2 run-instances " + "--count 1 ".repeat(r.nextInt(2_000));
            case 2 -> "'".repeat(1 + r.nextInt(5)) + "aws ec2 describe-instances";
            case 3 -> {
                StringBuilder b = new StringBuilder();
                int n = r.nextInt(200);
                for (int i = 0; i < n; i++) {
                    b.append((char) r.nextInt(0x10000));
                }
                yield b.toString();
            }
            case 4 -> {
                StringBuilder b = new StringBuilder(r.nextBoolean() ? "aws " : "ssh ");
                int n = r.nextInt(30);
                for (int i = 0; i < n; i++) {
                    b.append((char) (32 + r.nextInt(95)));
                }
                yield b.toString();
            }
            default -> r.nextBoolean() ? "" : " ".repeat(r.nextInt(100));
        };
    }
}
