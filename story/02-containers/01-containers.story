// Chapter 2: what a container packages, containers versus VMs, images, and ECR push and pull.
@chapter 2 Containers

@glossary Container: an app packed with everything it needs to run (code, runtime, libraries, settings), sharing the host's operating system kernel.
@glossary Kernel: the core of an operating system. Containers on one host share its kernel; each virtual machine boots its own.
@glossary Hypervisor: the software that splits a physical server into virtual machines, each with a full operating system.
@glossary Container image: the saved, read-only package a container starts from, built from a Dockerfile.
@glossary Dockerfile: the recipe for a container image: a base image, files to copy, commands to run.
@glossary Docker: the common tool to build, tag, push, pull and run container images.
@glossary ECR: Elastic Container Registry, private repositories for container images (OCI images and artifacts) in your AWS account.
@glossary Repository: a named store of image versions in a registry, e.g. ACCOUNT.dkr.ecr.REGION.amazonaws.com/web.
@glossary Tag: a name for one version of an image, e.g. v1. It can move to new content unless the repository makes tags immutable.
@glossary Digest: sha256:... the fingerprint of an image's exact content. Unlike a tag it never changes.
@glossary Image URI: where an image lives: ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPOSITORY:TAG.
@glossary Microservices: an app split into small services that talk to each other, each often shipped as its own container.

:: ctr-intro
@title What goes in the box
@objective Say what a container image carries.
@hint Think of what the app needs to start on a brand new machine.
@hint An image holds the code, the language runtime, libraries and settings. It borrows the kernel from the host.
@hint Pick 3.

The bakery's developers have split the shop into small services: a web
front end, an orders API and a worker that prints topper designs. Each runs
fine on the laptop that built it and breaks on the next one: a different
Python, a missing library.

A container fixes that. It packs an app together with everything the app
needs (its code, its runtime, its libraries, its settings) into one
standard unit that runs the same way on any machine with a container
runtime. The package it starts from is called an image.

What goes into the orders API's container image?

* The code only; the server provides the rest
  > Then it would break again on any server with a different runtime or
  > library version. The point is to carry the dependencies along.
* A whole operating system with its own kernel, like an AMI
  > That describes a virtual machine. A container brings user-space files but
  > shares the host's kernel.
* The code, the Python runtime, the libraries and the settings it needs -> ctr-vs-vm
  ~ score +5
  > Exactly: everything the app needs, nothing it does not, and no kernel.

:: ctr-vs-vm
@title Containers and virtual machines
@objective Decide which runs the three bakery services better on one server, and why.
@hint Count the operating systems in each picture.
@hint VMs run on a hypervisor, each with a full OS and kernel. Containers share the host's kernel, so they are lighter and start in seconds or less.
@hint Pick 2.

Picture one server. With virtual machines, a hypervisor splits it into
several machines, and each boots its own full operating system and kernel.
With containers, one operating system runs, and every container shares its
kernel while keeping its own files, processes and network.

That makes containers lighter (no extra OS per app) and quicker to start (no
boot, just a process). A VM gives stronger separation and a full OS of its
own: its own kernel, any package you like.

The three services are small and change often. On one server, what fits?

* Three VMs, one per service
  > That works, but each VM boots its own OS: three kernels to patch, more
  > memory used, and minutes to start a new copy.
* Three containers sharing the host's kernel -> ctr-build
  ~ score +5
  ~ badge Lightweight
  > Right. Less overhead per service and near-instant starts, which suits small
  > services that ship often.
* One VM per service, but with a smaller AMI
  > Still one kernel and one boot per service. A smaller AMI does not change
  > how a VM works.
* It depends on whether a service needs its own kernel or OS
  > True in general, and worth asking. Here none of them do, so pick the
  > lighter option.

:: ctr-build
@title Build an image
@concept Building a container image
@objective Build the web app's image on your laptop as web:v1 with docker build.
@hint Images are built from a Dockerfile with docker build.
@hint docker build -t NAME:TAG CONTEXT builds the Dockerfile in CONTEXT and names the image. Your laptop's web app is in '.'.
@hint Type: docker build -t web:v1 .

On your laptop (simulated too) there are three sample apps: '.' is the web
front end, './api' the orders API and './worker' the print worker. Each has a
Dockerfile, the recipe its image is built from. Read the web front end's
first:

```
cat Dockerfile
```

Then build it, naming the image web with the tag v1, and list your local
images:

```
docker build -t web:v1 .
docker images
```

@on ok cat Dockerfile
  > FROM names the base image to start from (nginx on Alpine Linux, a small
  > web server). COPY puts the shop's pages into it. EXPOSE says the
  > container listens on port 80. No kernel, no boot: the host provides those.

@goal local-image id~web -> ctr-repo
  ~ score +10
  > Built. The image exists only on your laptop so far: no server in AWS can
  > run it until it is in a registry.

@task local-image id~web
  > Package the web app in the current folder as a container image called
  > web:v1.

:: ctr-repo
@title A registry of your own
@objective Create a private ECR repository called web.
@hint Images are stored in a registry; on AWS that is ECR.
@hint aws ecr create-repository --repository-name NAME makes a private repository and prints its URI.
@hint Type: aws ecr create-repository --repository-name web
@setup run docker build -t web:v1 .

Servers pull images from a registry. Amazon ECR, the Elastic Container
Registry, gives you private repositories in your account. A repository keeps
every version of one image, each with a tag, and each stored by its digest
(a sha256 fingerprint of the exact content). Storage costs about $0.10 per
GB-month.

Create a repository for the web app and note its URI: it looks like
123456789012.dkr.ecr.us-east-1.amazonaws.com/web.

@goal ecr-repository id=web -> ctr-push
  ~ score +10
  > Your repository exists. Now put the image in it.
@check ecr-repository id!=web
  > That repository has another name. The steps ahead use web; create that
  > one too.

:: ctr-push
@title Push
@concept ECR: push and pull
@objective Log docker in to ECR, tag web:v1 with the repository URI, and push it.
@hint Three steps: log in, tag, push.
@hint docker login needs a password from aws ecr get-login-password. docker tag gives the local image the repository's URI as its name. docker push uploads it.
@hint Type: URI=$(aws ecr describe-repositories --repository-names web --query 'repositories[0].repositoryUri' --output text), then aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com, then docker tag web:v1 $URI:v1, then docker push $URI:v1
@setup run aws ecr create-repository --repository-name web

Pushing takes three steps, and every one of them names the repository by its
URI. Ask for it once and keep it in a shell variable, as scripts do:

```
URI=$(aws ecr describe-repositories --repository-names web --query 'repositories[0].repositoryUri' --output text)
echo $URI
```

1. Log in. ECR hands out a short-lived password, and docker reads it from the
pipe:

```
aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com
```

2. Tag. docker push sends an image wherever its name points, so give web:v1 a
second name, the repository URI:

```
docker tag web:v1 $URI:v1
```

3. Push:

```
docker push $URI:v1
```

@goal ecr-image repository=web -> ctr-pull
  ~ score +15
  > Pushed. Look at it with aws ecr describe-images --repository-name web:
  > the tag v1 points at a digest.
@on error * docker push web:v1
  > Without a registry host in its name, docker push goes to Docker Hub. Tag the
  > image with your ECR URI first and push that name.

@task ecr-image repository=web
  ~ run docker build -t web:v1 .
  ~ run aws ecr create-repository --repository-name web
  > The image web:v1 is built and an ECR repository called web is waiting.
  > Get the image into it.

:: ctr-pull
@title Pull it back
@concept ECR: push and pull
@objective Pull web:v1 from ECR by its full URI, as any server would.
@hint Pulling is the mirror of pushing.
@hint Any machine that is logged in to ECR can docker pull the URI; ECS and EKS do the same when they start your containers.
@hint Type: docker pull 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
@setup run aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com
@setup run docker tag web:v1 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
@setup run docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1

Every server that runs the web app will pull it exactly like this, by its
full URI. Do it once yourself:

```
docker pull 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
```

Your laptop already holds that image (you built it), so docker only checks
the digest and says it is up to date; a fresh server would download the
layers. Then compare the digest it prints with the one in aws ecr
describe-images.

* Skip ahead: pulling is the same name the other way round -> ctr-alone
  ? flag fluent:ctr-push
  > Skipped. You pushed without a single hint, so this guided step has
  > nothing new for you. On to the orders API, on your own.

@on ok docker pull 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
  ~ flag pulled-ecr
@on docker pull web:v1
  > Without the registry in the name, docker looks on Docker Hub, not in your
  > ECR repository. Pull the full URI.
@goal flag pulled-ecr and local-image id~dkr.ecr -> ctr-alone
  ~ score +10
  > Pulled. Same digest, same bytes, on any machine. That is why an orchestrator
  > can start your container anywhere.

:: ctr-alone
@title Your turn: ship the orders API
@concept ECR: push and pull
@objective Build the orders API (./api) and push it to a new ECR repository called api, tag v1.
@hint Same steps as the web app, with another app and another repository.
@hint Build from ./api, create repository api, tag with its URI, push (you are still logged in). create-repository can print the URI for a variable: URI=$(aws ecr create-repository --repository-name api --query repository.repositoryUri --output text)
@hint Type: docker build -t api:v1 ./api, aws ecr create-repository --repository-name api, docker tag api:v1 123456789012.dkr.ecr.us-east-1.amazonaws.com/api:v1, docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/api:v1
@setup run docker pull 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1
@setup flag pulled-ecr

@goal ecr-image repository=api app=api -> ctr-oncall
  ~ score +20
  ~ badge Shipper
  > The orders API is in ECR, ready for any orchestrator to pull. Its digest
  > is the one your build of ./api made: ECR knows an image only by that.
@check ecr-repository id=api
  > The api repository exists. Tag the image with its URI and push.
@check ecr-image repository=api app!=api
  > Pushed, but ECR does not care what is inside: the digest in the api
  > repository is not the one your ./api build made (docker images shows
  > which IMAGE ID each tag points to). Build ./api, tag that image with the
  > api URI and push it again.

@task ecr-image repository=api app=api
  > Ship the api service: build ./api as api:v1 and push it to a new ECR
  > repository called api.

:: ctr-oncall
@title On call: the batch that forgot
@callback ec2-hibernate
@concept Stop versus hibernate
@objective Put the order batch back in RAM on nightly-batch, then stop it so the batch survives the night.
@hint It is chapter 1's lesson: which kind of stop keeps what is in RAM?
@hint nightly-batch was launched able to hibernate. Write the batch to /dev/shm, stop it with --hibernate, then wait until it is stopped.
@hint Type: aws ec2 describe-instances --filters Name=tag:Name,Values=nightly-batch, then ssh -i bakery.pem ec2-user@ITS-PUBLIC-IP 'echo half-done order batch > /dev/shm/batch', then aws ec2 stop-instances --instance-ids ITS-ID --hibernate, then wait
@setup run docker build -t api:v1 ./api
@setup run aws ecr create-repository --repository-name api
@setup run docker tag api:v1 123456789012.dkr.ecr.us-east-1.amazonaws.com/api:v1
@setup run docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/api:v1
~ run aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro --key-name bakery --hibernation-options Configured=true --block-device-mappings 'DeviceName=/dev/xvda,Ebs={Encrypted=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=nightly-batch}]'
~ wait 60

Your phone buzzes before the container work is put away: you are on call
this week, and an incident has your name on it.

Last night someone stopped the bakery's batch server, nightly-batch, to save
money. A plain stop is a power-off. The half-done order batch the server kept
in RAM, under /dev/shm, was lost, and the bakers started the day without
their order list.

The server is running again, and it was launched able to hibernate. Put the
batch back in RAM, then stop the server tonight in the way that keeps it.
'describe-instances' with a filter on the Name tag finds its id and its
public IP; your key pair bakery opens it.

@goal instance name=nightly-batch hibernated=true state=stopped ram-files~/dev/shm/ -> ch2-quiz-1
  ~ score +10
  ~ badge On Call
  > Resolved. The batch sleeps on the encrypted root volume and comes back
  > into RAM when the server starts. Chapter 1 paid off.
@check instance name=nightly-batch state=stopping hibernated=false
  > That is last night's mistake again: a stop without --hibernate is a
  > power-off, and the batch in /dev/shm is already gone with the RAM. Wait
  > until it is stopped, start it, write the batch again, and this time stop
  > it with --hibernate, which writes RAM to the encrypted root volume first.
@check instance name=nightly-batch hibernated=true state=stopped ram-files=
  > It hibernated with nothing in /dev/shm. Start it, write the batch first,
  > then hibernate.

:: ch2-quiz-1
@title Containers check 1 of 3
@concept Containers versus VMs
@quiz
@objective Answer the question.
@hint What do containers share with their host?
@hint The kernel is shared; that is why they are lighter and start faster than VMs.
@hint Pick 'A container starts a process on a kernel already running'.
@setup run ssh -i bakery.pem ec2-user@${instance name=nightly-batch state=running .public-ip} 'echo half-done order batch > /dev/shm/batch'
@setup run aws ec2 stop-instances --instance-ids ${instance name=nightly-batch state=running} --hibernate
@setup wait 120

Why does a new container usually start in well under a second, while a new
virtual machine takes a minute or so?

* Containers run on faster, newer hardware than VMs
  > They can run on the very same server. The difference is what has to start.
* A container starts a process on a kernel already running -> ch2-quiz-2
  ~ score +5
  > Right. No boot, no second kernel: just the app and its files.
* Containers skip the network setup that a VM needs
  > Containers get networking too. The time saved is the operating system boot.

:: ch2-quiz-2
@title Containers check 2 of 3
@concept Image tags and digests
@quiz
@objective Answer the question.
@hint One of them names content that can change; the other names exact bytes.
@hint A tag can be moved to a new image; a digest (sha256:...) is the content's fingerprint.
@hint Pick 'Its digest, sha256:...'.

You must be sure production runs exactly the image that passed testing, byte
for byte. What do you deploy by?

* Its digest, sha256:... -> ch2-quiz-3
  ~ score +5
  > Yes. A digest names exact content; a tag like v1 or latest can be moved to
  > another image unless the repository makes tags immutable.
* The tag latest
  > latest is just a tag that someone can move at any time: the least precise
  > name of all.
* The repository name
  > A repository holds many images; its name alone does not pick one.

:: ch2-quiz-3
@title Containers check 3 of 3
@concept ECR: push and pull
@quiz
@objective Answer the question.
@hint The push needs the image's name to say where it goes.
@hint docker push sends an image to the registry named in its name; a bare name means Docker Hub.
@hint Pick 'Tagging the image with the ECR repository's URI'.

A teammate runs docker push orders:v2 and gets an error about docker.io.
What did they skip?

* Creating an EC2 instance for the registry to run on
  > ECR needs no servers of yours. The problem is where the push went.
* Building the image before pushing it
  > The image exists: the push found it. It went to the wrong registry.
* Tagging the image with the ECR repository's URI -> ch2-end
  ~ score +5
  > Right. Tag it as 123456789012.dkr.ecr.us-east-1.amazonaws.com/orders:v2,
  > log in with get-login-password, and push that name.

:: ch2-end
@title Chapter 2 complete
@objective Continue to chapter 3, orchestration.
@hint Type 1.
@hint Chapter 3 runs many containers across many servers.
@hint Type 1.

You packed apps into images, stored them in ECR and pulled them back. One
container on one laptop is easy. Dozens of them across servers and
Availability Zones, restarted when they crash, is a job for an orchestrator.

~ badge Chapter 2

* On to orchestration -> orc-why
  ~ score +5
