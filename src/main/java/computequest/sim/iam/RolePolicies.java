package computequest.sim.iam;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import computequest.sim.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A role's inline policies (put-role-policy and its friends) and the part of IAM's policy evaluation the simulated
 * code needs: may this role do this action on this resource? An explicit Deny wins, then any Allow; with neither the
 * answer is no. Conditions, NotAction and NotResource are not modelled: a statement with one of them never matches.
 */
public final class RolePolicies {

    /** The S3 statements of the managed policies the game knows: policy ARN to {actions, resources} pairs. */
    private static final Map<String, List<String>> MANAGED_S3 = Map.of(
            "arn:aws:iam::aws:policy/AmazonS3FullAccess", List.of("s3:*"),
            "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess", List.of("s3:Get*", "s3:List*", "s3:Describe*"),
            "arn:aws:iam::aws:policy/ReadOnlyAccess", List.of("s3:Get*", "s3:List*", "s3:Describe*"));

    /** What the evaluation found. */
    public enum Decision { ALLOW, IMPLICIT_DENY, EXPLICIT_DENY }

    private RolePolicies() {
    }

    static List<Operation> operations() {
        return List.of(
                new Operation("iam", "put-role-policy", "Add (or replace) an inline policy: what the role may do.",
                        List.of(Param.req("--role-name", "The role."),
                                Param.req("--policy-name", "A name for the policy, e.g. resize-s3."),
                                Param.req("--policy-document", "The policy: file://resize-s3.json (Effect, Action,"
                                        + " Resource).")), RolePolicies::put),
                new Operation("iam", "get-role-policy", "Show one of a role's inline policies.", List.of(
                        Param.req("--role-name", "The role."),
                        Param.req("--policy-name", "The inline policy.")), RolePolicies::get),
                new Operation("iam", "list-role-policies", "List a role's inline policies (managed ones: aws iam"
                        + " list-attached-role-policies).", List.of(Param.req("--role-name", "The role.")),
                        RolePolicies::list),
                new Operation("iam", "delete-role-policy", "Delete one of a role's inline policies.", List.of(
                        Param.req("--role-name", "The role."),
                        Param.req("--policy-name", "The inline policy.")), RolePolicies::delete));
    }

    private static Operation.Result put(Cloud cloud, Invocation call) {
        IamState.Role r = IamService.role(cloud, call.value("--role-name"));
        String name = call.value("--policy-name");
        String doc = call.valueOrFile("--policy-document");
        validate(doc);
        boolean replaced = r.inline().containsKey(name);
        return new Operation.Result(cloud.withIam(cloud.iam().withRole(r.withInline(name, doc), false)), null,
                List.of("Role " + r.name() + (replaced ? ": inline policy " + name + " replaced." : " now has the"
                        + " inline policy " + name + ", which lives and dies with the role.")
                        + " Whatever runs as the role gets it at its next call."));
    }

    private static Operation.Result get(Cloud cloud, Invocation call) {
        IamState.Role r = IamService.role(cloud, call.value("--role-name"));
        String name = call.value("--policy-name");
        String doc = inline(r, name);
        JsonObject out = new JsonObject();
        out.addProperty("RoleName", r.name());
        out.addProperty("PolicyName", name);
        out.add("PolicyDocument", JsonParser.parseString(doc));
        return new Operation.Result(cloud, out, List.of());
    }

    private static Operation.Result list(Cloud cloud, Invocation call) {
        IamState.Role r = IamService.role(cloud, call.value("--role-name"));
        JsonArray names = new JsonArray();
        r.inline().keySet().forEach(names::add);
        JsonObject out = new JsonObject();
        out.add("PolicyNames", names);
        return new Operation.Result(cloud, out, List.of());
    }

    private static Operation.Result delete(Cloud cloud, Invocation call) {
        IamState.Role r = IamService.role(cloud, call.value("--role-name"));
        String name = call.value("--policy-name");
        inline(r, name);
        return new Operation.Result(cloud.withIam(cloud.iam().withRole(r.withInline(name, null), false)), null,
                List.of("Role " + r.name() + ": inline policy " + name + " deleted."));
    }

    private static String inline(IamState.Role r, String name) {
        String doc = r.inline().get(name);
        if (doc == null) {
            throw new CliException("NoSuchEntity", "The role policy with name " + name + " cannot be found.");
        }
        return doc;
    }

    /** Refuses what IAM refuses in an identity-based policy, with IAM's words first and the game's reading after. */
    static void validate(String doc) {
        JsonObject policy = IamService.policyJson("--policy-document", doc, "A permissions policy is JSON with a Statement list;"
                + " the laptop has one: cat resize-s3.json");
        for (JsonObject s : statements(policy)) {
            if (s.has("Principal")) {
                throw new CliException("MalformedPolicyDocument", "Policy document should not specify a principal."
                        + " (Principal belongs in a trust policy, which says who may assume the role; this policy"
                        + " says what the role may do.)");
            }
            if (!s.has("Action") && !s.has("NotAction")) {
                throw new CliException("MalformedPolicyDocument", "Policy statement must contain actions.");
            }
            if (!s.has("Resource") && !s.has("NotResource")) {
                throw new CliException("MalformedPolicyDocument", "Policy statement must contain resources.");
            }
            for (String a : strings(s.get(s.has("Action") ? "Action" : "NotAction"))) {
                if (!a.equals("*") && !a.contains(":")) {
                    throw new CliException("MalformedPolicyDocument", "Actions/Conditions must be prefaced by a"
                            + " vendor, e.g., iam, sdb, ec2, etc. (" + a + " needs its service first, e.g. s3:"
                            + a + ".)");
                }
            }
            for (String res : strings(s.get(s.has("Resource") ? "Resource" : "NotResource"))) {
                if (!res.equals("*") && !res.startsWith("arn:")) {
                    throw new CliException("MalformedPolicyDocument", "Resource " + res + " must be in ARN format"
                            + " or \"*\". (An S3 object's ARN is arn:aws:s3:::BUCKET/KEY; arn:aws:s3:::BUCKET/*"
                            + " is every object in the bucket.)");
                }
            }
        }
    }

    /** What the role's managed and inline policies say about one action on one resource. */
    public static Decision decide(IamState.Role role, String action, String resource) {
        boolean allowed = false;
        for (String arn : role.policies()) {
            for (String a : MANAGED_S3.getOrDefault(arn, List.of())) {
                allowed |= like(a, action);
            }
        }
        for (String doc : role.inline().values()) {
            JsonObject policy;
            try {
                policy = JsonParser.parseString(doc).getAsJsonObject();
            } catch (RuntimeException e) {
                continue;
            }
            for (JsonObject s : statements(policy)) {
                if (s.has("Condition") || !s.has("Action") || !s.has("Resource")
                        || strings(s.get("Action")).stream().noneMatch(a -> like(a, action))
                        || strings(s.get("Resource")).stream().noneMatch(r -> like(r, resource))) {
                    continue;
                }
                String effect = s.has("Effect") ? s.get("Effect").getAsString() : "";
                if (effect.equals("Deny")) {
                    return Decision.EXPLICIT_DENY;
                }
                allowed |= effect.equals("Allow");
            }
        }
        return allowed ? Decision.ALLOW : Decision.IMPLICIT_DENY;
    }

    /**
     * The AccessDenied message a service gives code that runs as the role (session name: the function), or null when
     * the role may do it. The role must exist; a missing role is denied as well.
     */
    public static String denied(Cloud cloud, String roleArn, String session, String action, String resource) {
        IamState.Role role = cloud.iam().roleByArn(roleArn);
        Decision d = role == null ? Decision.IMPLICIT_DENY : decide(role, action, resource);
        if (d == Decision.ALLOW) {
            return null;
        }
        String who = "arn:aws:sts::" + Cloud.ACCOUNT_ID + ":assumed-role/"
                + roleArn.substring(roleArn.lastIndexOf('/') + 1) + "/" + session;
        return "User: " + who + " is not authorized to perform: " + action + " on resource: \"" + resource + "\" "
                + (d == Decision.EXPLICIT_DENY ? "with an explicit deny in an identity-based policy"
                : "because no identity-based policy allows the " + action + " action");
    }

    /** The account's buckets in whose every object (arn:aws:s3:::BUCKET/*) the role may do the action, comma-separated. */
    static String buckets(Cloud cloud, IamState.Role role, String action) {
        List<String> out = new ArrayList<>();
        for (String b : cloud.serverless().buckets().keySet()) {
            if (decide(role, action, "arn:aws:s3:::" + b + "/*") == Decision.ALLOW) {
                out.add(b);
            }
        }
        return String.join(",", out);
    }

    private static List<JsonObject> statements(JsonObject policy) {
        JsonElement st = policy.get("Statement");
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement e : st.isJsonArray() ? st.getAsJsonArray() : List.of(st)) {
            if (e.isJsonObject()) {
                out.add(e.getAsJsonObject());
            }
        }
        return out;
    }

    private static List<String> strings(JsonElement e) {
        List<String> out = new ArrayList<>();
        for (JsonElement v : e.isJsonArray() ? e.getAsJsonArray() : List.of(e)) {
            if (v.isJsonPrimitive()) {
                out.add(v.getAsString());
            }
        }
        return out;
    }

    /**
     * IAM's matching: * is any run of characters and ? one character; actions ignore case, resources do not.
     */
    private static boolean like(String pattern, String value) {
        boolean action = !value.startsWith("arn:");
        String p = action ? pattern.toLowerCase(Locale.ROOT) : pattern;
        String v = action ? value.toLowerCase(Locale.ROOT) : value;
        StringBuilder regex = new StringBuilder();
        for (char c : p.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : java.util.regex.Pattern.quote(String.valueOf(c)));
        }
        return v.matches(regex.toString());
    }
}
