package computequest.bench;

import computequest.sim.Cloud;
import computequest.sim.CloudSim;
import computequest.sim.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * What the service models cost: they are read on the first aws command (never before the first prompt), so the
 * first command of a process pays for the index and one service's model; later commands pay for binding by the
 * model, validation, ordering by the output shape and formatting. Must run before anything else in the process
 * issues an aws command.
 */
final class CliBench {

    private CliBench() {
    }

    static void run() {
        System.out.println("AWS CLI by the service models (models read lazily, on the first aws command)");
        Cloud fresh = Cloud.fresh(1);
        long t0 = System.nanoTime();
        CloudSim.execute(fresh, "aws sts get-caller-identity");
        long t1 = System.nanoTime();
        Outcome launched = CloudSim.execute(fresh, "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001"
                + " --instance-type t3.micro --count 2");
        long t2 = System.nanoTime();
        Bench.row("first aws command in a process (index + sts model)", Bench.ms(t1 - t0), "", null);
        Bench.row("first aws ec2 command (the ec2 parts it needs)", Bench.ms(t2 - t1), "", null);
        Cloud c = launched.cloud();
        String[] lines = {
            "aws ec2 describe-instances --query 'Reservations[].Instances[].InstanceId' --output text",
            "aws ec2 describe-instances --filters Name=instance-type,Values=t3.micro --output table",
            "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro"
                    + " --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web}]' --placement Foo=bar",
            "aws ecs describe-clusters --cluster default --output yaml"};
        for (String line : lines) {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                long s = System.nanoTime();
                CloudSim.execute(c, line);
                times.add((double) (System.nanoTime() - s));
            }
            List<Double> warm = times.subList(1000, times.size());
            Bench.row("aws command, warm median: " + line.substring(4, Math.min(line.length(), 44)) + "…",
                    Bench.ms(Bench.median(warm)), "", null);
        }
        System.out.println();
    }
}
