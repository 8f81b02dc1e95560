package computequest.sim;

import computequest.sim.ec2.Ec2Access;
import computequest.sim.ec2.Image;
import computequest.sim.ec2.Instance;
import computequest.sim.ecr.EcrState;
import computequest.sim.ecs.EcsState;
import computequest.sim.elbv2.ElbState;
import computequest.sim.eks.EksState;
import computequest.sim.iam.IamState;
import computequest.sim.lambda.ServerlessState;
import computequest.sim.lightsail.LightsailState;
import java.util.Map;
import java.util.Objects;

/**
 * The whole simulated AWS account at one simulated second. Immutable: every operation returns a new Cloud.
 * EC2 lives in the two maps; every other service keeps its state in one immutable record.
 *
 * @param clock      simulated seconds since the game began
 * @param rng        seeded random state for ids and addresses
 * @param instances  EC2 instances by id, in launch order
 * @param images     AMIs by id: the catalog first, then the player's own
 * @param ledger     the bill so far
 * @param lightsail  Lightsail instances
 * @param ecr        ECR repositories and the docker images on the player's laptop
 * @param ecs        ECS clusters, container instances, task definitions, tasks and services
 * @param eks        EKS clusters, node groups, Fargate profiles and the Kubernetes objects in them
 * @param serverless Lambda functions and their triggers, S3 buckets, DynamoDB tables, SQS queues
 * @param cli        the AWS CLI's configuration on the player's laptop (aws configure)
 * @param access     EC2 key pairs and security groups
 * @param iam        IAM roles and instance profiles, and who may invoke each Lambda function
 * @param elb        Application Load Balancers, target groups and listeners
 */
public record Cloud(long clock, Rng rng, Map<String, Instance> instances, Map<String, Image> images, Ledger ledger,
                    LightsailState lightsail, EcrState ecr, EcsState ecs, EksState eks, ServerlessState serverless,
                    CliConfig cli, Ec2Access access, IamState iam, ElbState elb) {

    public static final String ACCOUNT_ID = "123456789012";
    public static final String REGION = "us-east-1";

    public Cloud {
        instances = Copy.of(instances);
        images = Copy.of(images);
        lightsail = lightsail == null ? LightsailState.EMPTY : lightsail;
        ecr = ecr == null ? EcrState.EMPTY : ecr;
        ecs = ecs == null ? EcsState.EMPTY : ecs;
        eks = eks == null ? EksState.EMPTY : eks;
        serverless = serverless == null ? ServerlessState.EMPTY : serverless;
        cli = cli == null ? CliConfig.DEFAULT : cli;
        access = access == null ? Ec2Access.EMPTY : access;
        iam = iam == null ? IamState.EMPTY : iam;
        elb = elb == null ? ElbState.EMPTY : elb;
    }

    /**
     * The record's own equality (every component, as {@code Objects.equals}) and a hash of the same components,
     * written out: the undo history compares states after every turn, and a record's generated {@code equals} makes
     * the JVM build method handles at its first call, about 5 ms a record on the first answer of a game (README
     * Performance). {@code WrittenEqualsTest} holds both to every component.
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Cloud c && clock == c.clock && Objects.equals(rng, c.rng)
                && Objects.equals(instances, c.instances) && Objects.equals(images, c.images)
                && Objects.equals(ledger, c.ledger) && Objects.equals(lightsail, c.lightsail)
                && Objects.equals(ecr, c.ecr) && Objects.equals(ecs, c.ecs) && Objects.equals(eks, c.eks)
                && Objects.equals(serverless, c.serverless) && Objects.equals(cli, c.cli)
                && Objects.equals(access, c.access) && Objects.equals(iam, c.iam) && Objects.equals(elb, c.elb);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clock, rng, instances, images, ledger, lightsail, ecr, ecs, eks, serverless, cli, access,
                iam, elb);
    }

    /** A fresh account: the default VPC, the public AMI catalog, nothing running, nothing billed. */
    public static Cloud fresh(long seed) {
        return new Cloud(0, new Rng(seed), Map.of(), Catalog.publicImages(), Ledger.EMPTY,
                null, null, null, null, null, null, null, null, null);
    }

    /** A drawn random hex string and the cloud with the random source moved on. */
    public record Drawn(Cloud cloud, String hex, Rng.Draw draw) {
    }

    public Drawn draw(int hexDigits) {
        Rng.Draw d = rng.next();
        return new Drawn(withRng(d.rest()), d.hex(Math.min(hexDigits, 32)), d);
    }

    public Cloud withRng(Rng r) {
        return new Cloud(clock, r, instances, images, ledger, lightsail, ecr, ecs, eks, serverless, cli, access, iam, elb);
    }

    public Cloud withInstance(Instance i) {
        return withInstances(Copy.put(instances, i.instanceId(), i));
    }

    public Cloud withoutInstance(String id) {
        return withInstances(Copy.remove(instances, id));
    }

    private Cloud withInstances(Map<String, Instance> next) {
        return new Cloud(clock, rng, next, images, ledger, lightsail, ecr, ecs, eks, serverless, cli, access, iam, elb);
    }

    public Cloud withImage(Image image) {
        return new Cloud(clock, rng, instances, Copy.put(images, image.imageId(), image), ledger, lightsail, ecr, ecs,
                eks, serverless, cli, access, iam, elb);
    }

    public Cloud withoutImage(String id) {
        return new Cloud(clock, rng, instances, Copy.remove(images, id), ledger, lightsail, ecr, ecs, eks, serverless,
                cli, access, iam, elb);
    }

    public Cloud withLedger(Ledger l) {
        return new Cloud(clock, rng, instances, images, l, lightsail, ecr, ecs, eks, serverless, cli, access, iam, elb);
    }

    Cloud withClock(long c) {
        return new Cloud(c, rng, instances, images, ledger, lightsail, ecr, ecs, eks, serverless, cli, access, iam, elb);
    }

    public Cloud withLightsail(LightsailState s) {
        return new Cloud(clock, rng, instances, images, ledger, s, ecr, ecs, eks, serverless, cli, access, iam, elb);
    }

    public Cloud withEcr(EcrState s) {
        return new Cloud(clock, rng, instances, images, ledger, lightsail, s, ecs, eks, serverless, cli, access, iam, elb);
    }

    public Cloud withEcs(EcsState s) {
        return new Cloud(clock, rng, instances, images, ledger, lightsail, ecr, s, eks, serverless, cli, access, iam, elb);
    }

    public Cloud withEks(EksState s) {
        return new Cloud(clock, rng, instances, images, ledger, lightsail, ecr, ecs, s, serverless, cli, access, iam, elb);
    }

    public Cloud withServerless(ServerlessState s) {
        return new Cloud(clock, rng, instances, images, ledger, lightsail, ecr, ecs, eks, s, cli, access, iam, elb);
    }

    Cloud withCli(CliConfig c) {
        return new Cloud(clock, rng, instances, images, ledger, lightsail, ecr, ecs, eks, serverless, c, access, iam, elb);
    }

    public Cloud withAccess(Ec2Access a) {
        return new Cloud(clock, rng, instances, images, ledger, lightsail, ecr, ecs, eks, serverless, cli, a, iam, elb);
    }

    public Cloud withIam(IamState s) {
        return new Cloud(clock, rng, instances, images, ledger, lightsail, ecr, ecs, eks, serverless, cli, access, s, elb);
    }

    public Cloud withElb(ElbState s) {
        return new Cloud(clock, rng, instances, images, ledger, lightsail, ecr, ecs, eks, serverless, cli, access, iam, s);
    }

    /** Adds a charge to the bill. */
    public Cloud charge(String resourceId, String description, double usd) {
        return withLedger(ledger.charge(resourceId, description, usd));
    }
}
