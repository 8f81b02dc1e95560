package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.sim.cli.RealAws;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real AWS CLI as the oracle: each command line goes to {@code aws} (dummy credentials, an endpoint nobody
 * listens on, so only its client-side checks answer) and to the game, and the game's message must contain the CLI's
 * last line. Skipped, with a message, when {@code aws} is not installed.
 */
class RealCliOracleTest {

    private static final List<String> LINES = List.of(
            "ec2 start-instances",
            "ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --foo 1",
            "ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --placement Foo=bar",
            "ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --hibernation-options Configured=maybe",
            "ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --count abc",
            "ec2 describe-instances --filters Name=a,Valuez=b",
            "ec2 describe-instances --max-items x",
            "ecs create-service --cluster c",
            "lambda invoke --function-name f",
            "lambda create-function --function-name f --memory-size big",
            "lambda create-function --function-name f --role r --code S3Bucket=b,S3Key=k --memory-size big",
            "lambda create-function --function-name f --role r --code S3Bucket=b,S3Key=k --memory-size 0",
            "dynamodb create-table --table-name t --attribute-definitions AttributeName=id --key-schema"
                    + " AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST",
            "ec2 start-instances --cli-input-json '{}'",
            "ecs register-task-definition --cli-input-json '{\"famly\":\"x\"}'");

    @Test
    void theGameRefusesAsTheRealCliDoes() throws Exception {
        Assumptions.assumeTrue(RealAws.installed(), "the real aws CLI is not installed: oracle comparison skipped");
        List<String> problems = new ArrayList<>();
        // The real CLI takes about a second to start: ask it about every line at once.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
        for (String line : LINES) {
            answers.add(pool.submit(() -> runAws(line)));
        }
        pool.shutdown();
        for (int i = 0; i < LINES.size(); i++) {
            String line = LINES.get(i);
            String real = lastLine(answers.get(i).get());
            Outcome o = CloudSim.execute(Cloud.fresh(1), "aws " + line);
            if (o.ok() || !o.output().contains(real)) {
                problems.add("aws " + line + "\n  real: " + real + "\n  game: " + o.output().replace("\n", "\n        "));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static String runAws(String line) throws IOException, InterruptedException {
        return RealAws.run(List.of("bash", "-c", "aws " + line + " --endpoint-url http://127.0.0.1:1"));
    }

    /** The CLI's last line of the message (the closed endpoint never answers, so nothing else is printed). */
    private static String lastLine(String out) {
        List<String> lines = new ArrayList<>();
        for (String l : out.split("\n")) {
            if (!l.isBlank() && !l.contains("{self._error_location()}")) {
                lines.add(l.strip());
            }
        }
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
