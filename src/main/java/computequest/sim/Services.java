package computequest.sim;

import computequest.sim.apigateway.ApiGatewayService;
import computequest.sim.dynamodb.DynamoDbService;
import computequest.sim.ec2.Ec2Service;
import computequest.sim.ecr.EcrService;
import computequest.sim.ecs.EcsService;
import computequest.sim.elbv2.ElbService;
import computequest.sim.eks.EksService;
import computequest.sim.events.EventsService;
import computequest.sim.iam.IamService;
import computequest.sim.lambda.LambdaService;
import computequest.sim.lightsail.LightsailService;
import computequest.sim.s3.S3Service;
import computequest.sim.sqs.SqsService;
import computequest.sim.sts.StsService;
import java.util.List;

/**
 * The one list of simulated services. Adding a service means a new package with a {@link Service} and one line here.
 * The order is the order of help listings, of the dashboard's resources, and of what the clock does in one second
 * (EC2 instances finish booting before ECS places tasks on them), so it is part of the deterministic behaviour.
 */
public final class Services {

    public static final List<Service> ALL = List.of(
            new Ec2Service(),
            new LightsailService(),
            new EcrService(),
            new EcsService(),
            new EksService(),
            new LambdaService(),
            new ApiGatewayService(),
            new S3Service(),
            new EventsService(),
            new SqsService(),
            new DynamoDbService(),
            new IamService(),
            new StsService(),
            new ElbService());

    private Services() {
    }
}
