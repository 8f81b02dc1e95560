package computequest.laptop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.sim.Cloud;
import computequest.sim.CloudSim;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShellTest {

    private Laptop laptop = Laptop.fresh();
    private Cloud cloud = Cloud.fresh(7);
    private Ran last;

    private Ran run(String line) {
        last = Shell.run(laptop, cloud, line);
        laptop = last.laptop();
        cloud = last.cloud();
        return last;
    }

    private static String text(Ran r, Out.Kind kind) {
        return r.out().stream().filter(o -> o.kind() == kind).map(Out::text).collect(Collectors.joining("\n"));
    }

    private String output(String line) {
        return text(run(line), Out.Kind.OUTPUT);
    }

    private String error(String line) {
        Ran r = run(line);
        assertFalse(r.ok(), line + " should fail");
        return text(r, Out.Kind.ERROR);
    }

    @Test
    void quotesAsBashDoes() {
        assertEquals("a b  c", output("echo 'a b  c'"));
        assertEquals("a b c", output("echo a   b c"));
        assertEquals("it's \"x\" $HOME", output("echo \"it's \\\"x\\\" \\$HOME\""));
        assertEquals("a'b", output("echo 'a'\\''b'"));
        assertEquals("$ alone", output("echo $ alone"));
    }

    @Test
    void aStrayLineContinuationIsNamedNotPassedToTheCommand() {
        assertTrue(error("aws ec2 describe-instances --output text \\").contains("ends in '\\', which continues a"
                + " command on the next line"), last.out().toString());
        assertEquals(0, last.cloudCalls());
        String pasted = error("aws lambda add-permission --function-name resize \\ --statement-id x");
        assertTrue(pasted.contains("A lone '\\' at column 50"), pasted);
        assertEquals("a b", output("echo a\\ b"), "an escaped blank inside a word is still a blank");
        assertEquals("x y", output("echo x \\\ny"), "a backslash-newline joins lines, as in bash");
    }

    @Test
    void variablesExpandAndUnquotedOnesSplit() {
        run("NAME=web TAG=v1");
        assertEquals("web:v1 web-v1", output("echo $NAME:$TAG ${NAME}-${TAG}"));
        run("IDS='i-1   i-2'");
        assertEquals("i-1 i-2|i-1   i-2", output("echo $IDS\"|$IDS\""));
        assertEquals("", output("echo $NOT_SET"));
        run("export REGION=us-east-1");
        assertTrue(("\n" + output("env")).contains("\nREGION=us-east-1"));
        assertTrue(output("export").contains("declare -x REGION=\"us-east-1\""));
        run("unset REGION");
        assertFalse(("\n" + output("env")).contains("\nREGION="));
    }

    @Test
    void commandSubstitutionCapturesOutputAndCloudCalls() {
        run("PASS=$(aws ecr get-login-password)");
        assertTrue(last.ok());
        assertEquals(1, last.cloudCalls());
        String pass = laptop.vars().get("PASS");
        assertFalse(pass.isBlank());
        assertFalse(pass.contains("\n"));
        assertEquals(pass, output("echo \"$PASS\""));
        assertEquals("inner", output("echo $(echo $(echo inner))"));
        run("X=$(Y=1; echo $Y)");
        assertEquals("1", laptop.vars().get("X"));
        assertNull(laptop.vars().get("Y"), "assignments inside $(...) stay inside, as in bash");
    }

    @Test
    void andStopsAtTheFirstFailureAndSemicolonDoesNot() {
        run("cat nothere.txt && echo after > after.txt");
        assertFalse(laptop.isFile("after.txt"));
        run("cat nothere.txt ; echo after > after.txt");
        assertEquals("after\n", laptop.read("after.txt").orElseThrow());
        run("ID=$(aws ec2 describe-instances --instance-ids i-0nothere) && echo got > got.txt");
        assertFalse(laptop.isFile("got.txt"), "a failed $(...) fails the assignment, as in bash");
        assertEquals("255", output("aws ec2 describe-instances --instance-ids i-0nothere; echo $?"));
        assertEquals("0", output("echo ok > ok.txt; echo $?"));
    }

    @Test
    void redirectsWriteAndAppend() {
        run("echo one > notes.txt");
        run("echo two >> notes.txt");
        assertEquals("one\ntwo\n", laptop.read("notes.txt").orElseThrow());
        assertEquals("one\ntwo", output("cat notes.txt"));
        run("aws ecr get-login-password > pass.txt");
        assertTrue(laptop.read("pass.txt").orElseThrow().endsWith("\n"));
        assertEquals("", text(last, Out.Kind.OUTPUT), "redirected output is not shown");
        assertTrue(error("echo x > nofolder/x.txt").contains("No such file or directory"));
    }

    @Test
    void refusesWhatItDoesNotDoAndSaysSo() {
        for (String line : List.of("for i in 1 2; do echo $i; done", "sleep 10 &", "cat < taskdef.json",
                "ls 2> err.txt", "echo `date`", "true || echo no", "(echo sub)", "echo $((1+2))", "echo ${X:-d}",
                "while true", "cat <<EOF")) {
            String e = error(line);
            assertTrue(e.startsWith("The game's shell does not do that"), line + " -> " + e);
        }
        assertTrue(error("echo 'open").contains("never closed"));
        assertTrue(error("frobnicate now").startsWith("frobnicate: command not found."));
    }

    @Test
    void filesCanBeListedCopiedMovedAndRemoved() {
        String ls = output("ls");
        assertTrue(ls.contains("Dockerfile") && ls.contains("taskdef.json") && ls.contains("app/"), ls);
        assertTrue(output("cat Dockerfile").contains("FROM nginx:alpine"));
        assertTrue(output("cat ~/app/index.html").contains("<title>The Bakery</title>"));
        run("mkdir -p drafts/old");
        run("cp taskdef.json drafts/");
        assertEquals(laptop.read("taskdef.json"), laptop.read("drafts/taskdef.json"));
        run("mv drafts/taskdef.json drafts/old/td.json");
        assertFalse(laptop.isFile("drafts/taskdef.json"));
        assertTrue(laptop.isFile("drafts/old/td.json"));
        assertTrue(error("rm drafts").contains("Is a directory"));
        run("rm -r drafts");
        assertFalse(laptop.exists("drafts/old/td.json"));
        assertTrue(error("cat hello.zip").contains("binary"));
        assertTrue(error("cat /etc/passwd").contains("only your home folder"));
        assertEquals("/home/learner", output("pwd"));
        assertTrue(error("cd app").contains("stays in your home folder"));
    }

    @Test
    void historyListsTheTypedLines() {
        run("echo a");
        run("ls app");
        assertEquals("    1  echo a\n    2  ls app\n    3  history", output("history"));
    }

    @Test
    void pipesFeedTheNextCommand() {
        assertEquals("hi", output("echo hi | cat"));
        run("aws ecr get-login-password | docker login --username AWS --password-stdin "
                + "123456789012.dkr.ecr.us-east-1.amazonaws.com");
        assertTrue(last.ok(), last.out().toString());
        assertTrue(error("echo pw | docker login --username AWS --password-stdin x").contains("only from another"));
    }

    @Test
    void editAsksTheAppToOpenAnEditor() {
        assertEquals("taskdef.json", run("nano ./taskdef.json").edit());
        assertEquals("new.txt", run("vi new.txt").edit());
        assertNull(run("edit hello.zip").edit());
        assertTrue(text(last, Out.Kind.ERROR).contains("zip archive"));
        Laptop edited = Shell.edited(laptop, "new.txt", "hello\n");
        assertEquals("hello\n", edited.read("new.txt").orElseThrow());
    }

    @Test
    void fileUrlsReadTheLaptopAndBrokenFilesGiveTheCliErrors() {
        String good = laptop.read("taskdef.json").orElseThrow().replace("\"tcp\"},", "\"tcp\"}");
        assertTrue(PyJson.valid(good));
        laptop = laptop.withFile("taskdef.json", good.replace("\"tcp\"}", "\"tcp\"},"));
        String e = error("aws ecs register-task-definition --cli-input-json file://taskdef.json");
        assertTrue(e.startsWith("Error parsing parameter 'cli-input-json': Invalid JSON: Expecting value: line 14"
                + " column 7 (char 370)\nJSON received: {"), e);
        assertEquals("Error parsing parameter '--cli-input-json': Unable to load paramfile file://nope.json: [Errno 2]"
                + " No such file or directory: 'nope.json'",
                error("aws ecs register-task-definition --cli-input-json file://nope.json"));
        laptop = laptop.withFile("taskdef.json", good);
        run("aws ecs register-task-definition --cli-input-json file://taskdef.json");
        assertTrue(last.ok(), last.out().toString());
        assertTrue(CloudSim.resources(cloud).stream().anyMatch(r -> r.kind().equals("task-definition")
                && r.attr("family").equals("web")));
        laptop = laptop.withFile("mine.zip", "just text");
        assertTrue(error("aws lambda create-function --function-name f --runtime python3.12 --handler a.b --role"
                + " arn:aws:iam::123456789012:role/x --zip-file fileb://mine.zip").contains("Could not unzip"));
        run("cp resize.zip copy.zip");
        run("aws iam create-role --role-name lambda-basic --assume-role-policy-document file://trust-lambda.json");
        run("aws lambda create-function --function-name resize --runtime python3.12 --handler"
                + " lambda_function.lambda_handler --role arn:aws:iam::123456789012:role/lambda-basic"
                + " --zip-file fileb://copy.zip");
        assertTrue(last.ok(), last.out().toString());
    }

    @Test
    void lambdaInvokeWritesItsAnswerToTheLaptop() {
        run("aws iam create-role --role-name lambda-basic --assume-role-policy-document file://trust-lambda.json");
        run("aws lambda create-function --function-name hello --runtime python3.12 --handler"
                + " lambda_function.lambda_handler --role arn:aws:iam::123456789012:role/lambda-basic"
                + " --zip-file fileb://hello.zip");
        run("aws lambda invoke --function-name hello --payload '{\"name\": \"Ada\"}' out.json");
        assertFalse(last.ok(), "CLI v2 reads --payload as base64: plain JSON is refused on the client");
        assertTrue(last.out().toString().contains("Invalid base64: \"{\"name\": \"Ada\"}\""), last.out().toString());
        assertTrue(laptop.read("out.json").isEmpty(), "nothing was called, nothing written");
        // the same JSON, base64-encoded as version 2 expects by default
        run("aws lambda invoke --function-name hello --payload eyJuYW1lIjogIkFkYSJ9 out.json");
        assertTrue(last.ok(), last.out().toString());
        run("aws lambda invoke --function-name hello --payload '{\"name\": \"Ada\"}'"
                + " --cli-binary-format raw-in-base64-out out.json");
        assertTrue(last.ok(), last.out().toString());
        String body = laptop.read("out.json").orElseThrow();
        assertTrue(PyJson.valid(body), body);
        assertEquals(body.strip(), output("cat out.json"));
    }

    @Test
    void dockerBuildReadsTheDockerfile() {
        run("docker build -t web:v1 .");
        assertTrue(last.ok(), last.out().toString());
        laptop = laptop.withFile("Dockerfile", "FROM nginx:alpine\nCOPPY app/ /usr/share/nginx/html/\n");
        assertEquals("ERROR: failed to solve: dockerfile parse error on line 2: unknown instruction: COPPY",
                error("docker build -t web:v2 ."));
        run("rm api/Dockerfile");
        assertTrue(error("docker build -t api:v1 ./api").contains("open Dockerfile: no such file or directory"));
    }

    /** Two paths are refused for their count, as docker does, before either is looked at (a playtest). */
    @Test
    void dockerBuildWithTheNameAsAPathIsRefusedForItsArguments() {
        String e = error("docker build web:v1 .");
        assertTrue(e.startsWith("\"docker build\" requires exactly 1 argument."), e);
        assertTrue(e.contains("web:v1 looks like a name: give it with -t, as in docker build -t web:v1 ."), e);
        assertTrue(error("docker build . ./api").startsWith("\"docker build\" requires exactly 1 argument."));
        assertEquals("ERROR: unable to prepare context: path \"web:v1\" not found", error("docker build web:v1"));
    }

    @Test
    void dockerBuildShowsTheStepsOfTheDockerfileItRead() {
        String web = output("docker build -t web:v1 .");
        assertTrue(web.contains(" => [1/2] FROM docker.io/library/nginx:alpine\n => [2/2] COPY app/"
                + " /usr/share/nginx/html/\n => exporting to image"), web);
        laptop = laptop.withFile("Dockerfile", "# edited\nFROM public.ecr.aws/nginx/nginx:stable\nWORKDIR /srv\n"
                + "COPY app/ .\nRUN echo ready\nEXPOSE 8080\n");
        String edited = output("docker build -t web:v2 .");
        assertTrue(edited.contains(" => [1/4] FROM public.ecr.aws/nginx/nginx:stable\n => [2/4] WORKDIR /srv\n"
                + " => [3/4] COPY app/ .\n => [4/4] RUN echo ready\n => exporting to image"), edited);
        assertFalse(edited.contains("EXPOSE"), "EXPOSE sets metadata; BuildKit shows no step for it:\n" + edited);
        String api = output("docker build -t api:v1 ./api");
        assertTrue(api.contains(" => [1/5] FROM docker.io/library/python:3.12-slim\n"), api);
    }

    @Test
    void theSameLineOnTheSameLaptopGivesTheSameResult() {
        String line = "ID=$(aws ecr get-login-password) && echo $ID > id.txt; ls";
        Ran a = Shell.run(Laptop.fresh(), Cloud.fresh(3), line);
        Ran b = Shell.run(Laptop.fresh(), Cloud.fresh(3), line);
        assertEquals(a, b);
    }

    @Test
    void claimsShellLinesButNotChoiceTexts() {
        assertTrue(Shell.claims("ID=$(aws ec2 describe-instances)"));
        assertTrue(Shell.claims("cat taskdef.json"));
        assertTrue(Shell.claims("aws ec2 describe-instances"));
        assertTrue(Shell.claims("nano taskdef.json"));
        assertFalse(Shell.claims("Three containers sharing the host's kernel"));
        assertFalse(Shell.claims("look"));
    }

    @Test
    void fileResourcesTellValidJsonAndContents() {
        laptop = laptop.withFile("broken.json", "{\"a\": 1,}");
        var byId = laptop.resources().stream().collect(Collectors.toMap(r -> r.id(), r -> r));
        assertEquals("false", byId.get("broken.json").attr("json"));
        assertEquals("false", byId.get("hello.zip").attr("json"));
        assertEquals("true", byId.get("fargate-taskdef.json").attr("json"));
        assertEquals("true", byId.get("app").attr("folder"));
        assertTrue(byId.get("Dockerfile").attr("text").contains("EXPOSE 80"));
    }

    @Test
    void theWritingLineWritesExactlyTheText() {
        for (String text : List.of("{\n  \"a\": 'b',\n  \"c\": \"$HOME `x` \\\\ \"\n}\n", "no newline", "", "it's\n\n")) {
            run(Shell.writing("app/t.json", text));
            assertTrue(last.ok(), last.out().toString());
            assertEquals(text, laptop.read("app/t.json").orElseThrow());
        }
    }
}
