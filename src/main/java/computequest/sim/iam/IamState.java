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
 * @param created         how many roles and profiles were ever created (makes each new id different)
 */
public record IamState(Map<String, Role> roles, Map<String, InstanceProfile> profiles,
                       Map<String, List<Grant>> functionGrants, int created) {

    public static final IamState EMPTY = new IamState(Map.of(), Map.of(), Map.of(), 0);

    public IamState {
        roles = Copy.of(roles);
        profiles = Copy.of(profiles);
        functionGrants = Copy.of(functionGrants);
    }

    /**
     * A role: who may assume it (the services its trust policy names) and what it may do (managed policy ARNs).
     */
    public record Role(String name, String id, String arn, String trustPolicy, List<String> trusted,
                       List<String> policies, long createdAt) {
        public Role {
            trusted = List.copyOf(trusted);
            policies = List.copyOf(policies);
        }

        Role withPolicy(String arn) {
            List<String> next = new ArrayList<>(policies);
            if (!next.contains(arn)) {
                next.add(arn);
            }
            return new Role(name, id, this.arn, trustPolicy, trusted, next, createdAt);
        }

        Role withoutPolicy(String arn) {
            List<String> next = new ArrayList<>(policies);
            next.remove(arn);
            return new Role(name, id, this.arn, trustPolicy, trusted, next, createdAt);
        }

        boolean trusts(String service) {
            return trusted.contains(service);
        }

        boolean has(String policyArn) {
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
        return new IamState(Copy.put(roles, r.name(), r), profiles, functionGrants, created + (isNew ? 1 : 0));
    }

    IamState withoutRole(String name) {
        return new IamState(Copy.remove(roles, name), profiles, functionGrants, created);
    }

    IamState withProfile(InstanceProfile p, boolean isNew) {
        return new IamState(roles, Copy.put(profiles, p.name(), p), functionGrants, created + (isNew ? 1 : 0));
    }

    IamState withGrants(String function, List<Grant> grants) {
        return new IamState(roles, profiles, grants.isEmpty() ? Copy.remove(functionGrants, function)
                : Copy.put(functionGrants, function, List.copyOf(grants)), created);
    }

    List<Grant> grants(String function) {
        return functionGrants.getOrDefault(function, List.of());
    }

    /** Whether the function's policy lets {@code service} invoke it for {@code sourceArn} (any source when empty). */
    boolean allows(String function, String service, String sourceArn) {
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
    Role roleOf(String profileName) {
        InstanceProfile p = profiles.get(profileName);
        return p == null || p.roles().isEmpty() ? null : roles.get(p.roles().get(0));
    }
}
