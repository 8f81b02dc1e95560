package computequest.sim.s3;

import static computequest.sim.Resource.attrs;

import computequest.sim.Cloud;
import computequest.sim.Operation;
import computequest.sim.Resource;
import computequest.sim.Service;
import computequest.sim.lambda.ServerlessState;
import java.util.List;
import java.util.Map;

/** S3: buckets and objects, typed as {@code aws s3 ...} (the high-level commands) or {@code aws s3api ...}. */
public final class S3Service implements Service {

    @Override
    public String name() {
        return "s3";
    }

    @Override
    public List<Operation> operations() {
        List<Operation> all = new java.util.ArrayList<>(S3Ops.operations());
        all.addAll(S3Deletes.operations());
        all.addAll(S3Multipart.operations());
        return List.copyOf(all);
    }

    @Override
    public void resources(Cloud cloud, List<Resource> out) {
        for (ServerlessState.Bucket b : cloud.serverless().buckets().values()) {
            out.add(new Resource("s3-bucket", b.name(), attrs("id", b.name(), "objects", Integer.toString(b.objects().size()))));
        }
    }

    @Override
    public Map<String, List<String>> schema() {
        return Resource.schema("s3-bucket", "id,objects");
    }
}
