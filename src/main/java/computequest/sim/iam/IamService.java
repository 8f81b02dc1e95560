package computequest.sim.iam;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Copy;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import computequest.sim.Param;
import computequest.sim.Resource;
import computequest.sim.Service;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * IAM, as small as the course needs: roles with a trust policy (who may assume the role) and attached AWS managed
 * policies (what the role may do), and instance profiles, which hand a role to an EC2 instance. The services that
 * use a role check it where AWS checks it: run-instances, the ECS agent, lambda create-function.
 */
public final class IamService implements Service {

    /** The AWS managed policies the game knows, by ARN. */
    public static final List<String> MANAGED = List.of(
            "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role",
            "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy",
            "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
            "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy",
            "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
            "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
            "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
            "arn:aws:iam::aws:policy/AmazonEKSFargatePodExecutionRolePolicy",
            "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",
            "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
            "arn:aws:iam::aws:policy/AmazonS3FullAccess",
            "arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess",
            "arn:aws:iam::aws:policy/ReadOnlyAccess");

    /** The files the course's role commands read (file://NAME): trust policies, resize's S3 policy, the ECS user data. */
    public static final Map<String, String> SAMPLES = samples();

    private static Map<String, String> samples() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String[] t : new String[][] {{"ec2", "ec2.amazonaws.com"}, {"ecs-tasks", "ecs-tasks.amazonaws.com"},
                {"lambda", "lambda.amazonaws.com"}, {"eks", "eks.amazonaws.com"},
                {"eks-fargate-pods", "eks-fargate-pods.amazonaws.com"}}) {
            m.put("trust-" + t[0] + ".json", """
                    {
                      "Version": "2012-10-17",
                      "Statement": [
                        {
                          "Effect": "Allow",
                          "Principal": {"Service": "%s"},
                          "Action": "sts:AssumeRole"
                        }
                      ]
                    }
                    """.formatted(t[1]));
        }
        m.put("resize-s3.json", """
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Effect": "Allow",
                      "Action": "s3:GetObject",
                      "Resource": "arn:aws:s3:::bakery-cake-photos/*"
                    },
                    {
                      "Effect": "Allow",
                      "Action": "s3:PutObject",
                      "Resource": "arn:aws:s3:::bakery-cake-resized/*"
                    }
                  ]
                }
                """);
        m.put("ecs-user-data.sh", """
                #!/bin/bash
                echo ECS_CLUSTER=bakery >> /etc/ecs/ecs.config
                """);
        return java.util.Collections.unmodifiableMap(m);
    }

    @Override
    public String name() {
        return "iam";
    }

    @Override
    public List<Operation> operations() {
        List<Operation> all = new ArrayList<>(List.of(
                new Operation("iam", "create-role", "Make a role: who may assume it is its trust policy.", List.of(
                        Param.req("--role-name", "A name, e.g. ecsInstanceRole."),
                        Param.req("--assume-role-policy-document", "The trust policy: file://trust-ec2.json names"
                                + " the service that may assume the role."),
                        Param.opt("--description", "What it is for.")), IamService::createRole),
                new Operation("iam", "get-role", "Show a role and its trust policy.", List.of(
                        Param.req("--role-name", "The role.")), IamService::getRole),
                new Operation("iam", "list-roles", "List your roles.", List.of(), IamService::listRoles),
                new Operation("iam", "update-assume-role-policy", "Replace a role's trust policy: who may assume it.",
                        List.of(Param.req("--role-name", "The role."),
                                Param.req("--policy-document", "The new trust policy, e.g. file://trust-ec2.json.")),
                        IamService::updateTrust),
                new Operation("iam", "delete-role", "Delete a role with no policies and no instance profile.", List.of(
                        Param.req("--role-name", "The role.")), IamService::deleteRole),
                new Operation("iam", "attach-role-policy", "Give a role the permissions of a managed policy.", List.of(
                        Param.req("--role-name", "The role."),
                        Param.req("--policy-arn", "e.g. arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")),
                        IamService::attach),
                new Operation("iam", "detach-role-policy", "Take a managed policy off a role.", List.of(
                        Param.req("--role-name", "The role."),
                        Param.req("--policy-arn", "The policy.")), IamService::detach),
                new Operation("iam", "list-attached-role-policies", "List the managed policies on a role.", List.of(
                        Param.req("--role-name", "The role.")), IamService::listAttached),
                new Operation("iam", "create-instance-profile", "Make an instance profile: how EC2 gets a role.",
                        List.of(Param.req("--instance-profile-name", "A name; often the role's own name.")),
                        IamService::createProfile),
                new Operation("iam", "add-role-to-instance-profile", "Put a role (one at most) in an instance profile.",
                        List.of(Param.req("--instance-profile-name", "The profile."),
                                Param.req("--role-name", "The role.")), IamService::addRole),
                new Operation("iam", "get-instance-profile", "Show an instance profile and its role.", List.of(
                        Param.req("--instance-profile-name", "The profile.")), IamService::getProfile)));
        all.addAll(RolePolicies.operations());
        return all;
    }

    // ---- roles ----

    static String roleArn(String name) {
        return "arn:aws:iam::" + Cloud.ACCOUNT_ID + ":role/" + name;
    }

    private static Operation.Result createRole(Cloud cloud, Invocation call) {
        String name = call.value("--role-name");
        IamState iam = cloud.iam();
        if (iam.roles().containsKey(name)) {
            throw new CliException("EntityAlreadyExists", "Role with name " + name + " already exists.");
        }
        String doc = call.valueOrFile("--assume-role-policy-document");
        List<String> trusted = trustedServices("--assume-role-policy-document", doc);
        IamState.Role r = new IamState.Role(name, "AROA" + IamState.id("role:" + name + "#" + iam.created()),
                roleArn(name), doc, trusted, List.of(), cloud.clock());
        JsonObject out = new JsonObject();
        out.add("Role", roleJson(r));
        return new Operation.Result(cloud.withIam(iam.withRole(r, true)), out, List.of("Role " + name + ": "
                + String.join(" and ", trusted) + " may assume it. It may do nothing yet: attach a policy with aws iam"
                + " attach-role-policy."));
    }

    /**
     * A policy document as IAM parses it: JSON with a Statement, or MalformedPolicyDocument with the game's reading
     * after IAM's words (the file name sent as the document, or {@code advice}).
     */
    static JsonObject policyJson(String flag, String doc, String advice) {
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(doc);
        } catch (RuntimeException e) {
            parsed = null;
        }
        if (parsed == null || !parsed.isJsonObject() || !parsed.getAsJsonObject().has("Statement")) {
            String file = computequest.sim.Invocation.notAFile(flag, doc);
            throw new CliException("MalformedPolicyDocument", "This policy contains invalid Json." + (file.isEmpty()
                    ? " " + advice : file));
        }
        return parsed.getAsJsonObject();
    }

    /** The services a trust policy lets assume the role; refuses what IAM refuses. */
    static List<String> trustedServices(String flag, String doc) {
        JsonObject parsed = policyJson(flag, doc, "A trust policy is JSON with a Statement; the laptop has samples:"
                + " cat trust-ec2.json");
        List<String> trusted = new ArrayList<>();
        JsonElement st = parsed.get("Statement");
        for (JsonElement s : st.isJsonArray() ? st.getAsJsonArray() : List.of(st)) {
            JsonObject o = s.getAsJsonObject();
            if (o.has("Resource")) {
                throw new CliException("MalformedPolicyDocument", "Has prohibited field Resource. A trust policy says"
                        + " who may assume the role (Principal), not what it may touch.");
            }
            JsonElement p = o.has("Principal") ? o.get("Principal") : null;
            JsonElement svc = p != null && p.isJsonObject() ? p.getAsJsonObject().get("Service") : null;
            if (svc == null || !"Allow".equals(o.has("Effect") ? o.get("Effect").getAsString() : "")) {
                continue;
            }
            for (JsonElement v : svc.isJsonArray() ? svc.getAsJsonArray() : List.of(svc)) {
                trusted.add(v.getAsString());
            }
        }
        if (trusted.isEmpty()) {
            throw new CliException("MalformedPolicyDocument", "The trust policy names no service to trust. Write"
                    + " \"Principal\": {\"Service\": \"ec2.amazonaws.com\"} with \"Effect\": \"Allow\".");
        }
        return trusted;
    }

    /** The role of that name, or IAM's NoSuchEntity. */
    public static IamState.Role role(Cloud cloud, String name) {
        IamState.Role r = cloud.iam().roles().get(name);
        if (r == null) {
            throw new CliException("NoSuchEntity", "The role with name " + name + " cannot be found."
                    + Suggest.didYouMean(name, cloud.iam().roles().keySet()));
        }
        return r;
    }

    private static JsonObject roleJson(IamState.Role r) {
        JsonObject o = new JsonObject();
        o.addProperty("Path", "/");
        o.addProperty("RoleName", r.name());
        o.addProperty("RoleId", r.id());
        o.addProperty("Arn", r.arn());
        o.addProperty("CreateDate", Catalog.timestamp(r.createdAt()));
        try {
            o.add("AssumeRolePolicyDocument", JsonParser.parseString(r.trustPolicy()));
        } catch (RuntimeException e) {
            o.addProperty("AssumeRolePolicyDocument", r.trustPolicy());
        }
        return o;
    }

    private static Operation.Result getRole(Cloud cloud, Invocation call) {
        JsonObject out = new JsonObject();
        out.add("Role", roleJson(role(cloud, call.value("--role-name"))));
        return new Operation.Result(cloud, out, List.of());
    }

    private static Operation.Result listRoles(Cloud cloud, Invocation call) {
        JsonArray list = new JsonArray();
        cloud.iam().roles().values().forEach(r -> list.add(roleJson(r)));
        JsonObject out = new JsonObject();
        out.add("Roles", list);
        return new Operation.Result(cloud, out, List.of());
    }

    /** Swaps the trust policy in place: the role keeps its id, ARN, policies and instance profiles. */
    private static Operation.Result updateTrust(Cloud cloud, Invocation call) {
        IamState.Role r = role(cloud, call.value("--role-name"));
        String doc = call.valueOrFile("--policy-document");
        List<String> trusted = trustedServices("--policy-document", doc);
        IamState.Role next = new IamState.Role(r.name(), r.id(), r.arn(), doc, trusted, r.policies(), r.createdAt(),
                r.inline());
        return new Operation.Result(cloud.withIam(cloud.iam().withRole(next, false)), null, List.of("Role " + r.name()
                + ": now " + String.join(" and ", trusted) + " may assume it. Its attached policies and instance"
                + " profiles stay as they were."));
    }

    /** The one command that fixes a role's trust policy where it is, for advice in errors. */
    public static String fixTrust(String roleName, String sampleFile) {
        return "aws iam update-assume-role-policy --role-name " + roleName + " --policy-document file://" + sampleFile;
    }

    private static Operation.Result deleteRole(Cloud cloud, Invocation call) {
        IamState.Role r = role(cloud, call.value("--role-name"));
        if (!r.policies().isEmpty()) {
            throw new CliException("DeleteConflict", "Cannot delete entity, must detach all policies first.");
        }
        if (!r.inline().isEmpty()) {
            throw new CliException("DeleteConflict", "Cannot delete entity, must delete policies first. (Inline"
                    + " policies: aws iam delete-role-policy --role-name " + r.name() + " --policy-name "
                    + r.inline().keySet().iterator().next() + ".)");
        }
        for (IamState.InstanceProfile p : cloud.iam().profiles().values()) {
            if (p.roles().contains(r.name())) {
                throw new CliException("DeleteConflict", "Cannot delete entity, must remove roles from instance"
                        + " profile first (" + p.name() + ").");
            }
        }
        return new Operation.Result(cloud.withIam(cloud.iam().withoutRole(r.name())), null, List.of("Role "
                + r.name() + " deleted."));
    }

    private static Operation.Result attach(Cloud cloud, Invocation call) {
        IamState.Role r = role(cloud, call.value("--role-name"));
        String arn = call.value("--policy-arn");
        if (!MANAGED.contains(arn)) {
            throw new CliException("NoSuchEntity", "Policy " + arn + " does not exist or is not attachable."
                    + Suggest.didYouMean(arn, MANAGED));
        }
        return new Operation.Result(cloud.withIam(cloud.iam().withRole(r.withPolicy(arn), false)), null, List.of(
                "Role " + r.name() + " now has " + arn.substring(arn.lastIndexOf('/') + 1) + "."));
    }

    private static Operation.Result detach(Cloud cloud, Invocation call) {
        IamState.Role r = role(cloud, call.value("--role-name"));
        String arn = call.value("--policy-arn");
        if (!r.has(arn)) {
            throw new CliException("NoSuchEntity", "Policy " + arn + " was not found on role " + r.name() + ".");
        }
        return new Operation.Result(cloud.withIam(cloud.iam().withRole(r.withoutPolicy(arn), false)), null,
                List.of());
    }

    private static Operation.Result listAttached(Cloud cloud, Invocation call) {
        IamState.Role r = role(cloud, call.value("--role-name"));
        JsonArray list = new JsonArray();
        for (String arn : r.policies()) {
            JsonObject p = new JsonObject();
            p.addProperty("PolicyName", arn.substring(arn.lastIndexOf('/') + 1));
            p.addProperty("PolicyArn", arn);
            list.add(p);
        }
        JsonObject out = new JsonObject();
        out.add("AttachedPolicies", list);
        return new Operation.Result(cloud, out, List.of());
    }

    // ---- instance profiles ----

    private static Operation.Result createProfile(Cloud cloud, Invocation call) {
        String name = call.value("--instance-profile-name");
        IamState iam = cloud.iam();
        if (iam.profiles().containsKey(name)) {
            throw new CliException("EntityAlreadyExists", "Instance Profile " + name + " already exists.");
        }
        IamState.InstanceProfile p = new IamState.InstanceProfile(name, "AIPA" + IamState.id("ip:" + name + "#"
                + iam.created()), "arn:aws:iam::" + Cloud.ACCOUNT_ID + ":instance-profile/" + name, List.of(),
                cloud.clock());
        JsonObject out = new JsonObject();
        out.add("InstanceProfile", profileJson(cloud, p));
        return new Operation.Result(cloud.withIam(iam.withProfile(p, true)), out, List.of("Instance profile " + name
                + ": empty. Put the role in it with aws iam add-role-to-instance-profile."));
    }

    /** The instance profile of that name, or IAM's NoSuchEntity. */
    public static IamState.InstanceProfile profile(Cloud cloud, String name) {
        IamState.InstanceProfile p = cloud.iam().profiles().get(name);
        if (p == null) {
            throw new CliException("NoSuchEntity", "Instance Profile " + name + " cannot be found."
                    + Suggest.didYouMean(name, cloud.iam().profiles().keySet()));
        }
        return p;
    }

    private static Operation.Result addRole(Cloud cloud, Invocation call) {
        IamState.InstanceProfile p = profile(cloud, call.value("--instance-profile-name"));
        IamState.Role r = role(cloud, call.value("--role-name"));
        if (!p.roles().isEmpty()) {
            throw new CliException("LimitExceeded", "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1");
        }
        IamState.InstanceProfile next = new IamState.InstanceProfile(p.name(), p.id(), p.arn(), List.of(r.name()),
                p.createdAt());
        return new Operation.Result(cloud.withIam(cloud.iam().withProfile(next, false)), null, List.of(
                "Instance profile " + p.name() + " carries role " + r.name() + ": launch with --iam-instance-profile"
                        + " Name=" + p.name() + "."));
    }

    private static JsonObject profileJson(Cloud cloud, IamState.InstanceProfile p) {
        JsonObject o = new JsonObject();
        o.addProperty("Path", "/");
        o.addProperty("InstanceProfileName", p.name());
        o.addProperty("InstanceProfileId", p.id());
        o.addProperty("Arn", p.arn());
        o.addProperty("CreateDate", Catalog.timestamp(p.createdAt()));
        JsonArray roles = new JsonArray();
        for (String name : p.roles()) {
            IamState.Role r = cloud.iam().roles().get(name);
            if (r != null) {
                roles.add(roleJson(r));
            }
        }
        o.add("Roles", roles);
        return o;
    }

    private static Operation.Result getProfile(Cloud cloud, Invocation call) {
        JsonObject out = new JsonObject();
        out.add("InstanceProfile", profileJson(cloud, profile(cloud, call.value("--instance-profile-name"))));
        return new Operation.Result(cloud, out, List.of());
    }

    // ---- resources ----

    @Override
    public void resources(Cloud cloud, List<Resource> out) {
        for (IamState.Role r : cloud.iam().roles().values()) {
            out.add(new Resource("role", r.name(), Copy.ordered("id", r.name(), "trusts", String.join(",", r.trusted()),
                    "policies", String.join(",", r.policies().stream().map(a -> a.substring(a.lastIndexOf('/') + 1))
                            .toList()), "inline", String.join(",", r.inline().keySet()), "s3-reads",
                    RolePolicies.buckets(cloud, r, "s3:GetObject"), "s3-writes", RolePolicies.buckets(cloud, r,
                            "s3:PutObject"))));
        }
        for (IamState.InstanceProfile p : cloud.iam().profiles().values()) {
            out.add(new Resource("instance-profile", p.name(), Copy.ordered("id", p.name(),
                    "role", String.join(",", p.roles()))));
        }
    }

    @Override
    public Map<String, List<String>> schema() {
        return Resource.schema("role", "id,trusts,policies,inline,s3-reads,s3-writes", "instance-profile", "id,role");
    }
}
