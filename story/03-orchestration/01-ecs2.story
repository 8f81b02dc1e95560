// Chapter 3, first part continued: an ECS service behind the load balancer, recovery and scaling.
@chapter 3 Orchestration

:: ecs-service
@title A service behind a load balancer
@objective Create a service called web that keeps 2 tasks running on EC2, registered with the web-tg target group.
@hint A service keeps a desired number of tasks running.
@hint aws ecs create-service takes --cluster, --service-name, --task-definition, --desired-count, --launch-type and --load-balancers.
@hint Type: aws ecs create-service --cluster bakery --service-name web --task-definition web --desired-count 2 --launch-type EC2 --load-balancers targetGroupArn=arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/45c2f21578608480,containerName=web,containerPort=80
@setup run aws ec2 create-security-group --group-name web-lb-sg --description "bakery load balancer"
@setup run aws ec2 authorize-security-group-ingress --group-id ${security-group name=web-lb-sg} --protocol tcp --port 80 --cidr 0.0.0.0/0
@setup run aws ec2 authorize-security-group-ingress --group-id sg-0c0ffee0defa17c01 --protocol tcp --port 32768-65535 --source-group ${security-group name=web-lb-sg}
@setup run aws elbv2 create-load-balancer --name web-lb --subnets subnet-0defa000000000001 subnet-0defb000000000001 --security-groups ${security-group name=web-lb-sg}
@setup run aws elbv2 create-target-group --name web-tg --protocol HTTP --port 80 --vpc-id vpc-0c0ffee0defa17c0d
@setup run aws elbv2 create-listener --load-balancer-arn arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-lb/575e7aacdf39f49e --protocol HTTP --port 80 --default-actions Type=forward,TargetGroupArn=arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/45c2f21578608480
@setup wait 120

A service is the piece that keeps things alive. You say how many tasks you
want; it starts them, spreads them across Availability Zones, registers each
with a load balancer's target group so customers reach only healthy ones,
replaces any that stop, and rolls out new revisions gradually.

Create one with two tasks, registered with the target group web-tg:

```
aws ecs create-service --cluster bakery --service-name web --task-definition web --desired-count 2 --launch-type EC2 --load-balancers targetGroupArn=arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/45c2f21578608480,containerName=web,containerPort=80
```

Then wait until both run, and ask the load balancer for the shop's page a
few times: curl http://web-lb-8880616453.us-east-1.elb.amazonaws.com/

@goal service cluster=bakery desired>=2 running>=2 load-balanced=true and target-group id=web-tg healthy>=2 -> ecs-recover
  ~ score +15
  > Two tasks running behind the load balancer, and both pass its health
  > check: aws elbv2 describe-target-health shows them healthy.
@check service cluster=bakery desired>=2 running>=2 load-balanced=true and target-group id=web-tg targets>=2 healthy=0
  > Two tasks run and are registered in web-tg, but neither is healthy (aws
  > elbv2 describe-target-health: Target.Timeout): the load balancer's
  > health checks cannot reach the tasks' dynamic host ports, because the
  > default security group does not let web-lb-sg in. Add the rule, and the
  > targets turn healthy: aws ec2 authorize-security-group-ingress
  > --group-id sg-0c0ffee0defa17c01 --protocol tcp --port 32768-65535
  > --source-group ${security-group name=web-lb-sg .id}
@check service cluster=bakery load-balanced=false
  > The service runs, but no load balancer sends customers to it. Delete it
  > (aws ecs delete-service --cluster bakery --service web --force) and create
  > it again with --load-balancers.

:: ecs-recover
@title Recovery
@objective Stop one of the service's tasks and watch the service replace it.
@hint List the service's tasks with aws ecs list-tasks --cluster bakery --service-name web.
@hint The service compares running with desired and starts a replacement.
@hint Type: aws ecs stop-task --cluster bakery --task TASK-ID, then wait
@setup run aws ecs create-service --cluster bakery --service-name web --task-definition web --desired-count 2 --launch-type EC2 --load-balancers targetGroupArn=arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/45c2f21578608480,containerName=web,containerPort=80
@setup wait 60

Do to the service what you did to the lone task: stop one of its tasks,
then wait and look at aws ecs describe-services --cluster bakery --services web.

@on ok aws ecs stop-task
  ~ flag broke-service-task
@goal flag broke-service-task and service id=web running>=2 -> ecs-scale-in
  ~ score +10
  ~ badge Self-Healing
  > Running went down to one and back up to two: the service saw the gap and
  > started a replacement. That is recovery without anyone waking up.

:: ecs-scale-in
@title Your turn: after the rush
@concept Scaling an ECS service
@objective Scale the web service in to 1 task, and wait until only one runs.
@hint The desired count is the service's target.
@hint aws ecs update-service changes --desired-count.
@hint Type: aws ecs update-service --cluster bakery --service web --desired-count 1, then wait
@setup run aws ecs stop-task --cluster bakery --task ${task service=web status=RUNNING}
@setup flag broke-service-task
@setup wait 60

@goal service id=web desired=1 running=1 -> orc-oncall
  ~ score +15
  > Scaled in. Tomorrow's rush is one update-service away, and with automatic
  > scaling the service would do it on its own.
@check service id=web desired=0
  > Zero tasks means the shop is closed. The brief was one.

@task service id=web desired=1 running=1
  ~ run aws ecs create-cluster --cluster-name bakery
  ~ run aws iam create-role --role-name ecsInstanceRole --assume-role-policy-document file://trust-ec2.json
  ~ run aws iam attach-role-policy --role-name ecsInstanceRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role
  ~ run aws iam create-instance-profile --instance-profile-name ecsInstanceRole
  ~ run aws iam add-role-to-instance-profile --instance-profile-name ecsInstanceRole --role-name ecsInstanceRole
  ~ run aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60004 --instance-type t3.medium --iam-instance-profile Name=ecsInstanceRole --user-data file://ecs-user-data.sh --placement AvailabilityZone=us-east-1a
  ~ run aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60004 --instance-type t3.medium --iam-instance-profile Name=ecsInstanceRole --user-data file://ecs-user-data.sh --placement AvailabilityZone=us-east-1b
  ~ run aws ecs register-task-definition --cli-input-json file://taskdef.json
  ~ wait 90
  ~ run aws ecs create-service --cluster bakery --service-name web --task-definition web --desired-count 2 --launch-type EC2
  ~ wait 60
  > The shop is closed for the night and the web service still runs two
  > tasks. Scale it in to one.

:: orc-oncall
@title On call: the image that never arrived
@callback ctr-push
@concept ECR: push and pull
@objective Get the web:v2 image into the web repository in ECR.
@hint It is chapter 2's lesson: what does a push need before it goes to ECR?
@hint The image must carry the repository URI in its name, then docker push sends it. You are still logged in to ECR.
@hint Type: docker tag web:v2 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v2, then docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v2
@setup run aws ecs update-service --cluster bakery --service web --desired-count 1
@setup wait 60
~ run docker build -t web:v2 .

The pager again. The web team built version 2 of the shop's site on your
laptop (docker images lists web:v2) and asked ECS to run it. Every new task
stops at once with CannotPullContainerError: the repository web in ECR has
only v1. An image on a laptop is invisible to ECS, which pulls from the
registry.

Get web:v2 into the web repository, so the cluster can pull it.

@goal ecr-image repository=web tag=v2 -> eks-intro
  ~ score +10
  > Resolved. ECR now holds v2, so ECS can pull it on any container instance.
  > Tag with the repository URI, then push: chapter 2's two steps.
@check local-image id=123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v2
  > Tagged for ECR. Now push it.
