// Chapter 3, second part: EKS, ECS and EKS side by side, and choosing an orchestrator for a team.
@chapter 3 Orchestration

@glossary Cluster role: the IAM role the EKS control plane acts as in your account (network interfaces, load balancers). It trusts eks.amazonaws.com and carries AmazonEKSClusterPolicy.
@glossary Node role: the IAM role of EKS worker nodes. It trusts ec2.amazonaws.com and carries AmazonEKSWorkerNodePolicy, AmazonEKS_CNI_Policy and AmazonEC2ContainerRegistryReadOnly.

:: eks-intro
@title Kubernetes on AWS
@objective Say what EKS runs for you and what you still run.
@hint EKS is managed Kubernetes.
@hint AWS runs the control plane (about $0.10 per cluster-hour); your pods run on worker nodes (EC2 in node groups) or on Fargate.
@hint Pick 1.
@setup run docker tag web:v2 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v2
@setup run docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v2

Some of the bakery's new hires know Kubernetes, the open-source
orchestrator that runs the same way on any cloud or in your own data centre.
Amazon EKS runs Kubernetes for you.

EKS manages the control plane, the brain that stores what should run and
schedules it, for about $0.10 per cluster-hour. The machines that run your
containers are worker nodes: EC2 instances in managed node groups, your own
self-managed nodes, or Fargate. Kubernetes runs containers in pods, and keeps
a number of identical pods alive with a deployment. You talk to it with
kubectl.

What do you still look after with EKS on EC2 nodes?

* The worker nodes: their type, count and updates -> eks-cluster
  ~ score +5
  > Right. The control plane is AWS's job; the nodes are EC2 instances you
  > choose and pay for, as with ECS on EC2.
* The Kubernetes control plane
  > That is exactly what EKS takes off your hands, for its hourly fee.
* Nothing: EKS is serverless
  > Not with EC2 nodes. Only with Fargate do the nodes disappear (chapter 4).

:: eks-cluster
@title An EKS cluster
@objective Make the role eksClusterRole (trusted by EKS, with AmazonEKSClusterPolicy), then create an EKS cluster called shop with it and wait until it is ACTIVE.
@hint EKS manages network interfaces and load balancers in your account for the control plane, so, like the ECS agent, it acts through an IAM role you make first.
@hint Two IAM commands as for ecsInstanceRole, with trust-eks.json and the policy AmazonEKSClusterPolicy; then aws eks create-cluster with --role-arn and --resources-vpc-config subnetIds=... in two zones. It takes several minutes to become ACTIVE.
@hint Type: aws iam create-role --role-name eksClusterRole --assume-role-policy-document file://trust-eks.json, then aws iam attach-role-policy --role-name eksClusterRole --policy-arn arn:aws:iam::aws:policy/AmazonEKSClusterPolicy, then aws eks create-cluster --name shop --role-arn arn:aws:iam::123456789012:role/eksClusterRole --resources-vpc-config subnetIds=subnet-0defa000000000001,subnet-0defb000000000001, then wait 10m

The control plane works inside your account: it places network interfaces
in your subnets and, later, load balancers. EKS does that as an IAM role
you hand it, the cluster role. It is built like ecsInstanceRole, with two
differences: the service that assumes it is eks.amazonaws.com (see
'cat trust-eks.json'), and its permissions come from AWS's managed policy
AmazonEKSClusterPolicy. No instance profile this time: EKS takes the role
by its ARN.

```
aws iam create-role --role-name eksClusterRole --assume-role-policy-document file://trust-eks.json
aws iam attach-role-policy --role-name eksClusterRole --policy-arn arn:aws:iam::aws:policy/AmazonEKSClusterPolicy
```

Then create the control plane with that role, in two zones' subnets:

```
aws eks create-cluster --name shop --role-arn arn:aws:iam::123456789012:role/eksClusterRole --resources-vpc-config subnetIds=subnet-0defa000000000001,subnet-0defb000000000001
```

It is CREATING for several minutes: try 'wait 10m', then
aws eks describe-cluster --name shop.

@goal eks-cluster id=shop status=ACTIVE -> eks-nodes
  ~ score +10
  > ACTIVE. The control plane now bills about $0.10 an hour, with no node to
  > run anything yet.
@check eks-cluster id=shop status=CREATING
  > CREATING. Let time pass with 'wait 10m'.
@on error InvalidParameterException aws eks create-cluster
  > EKS checked the role before anything else: it must exist, trust
  > eks.amazonaws.com and carry AmazonEKSClusterPolicy. Fix the role with
  > the IAM commands above, then create the cluster again.

:: eks-nodes
@title Worker nodes
@objective Make the node role eksNodeRole (trusted by EC2, with the three node policies), then add a managed node group of two t3.medium worker nodes to the shop cluster.
@hint Worker nodes are EC2 instances whose kubelet calls EKS, ECR and the VPC for you: they need a role, as the ECS agent did.
@hint aws iam create-role with file://trust-ec2.json, then attach-role-policy three times: AmazonEKSWorkerNodePolicy, AmazonEKS_CNI_Policy, AmazonEC2ContainerRegistryReadOnly (all under arn:aws:iam::aws:policy/). Then aws eks create-nodegroup takes --cluster-name, --nodegroup-name, --node-role, --subnets, --instance-types and --scaling-config.
@hint Type: aws iam create-role --role-name eksNodeRole --assume-role-policy-document file://trust-ec2.json, then aws iam attach-role-policy --role-name eksNodeRole --policy-arn arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy (and the same with AmazonEKS_CNI_Policy and AmazonEC2ContainerRegistryReadOnly), then aws eks create-nodegroup --cluster-name shop --nodegroup-name workers --node-role arn:aws:iam::123456789012:role/eksNodeRole --subnets subnet-0defa000000000001 subnet-0defb000000000001 --instance-types t3.medium --scaling-config minSize=2,maxSize=4,desiredSize=2, then wait 5m
@setup run aws iam create-role --role-name eksClusterRole --assume-role-policy-document file://trust-eks.json
@setup run aws iam attach-role-policy --role-name eksClusterRole --policy-arn arn:aws:iam::aws:policy/AmazonEKSClusterPolicy
@setup run aws eks create-cluster --name shop --role-arn arn:aws:iam::123456789012:role/eksClusterRole --resources-vpc-config subnetIds=subnet-0defa000000000001,subnet-0defb000000000001
@setup wait 600

Worker nodes are EC2 instances, and the software on them (the kubelet
that joins the cluster, the network plugin that gives each pod an
address, the runtime that pulls images from ECR) calls AWS for you. So
they get a role too, the node role: this time you write it yourself. EC2
assumes it, as for ecsInstanceRole, so it is made from trust-ec2.json,
and it carries three AWS managed policies, under arn:aws:iam::aws:policy/:
AmazonEKSWorkerNodePolicy, AmazonEKS_CNI_Policy and
AmazonEC2ContainerRegistryReadOnly. Call it eksNodeRole. A managed node
group makes the instance profile for you.

Then add the nodes. A managed node group keeps a number of them between a
minimum and a maximum:

```
aws eks create-nodegroup --cluster-name shop --nodegroup-name workers --node-role arn:aws:iam::123456789012:role/eksNodeRole --subnets subnet-0defa000000000001 subnet-0defb000000000001 --instance-types t3.medium --scaling-config minSize=2,maxSize=4,desiredSize=2
```

Wait a few minutes, then look at kubectl get nodes and aws ec2 describe-instances.

@goal node cluster=shop status=Ready count>=2 -> eks-deploy
  ~ score +10
  > Two worker nodes. In ECS words, these are your container instances.
@check role id=eksNodeRole trusts~ec2.amazonaws.com policies~AmazonEKSWorkerNodePolicy policies~AmazonEKS_CNI_Policy policies~AmazonEC2ContainerRegistryReadOnly and nodegroup cluster=shop count=0
  ~ flag node-role-ready
  > The node role is ready: EC2 may assume it and it has the three node
  > policies. Now the node group.
@check role id=eksNodeRole trusts~ec2.amazonaws.com policies~AmazonEKSWorkerNodePolicy policies~AmazonEKS_CNI_Policy policies~AmazonEC2ContainerRegistryReadOnly and nodegroup cluster=shop and not flag node-role-ready
  ~ flag node-role-ready
  > The node role has all three node policies now. The node group already
  > uses it, so its nodes pick the change up on their own, with no new node
  > group: kubectl get nodes shows them Ready once they run.
@check node cluster=shop status=NotReady
  > The nodes joined but are NotReady: their network plugin cannot start
  > without AmazonEKS_CNI_Policy on the node role, so no pod could get an
  > address. Attach it to eksNodeRole; the nodes turn Ready on their own.
@on error InvalidParameterException aws eks create-nodegroup
  > EKS refused the node role: it must trust ec2.amazonaws.com and carry the
  > node policies. Check it with aws iam list-attached-role-policies
  > --role-name eksNodeRole.

:: eks-deploy
@title Pods
@objective Point kubectl at the shop cluster, run the web image as a deployment with 2 replicas, and see its pods running.
@hint kubectl needs to know which cluster to talk to; then Kubernetes runs containers in pods, kept alive by a deployment.
@hint aws eks update-kubeconfig --name shop sets kubectl up; kubectl create deployment NAME --image=URI --replicas=N starts pods; kubectl get pods lists them.
@hint Type: aws eks update-kubeconfig --name shop, then kubectl create deployment web --image=123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1 --replicas=2, then wait, then kubectl get pods
@setup run aws iam create-role --role-name eksNodeRole --assume-role-policy-document file://trust-ec2.json
@setup run aws iam attach-role-policy --role-name eksNodeRole --policy-arn arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy
@setup run aws iam attach-role-policy --role-name eksNodeRole --policy-arn arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy
@setup run aws iam attach-role-policy --role-name eksNodeRole --policy-arn arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly
@setup run aws eks create-nodegroup --cluster-name shop --nodegroup-name workers --node-role arn:aws:iam::123456789012:role/eksNodeRole --subnets subnet-0defa000000000001 subnet-0defb000000000001 --instance-types t3.medium --scaling-config minSize=2,maxSize=4,desiredSize=2
@setup wait 300

Same image, other orchestrator. First tell kubectl where the cluster is:

```
aws eks update-kubeconfig --name shop
```

Then create a deployment of the web image with two replicas:

```
kubectl create deployment web --image=123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1 --replicas=2
```

Then wait and run kubectl get pods.

@goal pod cluster=shop deployment=web status=Running count>=2 -> eks-scale
  ~ score +10
  > Two pods on your worker nodes. A pod is what ECS calls a task.
@check pod cluster=shop status~ImagePull
  > A pod is stuck on ErrImagePull: the node could not fetch that image. The
  > --image must be the ECR URI you pushed in chapter 2,
  > 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1, spelled exactly,
  > tag included. Remove the deployment (kubectl delete deployment web) and
  > create it again with that URI.

:: eks-scale
@title Your turn: scale out for the rush
@concept EKS deployments and pods
@objective Scale the web deployment out to 4 replicas and wait until all 4 are ready.
@hint A deployment's size is its replica count.
@hint kubectl scale changes the number of replicas.
@hint Type: kubectl scale deployment web --replicas=4, then wait
@setup run aws eks update-kubeconfig --name shop
@setup run kubectl create deployment web --image=123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1 --replicas=2
@setup wait 60

@goal deployment id=web replicas=4 ready=4 -> orc-terms
  ~ score +15
  ~ badge Kubernetes Captain
  > Four pods across two nodes, and you never picked where any of them went.
@check deployment id=web replicas>=5
  > More than the rush needs: each pod takes room on the nodes. Four was the
  > brief.

:: orc-terms
@title Same idea, two vocabularies
@concept ECS and EKS terms
@quiz
@objective Match the ECS word with its EKS word.
@hint One column is AWS-native, the other is Kubernetes.
@hint container instance = worker node; task = pod; ECS is AWS-native, EKS is Kubernetes.
@hint Pick 'A task on a container instance'.
@setup run kubectl scale deployment web --replicas=4
@setup wait 60

You have now used both. Side by side:

ECS: container instance, task, AWS-native. EKS: worker node, pod,
Kubernetes.

A colleague says "the pod on node 2 crashed". In ECS terms, that was:

* A service on a cluster
  > A service keeps tasks alive; the thing that crashed is the running copy
  > itself.
* A task on a container instance -> orc-pick-1
  ~ score +5
  > Right: pod = task, worker node = container instance.
* A task definition on an AMI
  > A task definition is the blueprint, not the running thing, and an AMI is
  > an image, not a machine.

:: orc-pick-1
@title Pick the orchestrator 1 of 3
@concept Picking an orchestrator
@quiz
@objective Pick the orchestrator that fits this team.
@hint What does the team already know, and where else do they run?
@hint Kubernetes runs the same on AWS, on other clouds and on premises; EKS manages it on AWS.
@hint Pick 'Amazon EKS'.

A logistics firm already runs Kubernetes in its own data centre, with
manifests and tooling the team knows well. It wants the same setup on AWS,
and some workloads will stay on premises.

* Amazon ECS
  > ECS would work on AWS, but the team would rewrite its Kubernetes manifests
  > and tooling and run two systems side by side.
* Amazon EKS -> orc-pick-2
  ~ score +5
  > Yes. Same Kubernetes, same kubectl, same manifests: EKS is the fit for
  > Kubernetes skills and hybrid setups. (ECS has a hybrid option too, ECS
  > Anywhere, which runs tasks on your own servers, but this team thinks in
  > Kubernetes.)
* Lightsail
  > Lightsail gives you simple servers, not an orchestrator for many
  > containers.

:: orc-pick-2
@title Pick the orchestrator 2 of 3
@concept Picking an orchestrator
@quiz
@objective Pick the orchestrator that fits this team.
@hint Which one is AWS-native, simpler, and free on top of its capacity?
@hint ECS is streamlined and integrated with AWS, with no control-plane fee; EKS has more knobs and an hourly cluster fee.
@hint Pick 'Amazon ECS'.

A three-person startup runs only on AWS, has never used Kubernetes, and
wants the simplest way to run a few containers behind a load balancer.

* Amazon ECS -> orc-pick-3
  ~ score +5
  > Right. ECS is AWS-native and simpler to learn, and it adds no fee of its
  > own.
* Amazon EKS
  > It would work, but it means learning Kubernetes and paying about $0.10 an
  > hour per cluster for a control plane they do not need.
* Both, one for each service
  > Two orchestrators for three people doubles the learning for no gain.

:: orc-pick-3
@title Pick the orchestrator 3 of 3
@concept Picking an orchestrator
@quiz
@objective Pick what this team should run its containers on.
@hint Think about who patches the servers.
@hint Both ECS and EKS can run on EC2 (you manage instances) or on Fargate (you do not).
@hint Pick 'Keep ECS and use the Fargate launch type'.

A team picked ECS, but nobody wants to patch, scale or replace EC2
instances. What should it change?

* Switch to EKS
  > EKS on EC2 nodes still leaves the instances to them.
* Use bigger instances so there are fewer to patch
  > Fewer servers are still servers to patch.
* Keep ECS and use the Fargate launch type -> ch3-end
  ~ score +5
  > Right, and that is the next chapter: containers with no instances to
  > manage.

:: ch3-end
@title Chapter 3 complete
@objective Continue to chapter 4, Fargate.
@hint Type 1.
@hint Chapter 4 removes the EC2 instances from the picture.
@hint Type 1.

You ran containers with ECS on your own EC2 instances and with EKS on worker
nodes, watched a service heal itself, and scaled in and out. Before going on,
stop paying for what you no longer need ('status' shows the bill):

The EKS cluster shop bills its control plane, about $0.10 an hour (some $73
a month), for as long as it exists, and its node group keeps two t3.medium
worker nodes running. Nothing later in the course uses them, so you may
delete them, node group first:

```
aws eks delete-nodegroup --cluster-name shop --nodegroup-name workers
```

then, once it is gone ('wait'):

```
aws eks delete-cluster --name shop
```

On the ECS side, scale the web service to 0 if you like. Keep at least one
container instance in bakery: chapter 4 compares a task on it with one on
Fargate (or launch one again when you get there). The load balancer web-lb
bills by the hour and for its two public IPv4 addresses, as your bill shows,
and in a real account also for the traffic it handles; nothing later uses
it:

```
aws elbv2 delete-load-balancer --load-balancer-arn arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-lb/575e7aacdf39f49e
```

~ badge Chapter 3

* On to Fargate -> far-intro
  ~ score +5
