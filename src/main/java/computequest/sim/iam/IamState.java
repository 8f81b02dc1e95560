package computequest.sim.iam;

import computequest.sim.Copy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The small part of IAM the course needs: roles with a trust policy and attached AWS managed policies, instance
 * profiles that carry a role to EC2, and the resource-based policies of Lambda functions (lambda add-permission).
 *
 * @param roles           roles by name, in creation order
 * @param profiles        instance profiles by name
 * @param functionGrants  Lambda function name to the services allowed to invoke it
 * @param instanceProfiles EC2 instance id to the instance profile it was launched with
 * @param created         how many roles and profiles were ever created (makes each new id different)
 */
public record IamState(Map<String, Role> roles, Map<String, InstanceProfile> profiles,
                       Map<String, List<Grant>> functionGrants, Map<String, String> instanceProfiles, int created) {

    public static final IamState EMPTY = new IamState(Map.of(), Map.of(), Map.of(), Map.of(), 0);

    public IamState {
        roles = Copy.of(roles);
        profiles = Copy.of(profiles);
        functionGrants = Copy.of(functionGrants);
        instanceProfiles = Copy.of(instanceProfiles);
    }

    /**
     * A role: who may assume it (the services its trust policy names) and what it may do (managed policy ARNs, and
     * inline policies: name to JSON document, in the order they were put).
     */
    public record Role(String name, String id, String arn, String trustPolicy, List<String> trusted,
                       List<String> policies, long createdAt, Map<String, String> inline) {
        public Role {
            trusted = List.copyOf(trusted);
            policies = List.copyOf(policies);
            inline = Copy.of(inline);
        }

        public Role(String name, String id, String arn, String trustPolicy, List<String> trusted,
                    List<String> policies, long createdAt) {
            this(name, id, arn, trustPolicy, trusted, policies, createdAt, Map.of());
        }

        Role withPolicy(String arn) {
            List<String> next = new ArrayList<>(policies);
            if (!next.contains(arn)) {
                next.add(arn);
            }
            return new Role(name, id, this.arn, trustPolicy, trusted, next, createdAt, inline);
        }

        Role withoutPolicy(String arn) {
            List<String> next = new ArrayList<>(policies);
            next.remove(arn);
            return new Role(name, id, this.arn, trustPolicy, trusted, next, createdAt, inline);
        }

        /** The role with that inline policy added or replaced (IAM's put-role-policy), or removed when doc is null. */
        Role withInline(String policyName, String doc) {
            return new Role(name, id, arn, trustPolicy, trusted, policies, createdAt,
                    doc == null ? Copy.remove(inline, policyName) : Copy.put(inline, policyName, doc));
        }

        public boolean trusts(String service) {
            return trusted.contains(service);
        }

        public boolean has(String policyArn) {
            return policies.contains(policyArn);
        }
    }

    /** An instance profile: the box that hands one role to an EC2 instance. */
    public record InstanceProfile(String name, String id, String arn, List<String> roles, long createdAt) {
        public InstanceProfile {
            roles = List.copyOf(roles);
        }
    }

    /** One statement of a function's resource-based policy: this service may invoke it, from this source. */
    public record Grant(String statementId, String principal, String sourceArn) {
        public Grant {
            sourceArn = sourceArn == null ? "" : sourceArn;
        }
    }

    IamState withRole(Role r, boolean isNew) {
        return new IamState(Copy.put(roles, r.name(), r), profiles, functionGrants, instanceProfiles,
                created + (isNew ? 1 : 0));
    }

    IamState withoutRole(String name) {
        return new IamState(Copy.remove(roles, name), profiles, functionGrants, instanceProfiles, created);
    }

    IamState withProfile(InstanceProfile p, boolean isNew) {
        return new IamState(roles, Copy.put(profiles, p.name(), p), functionGrants, instanceProfiles,
                created + (isNew ? 1 : 0));
    }

    /** The function's resource-based policy, replaced. */
    public IamState withGrants(String function, List<Grant> grants) {
        return new IamState(roles, profiles, grants.isEmpty() ? Copy.remove(functionGrants, function)
                : Copy.put(functionGrants, function, List.copyOf(grants)), instanceProfiles, created);
    }

    /** The instance launched with (or given) that instance profile. */
    public IamState withInstanceProfile(String instanceId, String profile) {
        return new IamState(roles, profiles, functionGrants, Copy.put(instanceProfiles, instanceId, profile), created);
    }

    /** The role an instance gets through its instance profile, or null. */
    public Role roleOfInstance(String instanceId) {
        String p = instanceProfiles.get(instanceId);
        return p == null ? null : roleOf(p);
    }

    /** The role named by an ARN of this account (role/NAME or role/PATH/NAME), or null. */
    public Role roleByArn(String arn) {
        String prefix = "arn:aws:iam::" + computequest.sim.Cloud.ACCOUNT_ID + ":role/";
        return arn != null && arn.startsWith(prefix) ? roles.get(arn.substring(arn.lastIndexOf('/') + 1)) : null;
    }

    /** A stable IAM-style unique id (17 upper-case letters and digits) for the seed. */
    static String id(String seed) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(
                    seed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 17; i++) {
                b.append(abc.charAt((d[i] & 0xff) % abc.length()));
            }
            return b.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Grant> grants(String function) {
        return functionGrants.getOrDefault(function, List.of());
    }

    /** Whether the function's policy lets {@code service} invoke it for {@code sourceArn} (any source when empty). */
    public boolean allows(String function, String service, String sourceArn) {
        for (Grant g : grants(function)) {
            if (g.principal().equals(service) && (g.sourceArn().isEmpty() || matches(g.sourceArn(), sourceArn))) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String pattern, String arn) {
        String regex = java.util.regex.Pattern.quote(pattern).replace("*", "\\E.*\\Q");
        return arn.matches(regex);
    }

    /** The role an instance profile carries, or null. */
    public Role roleOf(String profileName) {
        InstanceProfile p = profiles.get(profileName);
        return p == null || p.roles().isEmpty() ? null : roles.get(p.roles().get(0));
    }
}
