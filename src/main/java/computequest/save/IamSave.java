package computequest.save;

import computequest.sim.iam.IamState;
import java.util.List;
import java.util.Map;

/**
 * IAM's part of a save: cloud.services.iam (roles, instance profiles, who may invoke each function, and the instance
 * profile each instance was launched with; a file without instanceProfiles loads it as empty).
 */
record IamSave(Map<String, Role> roles, Map<String, InstanceProfile> profiles,
               Map<String, List<Grant>> functionGrants, int created, Map<String, String> instanceProfiles) {

    static IamSave save(IamState x) {
        return x == null ? null : new IamSave(Saves.map(x.roles(), Role::save),
                Saves.map(x.profiles(), InstanceProfile::save), Saves.map(x.functionGrants(), l -> Saves.list(l, Grant::save)), x.created(),
                Saves.map(x.instanceProfiles(), v -> v));
    }

    static IamState load(IamSave s) {
        return s == null ? null : new IamState(Saves.map(s.roles, Role::load),
                Saves.map(s.profiles, InstanceProfile::load), Saves.map(s.functionGrants, l -> Saves.list(l, Grant::load)),
                s.instanceProfiles == null ? Map.of() : Saves.map(s.instanceProfiles, v -> v), s.created);
    }

    /** The saved form of {@link computequest.sim.iam.IamState.Role}. */
    record Role(String name, String id, String arn, String trustPolicy, List<String> trusted, List<String> policies,
                long createdAt, Map<String, String> inline) {

        static Role save(IamState.Role x) {
            return x == null ? null : new Role(x.name(), x.id(), x.arn(), x.trustPolicy(), x.trusted(), x.policies(),
                    x.createdAt(), x.inline().isEmpty() ? null : Saves.map(x.inline(), v -> v));
        }

        /** A save from before inline policies loads its roles with none. */
        static IamState.Role load(Role s) {
            return s == null ? null : new IamState.Role(s.name, s.id, s.arn, s.trustPolicy, s.trusted, s.policies,
                    s.createdAt, s.inline == null ? Map.of() : Saves.map(s.inline, v -> v));
        }
    }

    /** The saved form of {@link computequest.sim.iam.IamState.InstanceProfile}. */
    record InstanceProfile(String name, String id, String arn, List<String> roles, long createdAt) {

        static InstanceProfile save(IamState.InstanceProfile x) {
            return x == null ? null : new InstanceProfile(x.name(), x.id(), x.arn(), x.roles(), x.createdAt());
        }

        static IamState.InstanceProfile load(InstanceProfile s) {
            return s == null ? null : new IamState.InstanceProfile(s.name, s.id, s.arn, s.roles, s.createdAt);
        }
    }

    /** The saved form of {@link computequest.sim.iam.IamState.Grant}. */
    record Grant(String statementId, String principal, String sourceArn) {

        static Grant save(IamState.Grant x) {
            return x == null ? null : new Grant(x.statementId(), x.principal(), x.sourceArn());
        }

        static IamState.Grant load(Grant s) {
            return s == null ? null : new IamState.Grant(s.statementId, s.principal, s.sourceArn);
        }
    }

}
