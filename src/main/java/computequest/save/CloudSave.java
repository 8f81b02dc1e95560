package computequest.save;

import computequest.sim.CliConfig;
import computequest.sim.Cloud;
import java.util.Map;

/**
 * The saved form of a {@link Cloud}: the clock, the random source, the bill, the CLI's configuration, and one section
 * per service that keeps state, under "services". To save a new piece of sim state: give it a record here or in its
 * service's *Save file (the same names as the JSON), convert it in save() and load(), and if older files lack it, let
 * load() pass null (Cloud's constructor turns null into an empty state) or add a step in {@link SaveMigrations}.
 */
record CloudSave(long clock, Rng rng, Ledger ledger, Cli cli, Services services) {

    /**
     * One section per service that keeps state. A new service with state adds one component here (null in older
     * files, which is fine when its Cloud component accepts null).
     */
    record Services(Ec2Save ec2, LightsailSave lightsail, EcrSave ecr, EcsSave ecs, EksSave eks,
                    ServerlessSave serverless, IamSave iam, ElbSave elb) {
    }

    static CloudSave save(Cloud x) {
        return x == null ? null : new CloudSave(x.clock(), Rng.save(x.rng()), Ledger.save(x.ledger()),
                Cli.save(x.cli()), new Services(Ec2Save.save(x), LightsailSave.save(x.lightsail()),
                EcrSave.save(x.ecr()), EcsSave.save(x.ecs()), EksSave.save(x.eks()),
                ServerlessSave.save(x.serverless()), IamSave.save(x.iam()), ElbSave.save(x.elb())));
    }

    static Cloud load(CloudSave s) {
        if (s == null) {
            return null;
        }
        Services v = s.services == null ? new Services(null, null, null, null, null, null, null, null) : s.services;
        Ec2Save ec2 = v.ec2 == null ? new Ec2Save(null, null, null) : v.ec2;
        return new Cloud(s.clock, Rng.load(s.rng), Saves.map(ec2.instances(), Ec2Save.Instance::load),
                Saves.map(ec2.images(), Ec2Save.Image::load), Ledger.load(s.ledger), LightsailSave.load(v.lightsail),
                EcrSave.load(v.ecr), EcsSave.load(v.ecs), EksSave.load(v.eks), ServerlessSave.load(v.serverless),
                Cli.load(s.cli), Ec2Save.Access.load(ec2.access()), IamSave.load(v.iam),
                ElbSave.load(v.elb));
    }

    /** The saved form of {@link computequest.sim.Rng}. */
    record Rng(long state) {

        static Rng save(computequest.sim.Rng x) {
            return x == null ? null : new Rng(x.state());
        }

        static computequest.sim.Rng load(Rng s) {
            return s == null ? null : new computequest.sim.Rng(s.state);
        }
    }

    /** The saved form of {@link computequest.sim.Ledger}. */
    record Ledger(Map<String, LineItem> items) {

        static Ledger save(computequest.sim.Ledger x) {
            return x == null ? null : new Ledger(Saves.map(x.items(), LineItem::save));
        }

        static computequest.sim.Ledger load(Ledger s) {
            return s == null ? null : new computequest.sim.Ledger(Saves.map(s.items, LineItem::load));
        }
    }

    /** The saved form of {@link computequest.sim.LineItem}. */
    record LineItem(String resourceId, String description, double usd) {

        static LineItem save(computequest.sim.LineItem x) {
            return x == null ? null : new LineItem(x.resourceId(), x.description(), x.usd());
        }

        static computequest.sim.LineItem load(LineItem s) {
            return s == null ? null : new computequest.sim.LineItem(s.resourceId, s.description, s.usd);
        }
    }

    /** The saved form of {@link computequest.sim.CliConfig}. */
    record Cli(Map<String, Map<String, String>> profiles) {

        static Cli save(CliConfig x) {
            return x == null ? null : new Cli(x.profiles());
        }

        static CliConfig load(Cli s) {
            return s == null ? null : new CliConfig(s.profiles);
        }
    }
}
