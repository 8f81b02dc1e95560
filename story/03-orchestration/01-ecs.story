// Chapter 3, first part: why orchestrate, and ECS on EC2 (02-eks.story has EKS, the two side by side, and choosing one).
@chapter 3 Orchestration

@glossary Orchestration: software that starts, stops, places, restarts, scales and updates containers across a cluster of servers.
@glossary Scale out: add copies of a container when demand rises. Scale in: remove them when it falls.
@glossary ECS: Elastic Container Service, AWS's own container orchestrator. ECS itself costs nothing extra: you pay for the EC2 instances or Fargate.
@glossary Cluster: a logical group of capacity that an orchestrator places containers on.
@glossary Container instance: in ECS, an EC2 instance running the ECS container agent and registered to a cluster. EKS calls it a worker node.
@glossary ECS agent: the program on a container instance that registers it with a cluster and starts and stops tasks for ECS.
@glossary ECS-optimized AMI: an Amazon Linux image with Docker and the ECS agent installed. User data that writes ECS_CLUSTER=NAME to /etc/ecs/ecs.config tells the agent which cluster to join.
@glossary IAM role: an identity that AWS services or instances take on to call AWS for you. Its trust policy says who may assume it; its permissions policies say what it may do.
@glossary instance profile: the container that hands one IAM role to an EC2 instance (--iam-instance-profile at launch).
@glossary User data: a script or settings handed to an instance at launch and read when it boots.
@glossary Task definition: a JSON document describing one or more containers: family, image, cpu, memory, port mappings, network mode, compatibilities. Each registration is a new revision (family:revision).
@glossary Task: a running copy of a task definition. EKS calls it a pod.
@glossary Service: in ECS, keeps a desired count of tasks running, replaces failed ones, spreads them across Availability Zones, registers them with a load balancer and rolls out updates.
@glossary Launch type: where ECS runs a task: EC2 (your container instances) or FARGATE (no instances to manage).
@glossary Load balancer: spreads incoming requests over healthy targets. An ECS service registers its tasks with an Application Load Balancer target group.
@glossary EKS: Elastic Kubernetes Service, managed Kubernetes on AWS. The control plane costs about $0.10 per cluster-hour.
@glossary Kubernetes: the open-source container orchestrator, the same on AWS, other clouds and your own data centre.
@glossary Worker node: in Kubernetes, a machine that runs pods; on EKS an EC2 instance in a node group, or Fargate.
@glossary Node group: a managed set of EKS worker nodes of one instance type, scaled between a minimum and maximum.
@glossary Pod: the smallest thing Kubernetes runs: one or more containers together. The ECS word is task.
@glossary Deployment: a Kubernetes object that keeps a number of identical pods (replicas) running and rolls out new versions.
@glossary kubectl: the Kubernetes command-line tool.
@glossary ECS Anywhere: ECS managing tasks on servers you run yourself, outside AWS, for hybrid setups.

:: orc-why
@title One container is easy
@objective Say what an orchestrator does that docker alone does not.
@hint Think about the 2 a.m. crash and the lunchtime rush.
@hint Orchestrators decide which instance and zone each container runs in, restart failed ones, scale out and in, watch health and roll out updates.
@hint Pick 2.

On a laptop, docker run starts one container and that is that. The real
bakery site is different: dozens of copies of the web container, spread
over a fleet of EC2 instances in two or three Availability Zones, so losing
one data centre leaves the shop open. Someone has to decide which container
runs where, notice at 2 a.m. that one crashed and start another, add
copies when the lunchtime rush arrives and remove them after, and replace
old versions with new ones without downtime.

That someone is a container orchestrator. What does it do for you?

* It makes each container run faster
  > An orchestrator does not speed up code. It decides where and how many
  > containers run, and keeps them running.
* Placement, recovery, scaling, monitoring and updates across a cluster -> ecs-intro
  ~ score +5
  > Exactly. You state what you want (say, four copies of web:v1 across two
  > zones) and it keeps the cluster that way.
* It builds your images
  > Images are built with docker build and kept in ECR. The orchestrator pulls
  > them and runs them.

:: ecs-intro
@title Amazon ECS on EC2
@objective Say what turns an EC2 instance into ECS capacity.
@hint Plain EC2 instances know nothing about ECS.
@hint A container instance is an EC2 instance running the ECS container agent, registered to a cluster. The ECS-optimized AMI ships the agent.
@hint Pick 3.

Amazon ECS is AWS's own orchestrator, and it costs nothing extra: you pay
for the capacity it uses. With the EC2 launch type, that capacity is your own
EC2 instances.

The words: a cluster is a group of capacity. A container instance is an EC2
instance running the ECS container agent, registered to a cluster. A task
definition is a JSON file that describes your containers. A task is one
running copy of it. A service keeps a number of tasks running, behind a load
balancer.

What makes an ordinary EC2 instance a container instance?

* Any running instance in the same VPC joins automatically
  > ECS has no idea an instance exists until an agent on it registers with a
  > cluster.
* Tagging it with the cluster's name
  > Tags are labels for you; ECS does not read them to find capacity.
* Running the ECS agent, configured with the cluster's name -> ecs-cluster
  ~ score +5
  > Right. The ECS-optimized AMI has Docker and the agent installed; user data
  > that writes ECS_CLUSTER=NAME to /etc/ecs/ecs.config tells the agent which
  > cluster to join, and an IAM role lets it call ECS.

:: ecs-cluster
@title A cluster
@objective Create an ECS cluster called bakery.
@hint Clusters belong to ECS, so the command starts aws ecs, and the verb is create-cluster.
@hint aws ecs create-cluster takes the name in --cluster-name (not --name, as EKS uses).
@hint Type: aws ecs create-cluster --cluster-name bakery

A cluster starts empty: a name, no capacity. Create one for the bakery.

@goal ecs-cluster id=bakery -> ecs-role
  ~ score +5
  > The bakery cluster exists, with no container instances yet.
@check ecs-cluster id!=bakery
  > That cluster has another name; the rest of the chapter uses bakery.

:: ecs-role
@title A role for the agent
@concept IAM roles and instance profiles
@objective Make the role ecsInstanceRole (trusted by EC2, with AmazonEC2ContainerServiceforEC2Role) and an instance profile of the same name that holds it.
@hint The agent on each instance calls the ECS API, and AWS answers only calls signed with credentials: the instance gets them from an IAM role.
@hint Four commands: aws iam create-role (trust policy: file://trust-ec2.json), aws iam attach-role-policy, aws iam create-instance-profile, aws iam add-role-to-instance-profile. cat trust-ec2.json shows the trust policy.
@hint Type: aws iam create-role --role-name ecsInstanceRole --assume-role-policy-document file://trust-ec2.json, then aws iam attach-role-policy --role-name ecsInstanceRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role, then aws iam create-instance-profile --instance-profile-name ecsInstanceRole, then aws iam add-role-to-instance-profile --instance-profile-name ecsInstanceRole --role-name ecsInstanceRole
@setup run aws ecs create-cluster --cluster-name bakery

Before any capacity: the ECS agent on each instance registers itself by
calling the ECS API, and AWS accepts only calls signed with credentials. An
instance gets credentials from an IAM role. Without one, the agent starts,
fails to register (its log says NoCredentialProviders) and retries forever,
and the instance never appears in the cluster.

A role has two halves. Its trust policy says who may assume it: here the EC2
service, ec2.amazonaws.com. Read it with 'cat trust-ec2.json'. Its
permissions say what it may do: AWS's managed policy
AmazonEC2ContainerServiceforEC2Role has what the agent needs. EC2 hands a
role to an instance through an instance profile, by convention of the same
name. Four commands:

```
aws iam create-role --role-name ecsInstanceRole --assume-role-policy-document file://trust-ec2.json
aws iam attach-role-policy --role-name ecsInstanceRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role
aws iam create-instance-profile --instance-profile-name ecsInstanceRole
aws iam add-role-to-instance-profile --instance-profile-name ecsInstanceRole --role-name ecsInstanceRole
```

@goal instance-profile id=ecsInstanceRole role=ecsInstanceRole and role id=ecsInstanceRole trusts~ec2.amazonaws.com policies~AmazonEC2ContainerServiceforEC2Role -> ecs-capacity
  ~ score +10
  > The role exists, EC2 may assume it, it may do what the agent needs, and
  > the instance profile carries it. The chapters ahead make more roles the
  > same way: for Fargate, for Lambda and for EKS.
@check role id=ecsInstanceRole and not role id=ecsInstanceRole trusts~ec2.amazonaws.com
  > That role does not trust ec2.amazonaws.com, so no instance can assume it.
  > Swap its trust policy in place: aws iam update-assume-role-policy
  > --role-name ecsInstanceRole --policy-document file://trust-ec2.json
  > (delete-role works too, but only once no policy is attached and no
  > instance profile holds the role).

:: ecs-capacity
@title Container instances
@concept ECS container instances
@objective Launch two t3.medium instances from the ECS-optimized AMI with the ecsInstanceRole profile and user data that names bakery, one in us-east-1a and one in us-east-1b, and wait until both agents register.
@hint The capacity is plain EC2, launched from a special AMI, with the role you made.
@hint The ECS-optimized AMI is ami-0a1b2c3d4e5f60004 (see aws ec2 describe-images). --iam-instance-profile Name=ecsInstanceRole gives the role; --user-data file://ecs-user-data.sh names the cluster.
@hint Type: aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60004 --instance-type t3.medium --iam-instance-profile Name=ecsInstanceRole --user-data file://ecs-user-data.sh --placement AvailabilityZone=us-east-1a, the same with us-east-1b, then wait
@setup run aws iam create-role --role-name ecsInstanceRole --assume-role-policy-document file://trust-ec2.json
@setup run aws iam attach-role-policy --role-name ecsInstanceRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role
@setup run aws iam create-instance-profile --instance-profile-name ecsInstanceRole
@setup run aws iam add-role-to-instance-profile --instance-profile-name ecsInstanceRole --role-name ecsInstanceRole

Give the cluster capacity: two EC2 instances from the ECS-optimized AMI,
ami-0a1b2c3d4e5f60004, which comes with Docker and the ECS agent, and with
the instance profile you made. Their user data is a script that runs at first
boot and tells the agent which cluster to join; the laptop has it in
ecs-user-data.sh (cat it):

```
#!/bin/bash
echo ECS_CLUSTER=bakery >> /etc/ecs/ecs.config
```

Pass it with --user-data file://ecs-user-data.sh and the role with
--iam-instance-profile Name=ecsInstanceRole.

A t3.medium (2 vCPU, 4 GiB, about $0.0416 an hour) leaves room for a few
tasks each. Put one in us-east-1a and one in us-east-1b, so that a zone going
dark leaves the shop half its capacity. One run-instances call launches
everything into a single subnet, so a single zone, even with --count 2: make
two calls, each with its own --placement AvailabilityZone=us-east-1a (then
us-east-1b). Wait, then look with
aws ecs list-container-instances --cluster bakery.

@goal container-instance cluster=bakery agent-connected=true az=us-east-1a and container-instance cluster=bakery agent-connected=true az=us-east-1b -> ecs-taskdef
  ~ score +10
  > Two container instances registered, one per zone: EC2 plus the agent. They
  > show up in both aws ec2 describe-instances and ECS.
@goal container-instance cluster=bakery agent-connected=true count>=2 -> ecs-taskdef
  ~ score +5
  > Two container instances registered: EC2 plus the agent. They are not one
  > in us-east-1a and one in us-east-1b, though (aws ecs
  > list-container-instances, then describe-container-instances, shows each
  > one's zone). If they share a zone, as one run-instances call makes them,
  > an outage of that zone takes all of the capacity, not half. Half the
  > points: next time, one run-instances call per zone, each with --placement.
@check container-instance cluster=default count=1
  > That instance joined a cluster called default, because no script of its
  > user data named one. Terminate it and launch with --user-data
  > file://ecs-user-data.sh.
@check container-instance cluster=default count>=2
  > Those instances joined a cluster called default, because no script in
  > their user data named one. Terminate them and launch with --user-data
  > file://ecs-user-data.sh.
@on aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001
  > Plain Amazon Linux has no ECS agent, so that instance will never join the
  > cluster. Use the ECS-optimized AMI, ami-0a1b2c3d4e5f60004.

@task container-instance cluster=bakery agent-connected=true count>=2
  ~ run aws ecs create-cluster --cluster-name bakery
  ~ run aws iam create-role --role-name ecsInstanceRole --assume-role-policy-document file://trust-ec2.json
  ~ run aws iam attach-role-policy --role-name ecsInstanceRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role
  ~ run aws iam create-instance-profile --instance-profile-name ecsInstanceRole
  ~ run aws iam add-role-to-instance-profile --instance-profile-name ecsInstanceRole --role-name ecsInstanceRole
  > The bakery cluster has no capacity yet, and ecsInstanceRole is ready. Give
  > it two t3.medium container instances that join it.

:: ecs-taskdef
@title The task definition
@objective Read taskdef.json, fix the mistake in it, and register it.
@hint ECS reads a JSON description of your containers: cat taskdef.json shows it. Register it and read the error.
@hint The error names a line and column: JSON allows no comma after the last item of a list. edit taskdef.json (or nano, or vi) opens it; in line mode, d N, r N TEXT and w do the work.
@hint Remove the comma at the end of line 13 of taskdef.json (edit taskdef.json), then type: aws ecs register-task-definition --cli-input-json file://taskdef.json
@setup run aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60004 --instance-type t3.medium --iam-instance-profile Name=ecsInstanceRole --user-data file://ecs-user-data.sh --placement AvailabilityZone=us-east-1a
@setup run aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60004 --instance-type t3.medium --iam-instance-profile Name=ecsInstanceRole --user-data file://ecs-user-data.sh --placement AvailabilityZone=us-east-1b
@setup wait 60

ECS needs to know what to run. A task definition is JSON, and a colleague
left one on your laptop in taskdef.json. Read it:

cat taskdef.json

The family names it; containerDefinitions lists the containers with their
image from ECR, CPU units, memory in MiB and ports. hostPort 0 asks for a
dynamic host port: in bridge mode each task gets a free, random port on its
instance, so several tasks that all listen on 80 inside can share one
instance, and the load balancer learns each task's port when ECS registers
it in the target group.

Your colleague edited it in a hurry, and the AWS CLI reads the file before
it sends anything. Register it, read what the CLI says, fix the file with
edit taskdef.json (nano and vi work too), and register it again:

```
aws ecs register-task-definition --cli-input-json file://taskdef.json
```

Each registration becomes a new revision: web:1, web:2, and so on.

@goal task-definition family=web -> ecs-task
  ~ score +10
  > Registered as web:1. Nothing runs yet: a task definition is a blueprint.

:: ecs-task
@title Run one task
@concept Task definitions and tasks
@objective Run one task of web on the bakery cluster with the EC2 launch type, and wait until it is RUNNING.
@hint A task is a running copy of the task definition.
@hint aws ecs run-task takes --cluster, --task-definition and --launch-type EC2.
@hint Type: aws ecs run-task --cluster bakery --task-definition web --launch-type EC2, then wait
@setup run echo '{"family": "web", "requiresCompatibilities": ["EC2"], "networkMode": "bridge", "containerDefinitions": [{"name": "web", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1", "cpu": 256, "memory": 256, "essential": true, "portMappings": [{"containerPort": 80, "hostPort": 0, "protocol": "tcp"}]}]}' > taskdef.json
@setup run aws ecs register-task-definition --cli-input-json file://taskdef.json

Start one copy of it on your container instances:

```
aws ecs run-task --cluster bakery --task-definition web --launch-type EC2
```

The agent on one instance pulls the image from ECR and starts the container.
Watch it with aws ecs describe-tasks or list-tasks.

@goal task cluster=bakery launch-type=EC2 status=RUNNING -> ecs-task-stop
  ~ score +10
  > Your first task runs on one of your container instances.
@on aws ecs run-task --launch-type FARGATE
  > Fargate is chapter 4. Here the point is your own EC2 capacity: use
  > --launch-type EC2.

@task task cluster=bakery launch-type=EC2 status=RUNNING
  ~ run aws ecs create-cluster --cluster-name bakery
  ~ run aws iam create-role --role-name ecsInstanceRole --assume-role-policy-document file://trust-ec2.json
  ~ run aws iam attach-role-policy --role-name ecsInstanceRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role
  ~ run aws iam create-instance-profile --instance-profile-name ecsInstanceRole
  ~ run aws iam add-role-to-instance-profile --instance-profile-name ecsInstanceRole --role-name ecsInstanceRole
  ~ run aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60004 --instance-type t3.medium --iam-instance-profile Name=ecsInstanceRole --user-data file://ecs-user-data.sh
  ~ run aws ecs register-task-definition --cli-input-json file://taskdef.json
  ~ wait 90
  > The web task definition is registered and the bakery cluster has a
  > container instance. Run one copy of web on it.

:: ecs-task-stop
@title A task on its own
@objective Stop the task with aws ecs stop-task and see whether anything replaces it.
@hint Find the task id with aws ecs list-tasks --cluster bakery.
@hint A task started by run-task belongs to no service, so nothing watches it.
@hint Type: aws ecs stop-task --cluster bakery --task TASK-ID, then wait
@setup run aws ecs run-task --cluster bakery --task-definition web --launch-type EC2
@setup wait 60

Pretend the container crashed: stop it with
aws ecs stop-task --cluster bakery --task TASK-ID. Then wait and list the
tasks again.

@goal task cluster=bakery status=STOPPED and task cluster=bakery status=RUNNING count=0 -> ecs-alb
  ~ score +5
  > Gone, and nothing replaced it. run-task starts tasks once; keeping them
  > alive is a service's job.

:: ecs-alb
@title A front door
@objective Put an Application Load Balancer called web-lb in front of the cluster: its own security group open on port 80, a target group web-tg, and a listener on port 80 that forwards to it; wait until it is active.
@hint Four pieces: a security group for the load balancer, the load balancer in two zones, a target group for the tasks, and a listener that joins them.
@hint Let the load balancer's group in on port 80 from anywhere, and the instances' group (the default group) in on the tasks' dynamic host ports, 32768-65535, from the load balancer's group.
@hint Type: SG=$(aws ec2 create-security-group --group-name web-lb-sg --description "bakery load balancer" --query GroupId --output text), then aws ec2 authorize-security-group-ingress --group-id $SG --protocol tcp --port 80 --cidr 0.0.0.0/0, then aws ec2 authorize-security-group-ingress --group-id sg-0c0ffee0defa17c01 --protocol tcp --port 32768-65535 --source-group $SG
@hint Type: aws elbv2 create-load-balancer --name web-lb --subnets subnet-0defa000000000001 subnet-0defb000000000001 --security-groups $SG, then aws elbv2 create-target-group --name web-tg --protocol HTTP --port 80 --vpc-id vpc-0c0ffee0defa17c0d
@hint Type: aws elbv2 create-listener --load-balancer-arn arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-lb/575e7aacdf39f49e --protocol HTTP --port 80 --default-actions Type=forward,TargetGroupArn=arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/45c2f21578608480, then wait
@setup run aws ecs stop-task --cluster bakery --task ${task cluster=bakery status=RUNNING}
@setup wait 30

Customers cannot keep a list of task addresses: tasks come and go. They
need one name that always answers. An Application Load Balancer is that
name. It listens on a port, picks a healthy target from a target group and
passes the request on. Build it in four steps.

The load balancer gets its own security group, open to the public on port
80. Keep its id in a variable:

```
SG=$(aws ec2 create-security-group --group-name web-lb-sg --description "bakery load balancer" --query GroupId --output text)
```

```
aws ec2 authorize-security-group-ingress --group-id $SG --protocol tcp --port 80 --cidr 0.0.0.0/0
```

Your container instances sit in the default group. Remember hostPort 0:
a task does not listen on the instance's port 80 but on a port Docker
picks from the ephemeral range, 32768 and up, and ECS tells the target
group which one. So let the load balancer reach that whole range, naming
its group rather than an address:

```
aws ec2 authorize-security-group-ingress --group-id sg-0c0ffee0defa17c01 --protocol tcp --port 32768-65535 --source-group $SG
```

Then the load balancer itself, in two Availability Zones, and an empty
target group in the default VPC:

```
aws elbv2 create-load-balancer --name web-lb --subnets subnet-0defa000000000001 subnet-0defb000000000001 --security-groups $SG
```

```
aws elbv2 create-target-group --name web-tg --protocol HTTP --port 80 --vpc-id vpc-0c0ffee0defa17c0d
```

Last, a listener joins the two. Both ARNs come from the answers above:

```
aws elbv2 create-listener --load-balancer-arn arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-lb/575e7aacdf39f49e --protocol HTTP --port 80 --default-actions Type=forward,TargetGroupArn=arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/45c2f21578608480
```

A new load balancer provisions for a couple of minutes. Wait until
aws elbv2 describe-load-balancers shows it active.

@goal alb id=web-lb state=active listeners>=1 and target-group id=web-tg load-balancers=web-lb -> ecs-service
  ~ score +10
  > The front door is open. Nothing stands behind it yet: the target group
  > is empty until a service registers its tasks there.
@check alb id=web-lb state=provisioning listeners>=1
  > The load balancer, its target group and its listener are there; it is
  > still provisioning: wait. Its health checks will reach the tasks only
  > through the default group's rule for 32768-65535 from its own group.

