package computequest.sim.ecr;

import computequest.sim.Copy;
import java.util.Map;

/**
 * ECR repositories, plus the player's laptop: the docker images built there and whether docker is logged in to
 * the account's registry.
 *
 * @param local    laptop images by reference (name:tag)
 * @param loggedIn whether {@code docker login} to the account's ECR registry succeeded
 */
public record EcrState(Map<String, Repository> repositories, Map<String, LocalImage> local, boolean loggedIn) {

    public static final EcrState EMPTY = new EcrState(Map.of(), Map.of(), false);

    public EcrState {
        repositories = Copy.of(repositories);
        local = Copy.of(local);
    }

    /**
     * @param tags       tag -> digest
     * @param mutability MUTABLE or IMMUTABLE (whether a pushed tag may be moved to another image)
     * @param scanOnPush whether each push is scanned for known vulnerabilities
     */
    public record Repository(String name, long createdAt, Map<String, String> tags, Map<String, Long> pushedAt,
                             String mutability, boolean scanOnPush) {
        public Repository {
            tags = Copy.of(tags);
            pushedAt = Copy.of(pushedAt);
            mutability = mutability == null ? "MUTABLE" : mutability;
        }

        Repository(String name, long createdAt, Map<String, String> tags, Map<String, Long> pushedAt) {
            this(name, createdAt, tags, pushedAt, "MUTABLE", false);
        }

        Repository withTags(Map<String, String> t, Map<String, Long> at) {
            return new Repository(name, createdAt, t, at, mutability, scanOnPush);
        }

        public String uri() {
            return EcrOps.REGISTRY + "/" + name;
        }
    }

    /** A docker image on the laptop: a reference, the content id it points to, and which sample app it holds. */
    public record LocalImage(String ref, String imageId, String app, long createdAt) {
    }

    EcrState withRepository(Repository r) {
        return new EcrState(Copy.put(repositories, r.name(), r), local, loggedIn);
    }

    EcrState withoutRepository(String name) {
        return new EcrState(Copy.remove(repositories, name), local, loggedIn);
    }

    EcrState withLocal(LocalImage i) {
        return new EcrState(repositories, Copy.put(local, i.ref(), i), loggedIn);
    }

    EcrState withLoggedIn(boolean b) {
        return new EcrState(repositories, local, b);
    }
}
