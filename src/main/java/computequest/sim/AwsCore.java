package computequest.sim;

import computequest.sim.model.Models;
import java.util.ArrayList;
import java.util.List;

/**
 * The AWS CLI's own commands, which no service model describes: {@code aws --version} and
 * {@code aws configure list|get|set}. ({@code aws sts get-caller-identity} is the sts service's.)
 */
final class AwsCore {

    private AwsCore() {
    }

    /** {@code aws --version}: shaped like the AWS CLI version 2's answer, and saying it is the game's. */
    static String version() {
        return "aws-cli/2.0.0-sim Python/none ComputeQuest/sim exe/simulated prompt/off\n(the game's simulated AWS CLI,"
                + " shaped like version 2; commands and parameters from the service models of "
                + Models.sourceVersion() + ")";
    }

    /** {@code aws configure ...}: null when the words are not a configure command. */
    static Outcome configure(Cloud cloud, List<String> words) {
        List<String> rest = new ArrayList<>(words.subList(2, words.size()));
        String profile = "default";
        int p = rest.indexOf("--profile");
        if (p >= 0) {
            if (p + 1 >= rest.size()) {
                throw new CliException("aws: error: argument --profile: expected one argument");
            }
            profile = rest.get(p + 1);
            rest.remove(p + 1);
            rest.remove(p);
        }
        String sub = rest.isEmpty() ? "" : rest.get(0);
        CliConfig config = cloud.cli();
        switch (sub) {
            case "list" -> {
                return ok(cloud, list(config, profile, p >= 0));
            }
            case "get" -> {
                if (rest.size() != 2) {
                    throw new CliException("usage: aws configure get varname [--profile profile-name]");
                }
                String v = lookup(config, profile, rest.get(1));
                if (v == null) {
                    return new Outcome(cloud, false, null, "", List.of());
                }
                return ok(cloud, v);
            }
            case "set" -> {
                if (rest.size() != 3) {
                    throw new CliException("usage: aws configure set varname value [--profile profile-name]");
                }
                String key = rest.get(1);
                if (key.startsWith("profile.")) {
                    String[] parts = key.split("\\.", 3);
                    if (parts.length < 3) {
                        throw new CliException("usage: aws configure set profile.NAME.varname value");
                    }
                    profile = parts[1];
                    key = parts[2];
                }
                if (key.equals("aws_access_key_id") || key.equals("aws_secret_access_key")) {
                    throw new CliException("This simulated laptop keeps AWS's example credentials; there is nothing"
                            + " secret to set here. On a real laptop, aws configure set " + key + " writes"
                            + " ~/.aws/credentials.");
                }
                Cloud next = cloud.withCli(config.with(profile, key, rest.get(2)));
                return new Outcome(next, true, null, "", List.of("~/.aws/config: " + (profile.equals("default")
                        ? "[default]" : "[profile " + profile + "]") + " " + key + " = " + rest.get(2)));
            }
            case "" -> throw new CliException("aws configure asks four questions (access key, secret key, region,"
                    + " output format) in a real terminal. Here, use: aws configure list, aws configure get region,"
                    + " aws configure set region us-east-1, aws configure set output table.");
            default -> throw new CliException("aws configure has list, get and set here (add-model, import,"
                    + " sso and export-credentials are real but not simulated).");
        }
    }

    private static String lookup(CliConfig config, String profile, String key) {
        return switch (key) {
            case "aws_access_key_id" -> CliConfig.ACCESS_KEY;
            case "aws_secret_access_key" -> CliConfig.SECRET_KEY;
            default -> config.get(profile, key);
        };
    }

    /** {@code aws configure list}, in the CLI's '%10s %24s %16s    %s' columns. */
    private static String list(CliConfig config, String profile, boolean named) {
        StringBuilder b = new StringBuilder();
        row(b, "Name", "Value", "Type", "Location");
        row(b, "----", "-----", "----", "--------");
        if (named) {
            row(b, "profile", profile, "manual", "--profile");
        } else {
            row(b, "profile", "<not set>", "None", "None");
        }
        String masked = "****************";
        row(b, "access_key", masked + CliConfig.ACCESS_KEY.substring(CliConfig.ACCESS_KEY.length() - 4),
                "shared-credentials-file", "");
        row(b, "secret_key", masked + CliConfig.SECRET_KEY.substring(CliConfig.SECRET_KEY.length() - 4),
                "shared-credentials-file", "");
        String region = config.get(profile, "region");
        if (region == null) {
            row(b, "region", "<not set>", "None", "None");
        } else {
            row(b, "region", region, "config-file", "~/.aws/config");
        }
        return b.toString().stripTrailing();
    }

    private static void row(StringBuilder b, String name, String value, String type, String location) {
        b.append(String.format("%10s %24s %16s    %s%n", name, value, type, location));
    }

    private static Outcome ok(Cloud cloud, String text) {
        return new Outcome(cloud, true, null, text, List.of());
    }
}
