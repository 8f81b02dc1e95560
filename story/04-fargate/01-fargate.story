// Chapter 4: Fargate, serverless containers, and what it costs next to the EC2 launch type.
@chapter 4 Fargate

@glossary Fargate: serverless compute for containers. ECS or EKS run your tasks or pods on capacity AWS manages; you pay per vCPU and GB of memory per second, with a one-minute minimum.
@glossary awsvpc: the network mode where each task gets its own network interface and private IP. Fargate requires it.
@glossary Task size: the task-level cpu (in units: 1024 = 1 vCPU) and memory (MiB) a Fargate task asks for, from a fixed list of valid pairs.
@glossary Task execution role: the IAM role ECS assumes to start a task for you, pulling its image from a private ECR repository and sending its logs. It trusts ecs-tasks.amazonaws.com and usually carries AmazonECSTaskExecutionRolePolicy; a Fargate task definition with an ECR image must name one.
@glossary vCPU-hour: one virtual CPU for one hour; Fargate bills about $0.04048 per vCPU-hour (Linux/x86, us-east-1).

:: far-intro
@title No instances at all
@objective Say what Fargate changes compared with the EC2 launch type.
@hint Look at what you had to launch, patch and pay for in chapter 3.
@hint With Fargate, AWS runs the capacity; you ask for CPU and memory per task and pay for those, per second.
@hint Pick 1.

In chapter 3 your containers ran on EC2 instances that you launched, sized,
paid for by the hour (busy or idle) and would have to patch. AWS Fargate
removes them. It is serverless compute for containers: ECS (or EKS) runs
each task on capacity AWS looks after, isolated from other tasks, and you
never see an instance.

You pay for what each task asks for, from the moment its image starts
downloading until it stops: about $0.04048 per vCPU-hour and $0.004445 per
GB-hour of memory (Linux/x86, us-east-1), billed per second with a
one-minute minimum.

What changes for you with Fargate?

* No instances to run or patch; you pay per task for its CPU and memory -> far-role
  ~ score +5
  > Right. Your unit of capacity becomes the task, not the server.
* Containers no longer need images
  > Fargate still pulls your image from ECR. What disappears is the server
  > under the container.
* It is free while the task runs
  > Fargate bills every second a task runs. An idle EC2 instance is what you
  > stop paying for.

:: far-role
@title Your turn: a role for the pull
@concept IAM roles and instance profiles
@objective Make the role ecsTaskExecutionRole, trusted by ECS tasks (ecs-tasks.amazonaws.com), with the managed policy AmazonECSTaskExecutionRolePolicy.
@hint It is the third role of the course: a trust policy that names who assumes it, and a managed policy for what it may do.
@hint aws iam create-role with file://trust-ecs-tasks.json (cat it), then aws iam attach-role-policy with arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy.
@hint Type: aws iam create-role --role-name ecsTaskExecutionRole --assume-role-policy-document file://trust-ecs-tasks.json, then aws iam attach-role-policy --role-name ecsTaskExecutionRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy

On your container instances, the ECS agent pulled web:v1 from ECR with the
credentials of ecsInstanceRole. On Fargate nothing of yours runs under the
task, so ECS itself does the pull, and it needs a role of yours to do it
with: the task execution role. The task definition names it in
executionRoleArn, and ECS refuses to register a Fargate task definition
with a private ECR image and no such role.

You have made two roles already; make this one alone. Call it
ecsTaskExecutionRole, as fargate-taskdef.json expects. The service that
assumes it is ecs-tasks.amazonaws.com (the laptop's trust-ecs-tasks.json),
and AWS's managed policy AmazonECSTaskExecutionRolePolicy, under
arn:aws:iam::aws:policy/service-role/, lets it read ECR images and write
the task's logs.

@goal role id=ecsTaskExecutionRole trusts~ecs-tasks.amazonaws.com policies~AmazonECSTaskExecutionRolePolicy -> far-taskdef
  ~ score +10
  > ECS tasks may assume the role, and it may pull from ECR. Fargate will use
  > it every time a task of web-fargate starts.
@check role id=ecsTaskExecutionRole and not role id=ecsTaskExecutionRole trusts~ecs-tasks.amazonaws.com
  > That role trusts another service, so ECS cannot assume it for a task.
  > Swap its trust policy in place: aws iam update-assume-role-policy
  > --role-name ecsTaskExecutionRole --policy-document
  > file://trust-ecs-tasks.json (delete-role would refuse with DeleteConflict
  > while a policy is attached: detach it first with aws iam
  > detach-role-policy).

@task role id=ecsTaskExecutionRole trusts~ecs-tasks.amazonaws.com policies~AmazonECSTaskExecutionRolePolicy
  > A new account needs the role ECS uses to pull private images for
  > Fargate tasks. Make ecsTaskExecutionRole, with what it needs.

:: far-taskdef
@title A task definition for Fargate
@objective Register the Fargate task definition in fargate-taskdef.json.
@hint Fargate asks more of a task definition than EC2 does.
@hint It needs requiresCompatibilities FARGATE, networkMode awsvpc and task-level cpu and memory from the valid list, e.g. 256 with 512.
@hint Type: aws ecs register-task-definition --cli-input-json file://fargate-taskdef.json
@setup run aws iam create-role --role-name ecsTaskExecutionRole --assume-role-policy-document file://trust-ecs-tasks.json
@setup run aws iam attach-role-policy --role-name ecsTaskExecutionRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy

Fargate is strict about task definitions. It needs networkMode awsvpc (each
task gets its own network interface), the FARGATE compatibility, the
execution role you just made, and task-level cpu and memory from a fixed list. For
0.25 vCPU (256 units) the memory can be 512, 1024 or 2048 MiB; for 0.5 vCPU
(512), 1024 to 4096 in 1024 steps.

Your folder has fargate-taskdef.json (family web-fargate, cpu 256, memory
512) and broken-taskdef.json. Try the broken one first if you like, and read
why it is refused. Then register the good one.

@goal task-definition family=web-fargate compatibilities~FARGATE -> far-run
  ~ score +10
  > Registered. Same image as before; only the packaging changed.
@on error ClientException aws ecs register-task-definition --cli-input-json file://broken-taskdef.json
  > ECS names one problem per refusal, and as it came the file has three
  > things Fargate will not take: bridge networking (Fargate needs awsvpc),
  > 256 CPU units with more than 2048 MiB, and a container with no image.
  ~ flag saw-broken-taskdef

:: far-run
@title Run it on Fargate
@concept Fargate: containers without instances
@objective Run one web-fargate task with the FARGATE launch type and wait until it is RUNNING.
@hint No container instances are needed this time, only a subnet.
@hint run-task takes --launch-type FARGATE and --network-configuration with a subnet and a public IP.
@hint Type: aws ecs run-task --cluster bakery --task-definition web-fargate --launch-type FARGATE --network-configuration 'awsvpcConfiguration={subnets=[subnet-0defa000000000001],assignPublicIp=ENABLED}', then wait
@setup run aws ecs register-task-definition --cli-input-json file://fargate-taskdef.json

Run it. With awsvpc networking you say which subnet the task's network
interface goes in. The default VPC's subnets are public: a task there
reaches ECR over the internet only with a public IP of its own, so ask for
one with assignPublicIp=ENABLED. (In a private subnet, a NAT gateway or VPC
endpoints for ECR would be the way out instead.)

```
aws ecs run-task --cluster bakery --task-definition web-fargate --launch-type FARGATE --network-configuration 'awsvpcConfiguration={subnets=[subnet-0defa000000000001],assignPublicIp=ENABLED}'
```

@goal task launch-type=FARGATE status=RUNNING -> far-compare
  ~ score +10
  > Running, and aws ec2 describe-instances shows no new instance. The task
  > has its own private IP in the subnet.
@on error * aws ecs run-task --task-definition web --launch-type FARGATE
  > The web task definition is EC2-only with bridge networking. Use
  > web-fargate.
@check task launch-type=FARGATE status=STOPPED
  > That task stopped before it ran. aws ecs describe-tasks shows why in
  > stoppedReason: CannotPullContainerError with a timeout means no way out
  > to ECR (run it again with assignPublicIp=ENABLED); with
  > AccessDeniedException, the execution role lacks its policy.

@task task launch-type=FARGATE status=RUNNING
  ~ run aws ecr create-repository --repository-name web
  ~ run docker build -t web:v1 .
  ~ run docker tag web:v1 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
  ~ run aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com
  ~ run docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
  ~ run aws ecs create-cluster --cluster-name bakery
  ~ run aws iam create-role --role-name ecsTaskExecutionRole --assume-role-policy-document file://trust-ecs-tasks.json
  ~ run aws iam attach-role-policy --role-name ecsTaskExecutionRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy
  ~ run aws ecs register-task-definition --cli-input-json file://fargate-taskdef.json
  > The web-fargate task definition is registered in the bakery cluster.
  > Run one copy with no instances of your own to look after.

:: far-compare
@title The same task, both ways
@objective Run the nginx task definition once on EC2 and once on Fargate, until both are RUNNING.
@hint nginx-taskdef.json is compatible with both launch types.
@hint Register it, then run-task twice: --launch-type EC2, and --launch-type FARGATE with a network configuration. EC2 needs a running container instance in bakery.
@hint Type: aws ecs register-task-definition --cli-input-json file://nginx-taskdef.json, aws ecs run-task --cluster bakery --task-definition nginx --launch-type EC2 --network-configuration 'awsvpcConfiguration={subnets=[subnet-0defa000000000001]}', aws ecs run-task --cluster bakery --task-definition nginx --launch-type FARGATE --network-configuration 'awsvpcConfiguration={subnets=[subnet-0defa000000000001],assignPublicIp=ENABLED}'
@setup run aws ecs run-task --cluster bakery --task-definition web-fargate --launch-type FARGATE --network-configuration 'awsvpcConfiguration={subnets=[subnet-0defa000000000001],assignPublicIp=ENABLED}'
@setup wait 60

Which costs less? Measure it. nginx-taskdef.json asks for 256 CPU units and
512 MiB and is compatible with both launch types. Register it, run one copy
with --launch-type EC2 on your container instances and one with
--launch-type FARGATE. Once both are RUNNING, the next step lets an hour
pass on the bill.

If you terminated your container instances at the end of chapter 3, launch
one again (ECS-optimized AMI, --iam-instance-profile Name=ecsInstanceRole,
--user-data file://ecs-user-data.sh) first.

@goal task task-definition~nginx launch-type=EC2 status=RUNNING and task task-definition~nginx launch-type=FARGATE status=RUNNING -> far-cost
  ~ score +10
  > Both run. Now the clock can do the measuring.

:: far-cost
@title Read the bill
@objective Let an hour pass, read the bill, and say which launch type costs less for this task.
@hint Type 'wait 1h', then 'bill'. Under 'Billed now', compare a Fargate task's rate per hour with a t3.medium's.
@hint Fargate bills the task's 0.25 vCPU and 0.5 GB: about $0.012 an hour. The EC2 instance bills its whole t3.medium, about $0.0416 an hour, however few tasks it runs.
@hint Pick 2.
@setup run aws ecs register-task-definition --cli-input-json file://nginx-taskdef.json
@setup run aws ecs run-task --cluster bakery --task-definition nginx --launch-type EC2 --network-configuration 'awsvpcConfiguration={subnets=[subnet-0defa000000000001]}'
@setup run aws ecs run-task --cluster bakery --task-definition nginx --launch-type FARGATE --network-configuration 'awsvpcConfiguration={subnets=[subnet-0defa000000000001],assignPublicIp=ENABLED}'
@setup wait 60

Let one hour pass ('wait 1h'), then type 'bill'. Its last part, 'Billed
now', lists what each resource costs per hour at this moment, EC2 above
Fargate, so you compare the same hour, not totals since different starts.
The Fargate task is billed for exactly what it asked for. Your container
instance is billed as a whole t3.medium, whether it runs one task or several.

So, for this one small task, which is cheaper, and when would that flip?

* EC2, always: instances are cheaper than Fargate
  > Not for one small task: the whole instance bills about $0.0416 an hour
  > while the Fargate task bills about $0.012.
* Fargate for one task; EC2 once instances are packed with steady work -> far-alone
  ~ score +10
  ~ badge Bean Counter
  > Right, and packing has a catch. In awsvpc mode each task takes its own
  > network interface, and a t3.medium has three, one of them its own: only
  > two of these tasks fit, and two Fargate tasks cost about $0.025 an hour,
  > less than the instance. Packing pays with bridge networking, as chapter
  > 3's web tasks use: by memory, after what the system keeps, seven 512 MiB
  > tasks fit, and seven on Fargate cost about $0.086 an hour. Idle, half
  > empty or spiky, Fargate wins, and it takes the patching off your hands.
* They cost the same; only the management differs
  > The bill says otherwise: Fargate charges per task size, EC2 per instance,
  > so the winner depends on how full the instances are.

:: far-alone
@title Your turn: a Fargate service
@concept Fargate: containers without instances
@objective Create an ECS service called web-fargate in bakery that keeps 2 Fargate tasks running.
@hint A service works with Fargate too.
@hint create-service with --launch-type FARGATE, --desired-count 2 and a --network-configuration with subnets in two zones.
@hint Type: aws ecs create-service --cluster bakery --service-name web-fargate --task-definition web-fargate --desired-count 2 --launch-type FARGATE --network-configuration 'awsvpcConfiguration={subnets=[subnet-0defa000000000001,subnet-0defb000000000001],assignPublicIp=ENABLED}', then wait

@goal service launch-type=FARGATE running>=2 -> far-oncall
  ~ score +20
  ~ badge Serverless Containers
  > Two tasks kept alive by the service, and no server of yours anywhere. Give
  > it subnets in two zones and it spreads the tasks across them.
@check service launch-type=EC2 id=web-fargate
  > That service runs on EC2 instances. The brief was Fargate: delete it and
  > create it with --launch-type FARGATE.

@task service launch-type=FARGATE running>=2
  ~ run aws ecr create-repository --repository-name web
  ~ run docker build -t web:v1 .
  ~ run docker tag web:v1 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
  ~ run aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com
  ~ run docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
  ~ run aws ecs create-cluster --cluster-name bakery
  ~ run aws iam create-role --role-name ecsTaskExecutionRole --assume-role-policy-document file://trust-ecs-tasks.json
  ~ run aws iam attach-role-policy --role-name ecsTaskExecutionRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy
  ~ run aws ecs register-task-definition --cli-input-json file://fargate-taskdef.json
  > Keep two copies of web-fargate running on Fargate, replaced when one
  > stops, in the bakery cluster.

:: far-oncall
@title On call: roll back the release
@callback ecs-taskdef
@concept Task definitions and tasks
@objective Roll the web-fargate service back to revision 1 of its task definition.
@hint It is chapter 3's lesson: each registration of a task definition adds a revision, and the old ones stay.
@hint update-service takes --task-definition FAMILY:REVISION. Point the service at revision 1, then wait for new tasks.
@hint Type: aws ecs update-service --cluster bakery --service web-fargate --task-definition web-fargate:1, then wait
@setup run aws ecs create-service --cluster bakery --service-name web-fargate --task-definition web-fargate --desired-count 2 --launch-type FARGATE --network-configuration 'awsvpcConfiguration={subnets=[subnet-0defa000000000001,subnet-0defb000000000001],assignPublicIp=ENABLED}'
@setup wait 60
~ run aws ecs register-task-definition --cli-input-json '{"family": "web-fargate", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole", "containerDefinitions": [{"name": "web", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:rc", "essential": true, "portMappings": [{"containerPort": 80, "protocol": "tcp"}]}]}'
~ run aws ecs update-service --cluster bakery --service web-fargate --task-definition web-fargate:2
~ wait 60

Ten minutes after a deploy, the pager. Someone registered revision 2 of
web-fargate, pointing at a release-candidate image (web:rc) that was never
pushed, and moved the service to it. Its new tasks cannot start: each stops
with CannotPullContainerError, ECS keeps retrying, ever more slowly, and the
release is stuck half done. Only the old tasks, which a rolling update keeps
until new ones run, are still serving the shop.

There is no need to rebuild anything. Revisions are never changed once
registered, and revision 1, the one that worked, is still there. Point the
service back at it.

@goal service id=web-fargate task-definition=web-fargate:1 running>=2 and task service=web-fargate status=PENDING count=0 -> ch4-quiz-1
  ~ score +10
  > Resolved. The service replaced its tasks with revision 1. Rolling back is
  > one update-service, because every revision stays registered.
@check service id=web-fargate task-definition=web-fargate:1
  > The service points at revision 1 again; wait while it replaces the tasks.
@on ok aws ecs update-service --task-definition web-fargate
  > A family name alone, web-fargate, means its latest ACTIVE revision, and
  > that is revision 2, the broken one: the service just deployed the same
  > release again. Name the revision that worked: --task-definition
  > web-fargate:1.
@on ok aws ecs update-service --task-definition=web-fargate
  > A family name alone, web-fargate, means its latest ACTIVE revision, and
  > that is revision 2, the broken one: the service just deployed the same
  > release again. Name the revision that worked: --task-definition
  > web-fargate:1.

:: ch4-quiz-1
@title Fargate check 1 of 2
@concept Fargate task sizes
@quiz
@objective Answer the question.
@hint Look at the valid Fargate sizes for 0.25 vCPU.
@hint 256 CPU units go with 512, 1024 or 2048 MiB only.
@hint Pick 'It is refused: 256 CPU units allow at most 2048 MiB'.
@setup run aws ecs update-service --cluster bakery --service web-fargate --task-definition web-fargate:1
@setup wait 60

A task definition asks Fargate for cpu 256 and memory 4096. What happens?

* It runs with 4 GB and a quarter of a vCPU
  > Fargate only accepts listed pairs, and this is not one of them.
* Fargate quietly rounds the memory down to 2048 MiB
  > Fargate does not adjust it for you; it refuses the definition.
* It is refused: 256 CPU units allow at most 2048 MiB -> ch4-quiz-2
  ~ score +5
  > Right. For 4096 MiB ask for at least 512 units: cpu 512 with memory 4096 is
  > a valid pair.

:: ch4-quiz-2
@title Fargate check 2 of 2
@concept Fargate versus EC2 cost
@quiz
@objective Answer the question.
@hint Think about how busy and how packed the instances would be.
@hint EC2 bills whole instances; Fargate bills task size per second.
@hint Pick 'Fargate: pay only for the twenty minutes of tasks'.

A batch job runs for ten minutes twice a day in containers. Which launch
type fits?

* Fargate: pay only for the twenty minutes of tasks -> ch4-end
  ~ score +5
  > Right. An EC2 instance kept for it would sit idle most of the day and still
  > bill every hour.
* EC2: instances cost less per vCPU than Fargate tasks
  > Per vCPU while busy, perhaps, but this one would idle for more than 23
  > hours a day.
* Lightsail: one fixed monthly price, easy to budget
  > Lightsail does run containers (its container services), but at a fixed
  > monthly price for the capacity you pick, so it bills the whole month for
  > twenty minutes of work a day.

:: ch4-end
@title Chapter 4 complete
@objective Continue to chapter 5, serverless and Lambda.
@hint Type 1.
@hint Chapter 5 drops containers too.
@hint Type 1.

Fargate took the servers out of containers. Next, take the containers out
too: just code, run when something happens.

~ badge Chapter 4

* On to serverless -> sls-idea
  ~ score +5
