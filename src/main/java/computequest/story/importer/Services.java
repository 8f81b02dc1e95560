package computequest.story.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The services the simulated cloud knows, how a heading may name them, and a goal a scene about each could use. */
final class Services {

    /** A service: its short name, how headings spell it, a condition that shows the player used it. */
    record Service(String name, Pattern heading, String condition, String task) {
    }

    static final List<Service> ALL = List.of(
            service("EC2", "ec2|elastic compute cloud", "instance state=running", "launch an EC2 instance"),
            service("ECS", "ecs|elastic container service", "ecs-cluster status=ACTIVE", "create an ECS cluster"),
            service("EKS", "eks|elastic kubernetes service", "eks-cluster status=ACTIVE", "create an EKS cluster"),
            service("ECR", "ecr|elastic container registry", "ecr-image count>=1", "push an image to an ECR repository"),
            service("Fargate", "fargate", "task launch-type=FARGATE status=RUNNING", "run a task on Fargate"),
            service("Lambda", "lambda", "function invocations>=1", "create and invoke a Lambda function"),
            service("Lightsail", "lightsail", "lightsail-instance state=running", "create a Lightsail instance"),
            service("S3", "s3|simple storage service", "s3-bucket objects>=1", "create an S3 bucket and upload to it"),
            service("DynamoDB", "dynamodb|dynamo db", "dynamodb-table status=ACTIVE", "create a DynamoDB table"));

    private Services() {
    }

    private static Service service(String name, String spellings, String condition, String task) {
        return new Service(name, Pattern.compile("(?i)(?<![a-z0-9])(" + spellings + ")(?![a-z0-9])"), condition, task);
    }

    /**
     * EC2 topics a heading may name, most specific first: the goal then fits the heading ("Stopping an instance"
     * asks for a stopped instance) rather than every EC2 heading asking for a running one.
     */
    static final List<Service> EC2_TOPICS = List.of(
            topic("hibernat", "instance hibernated=true state=stopped", "stop an instance with --hibernate"),
            topic("terminat", "instance state=terminated", "terminate an instance"),
            topic("stop|lifecycle|instance states?", "instance state=stopped", "stop an instance"),
            topic("amis?|machine images?", "image owner=self", "make an AMI from an instance (aws ec2 create-image)"),
            topic("instance types?|t3|m5|sizes?", "instance type=t3.small state=running",
                    "launch an instance of the type the note describes"),
            topic("vpc|subnets?|security groups?|network", "instance public-ip~.", "launch an instance with a public"
                    + " IP address in the default VPC"));

    private static Service topic(String words, String condition, String task) {
        return new Service("EC2", Pattern.compile("(?i)(?<![a-z0-9])(" + words + ")"), condition, task);
    }

    /** The services a heading names, in the order of {@link #ALL}; EC2 as the topic the heading names, if any. */
    static List<Service> named(String heading) {
        List<Service> out = new ArrayList<>();
        for (Service s : ALL) {
            if (s.heading().matcher(heading).find()) {
                out.add(s.name().equals("EC2") ? ec2Topic(heading, s) : s);
            }
        }
        if (out.isEmpty()) {
            EC2_TOPICS.stream().filter(t -> t.heading().matcher(heading).find()
                    && !t.condition().startsWith("instance public-ip")).findFirst().ifPresent(out::add);
        }
        return out;
    }

    private static Service ec2Topic(String heading, Service generic) {
        return EC2_TOPICS.stream().filter(t -> t.heading().matcher(heading).find()).findFirst().orElse(generic);
    }
}
