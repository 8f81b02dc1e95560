package computequest.save;

import computequest.sim.ecr.EcrState;
import java.util.Map;

/** ECR's part of a save: cloud.services.ecr (repositories, and the docker images on the laptop). */
record EcrSave(Map<String, Repository> repositories, Map<String, LocalImage> local, boolean loggedIn) {

    static EcrSave save(EcrState x) {
        return x == null ? null : new EcrSave(Saves.map(x.repositories(), Repository::save),
                Saves.map(x.local(), LocalImage::save), x.loggedIn());
    }

    static EcrState load(EcrSave s) {
        return s == null ? null : new EcrState(Saves.map(s.repositories, Repository::load),
                Saves.map(s.local, LocalImage::load), s.loggedIn);
    }

    /** The saved form of {@link computequest.sim.ecr.EcrState.Repository}. */
    record Repository(String name, long createdAt, Map<String, String> tags, Map<String, Long> pushedAt,
                      String mutability, boolean scanOnPush) {

        static Repository save(EcrState.Repository x) {
            return x == null ? null : new Repository(x.name(), x.createdAt(), x.tags(), x.pushedAt(), x.mutability(),
                    x.scanOnPush());
        }

        static EcrState.Repository load(Repository s) {
            return s == null ? null : new EcrState.Repository(s.name, s.createdAt, s.tags, s.pushedAt, s.mutability,
                    s.scanOnPush);
        }
    }

    /** The saved form of {@link computequest.sim.ecr.EcrState.LocalImage}. */
    record LocalImage(String ref, String imageId, String app, long createdAt) {

        static LocalImage save(EcrState.LocalImage x) {
            return x == null ? null : new LocalImage(x.ref(), x.imageId(), x.app(), x.createdAt());
        }

        static EcrState.LocalImage load(LocalImage s) {
            return s == null ? null : new EcrState.LocalImage(s.ref, s.imageId, s.app, s.createdAt);
        }
    }

}
