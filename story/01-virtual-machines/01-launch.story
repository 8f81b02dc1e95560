// Chapter 1, part 1: EC2 from the AMI to the first ssh: type, key pair, launch, pending, firewall and RAM.
@chapter 1 Virtual machines

:: welcome
@title Your first day on the cloud team
@objective Pick the kind of compute that gives the order tracker a whole server of its own.
@hint Read the three options again with 'look', then pick the one that gives you a whole server.
@hint A virtual machine is a full computer with its own operating system; containers and functions hide that from you.
@hint Type 1.

Welcome to the cloud team at Pixel Bakery, a small shop that sells custom cake
toppers online. Everything you do here happens in a simulated AWS account:
nothing is real, nothing is billed to anyone, and you cannot break anything.

AWS gives you three ways to run code. A virtual machine is a whole server you
rent and control. A container packages an app with everything it needs and
shares a host's operating system. Serverless runs your code only when
something asks for it, on servers you never see.

The bakery's old order tracker needs a server of its own, with an operating
system you choose and can log in to. Which kind of compute fits?

* A virtual machine -> ec2-ami
  ~ score +5
  > Right. When you need a full operating system that you manage yourself, a
  > virtual machine is the fit. On AWS that is EC2, the Elastic Compute Cloud.
* A container
  > Close, but a container shares its host's operating system and kernel, so
  > you would not be choosing or logging in to an OS of its own. Containers come
  > in chapter 2.
* A serverless function
  > Not this time. With serverless there is no server to choose or log in to at
  > all: AWS runs your code only when it is called. That is chapter 5.

:: ec2-ami
@title First choice: the Amazon Machine Image
@objective Pick the AMI the order tracker will boot from.
@hint The first thing the launch wizard asks for (after a name) is the image to start from.
@hint An AMI is the template an instance boots from: an operating system and its disk. The order tracker runs on Linux.
@hint Pick Amazon Linux 2023 (1) or Ubuntu (2).

EC2 rents you virtual servers called instances. Before anything else, the
launch wizard asks which Amazon Machine Image, or AMI, to start from. The AMI
is the model; the instance is the running thing made from it. One AMI can
launch as many identical instances as you like.

The order tracker is a small Linux web app. The catalog in this region offers
three images. Which do you launch from?

* Amazon Linux 2023 (ami-0a1b2c3d4e5f60001) -> ec2-type
  ~ flag ami=ami-0a1b2c3d4e5f60001
  ~ score +5
  > Good pick: Amazon Linux 2023 is Linux, kept up to date by AWS, and made
  > for EC2.
* Ubuntu Server 24.04 LTS (ami-0a1b2c3d4e5f60002) -> ec2-type
  ~ flag ami=ami-0a1b2c3d4e5f60002
  ~ score +5
  > Good pick: Ubuntu is a popular Linux, and the tracker runs on it fine.
* Windows Server 2022 (ami-0a1b2c3d4e5f60003)
  > It would boot, but the tracker is a Linux app, and a Windows instance
  > carries a licence in its hourly price. Pick a Linux image.
* Skip the image; choose the instance size first
  > The wizard does not work that way: the AMI comes first, because the size
  > you can pick and the disk you get both depend on what you are booting.

:: ec2-type
@title Second choice: the instance type
@objective Pick an instance type that fits a tiny Linux web app.
@hint The tracker is tiny: a few requests a minute, little memory.
@hint The letter is the family: t burstable, m general purpose, c compute optimised, r memory optimised. The size follows the dot.
@hint Pick t3.micro (1).

Next comes the instance type: how many virtual CPUs and how much memory the
server gets, and so what it costs per hour. Prices here are about what AWS
charges On-Demand for Linux in us-east-1.

EC2 capacity is resizable: if you guess small and need more, you can stop the
instance and change its type later. So start small.

* t3.micro: 2 vCPU, 1 GiB, about $0.0104 an hour -> ec2-key
  ~ flag type=t3.micro
  ~ score +5
  > Sensible. A burstable t3.micro idles cheaply and bursts when orders arrive.
* r5.large: 2 vCPU, 16 GiB, about $0.126 an hour
  > That is memory optimised: 16 GiB for an app that needs well under one, at
  > about twelve times the price of a t3.micro. You can always resize later.
* c5.large: 2 vCPU, 4 GiB, about $0.085 an hour
  > Compute optimised instances are for CPU-heavy work like video encoding. The
  > tracker would sit idle on it, at about eight times a t3.micro's price.

:: ec2-key
@title Third choice: the key pair
@concept Key pairs and security groups
@objective Make a key pair called bakery, save its private key in bakery.pem, and make that file readable only by you (chmod 400).
@hint The wizard's next question is the key pair: make one with aws ec2 create-key-pair.
@hint AWS keeps the public half and puts it on the instance; the private half is shown once, so send it straight into a file with --query KeyMaterial --output text > bakery.pem. If bakery.pem came out empty or the key went to the screen, that key is lost: delete the pair and make it again into the file.
@hint Type: aws ec2 create-key-pair --key-name bakery --query KeyMaterial --output text > bakery.pem, then chmod 400 bakery.pem (a lost key first: aws ec2 delete-key-pair --key-name bakery and rm -f bakery.pem)

After the type, the launch wizard asks for a key pair. That is how you will
log in to the server later with SSH: AWS puts the public key on the instance
when it boots, and whoever holds the matching private key may log in.

AWS makes the pair for you and shows the private key exactly once, in the
answer to create-key-pair. It never stores a copy you can fetch again, so save
it in a file as it arrives:

```
aws ec2 create-key-pair --key-name bakery --query KeyMaterial --output text > bakery.pem
chmod 400 bakery.pem
```

The --query and --output text keep only the key itself, and chmod 400 lets no
one but you read the file (ssh refuses a key that others can read).

@goal key-pair name=bakery and file id=bakery.pem text~PRIVATE and flag key-locked -> ec2-launch
  ~ score +5
  > Saved and locked. 'aws ec2 describe-key-pairs' lists the pair, but never
  > the private key: that lives only in your bakery.pem.
@check key-pair name=bakery and file id=bakery.pem text~PRIVATE and not flag key-locked
  > The private key is in bakery.pem. Now the second line, chmod 400
  > bakery.pem, so that only you may read it.
@check key-pair name=bakery and file id=bakery.pem and not file id=bakery.pem text~PRIVATE
  > bakery.pem holds no private key. A '> bakery.pem' makes the file even
  > when the command before it fails (InvalidKeyPair.Duplicate: the pair was
  > already made, its key shown on the screen), and AWS never shows a key
  > twice. Start over: aws ec2 delete-key-pair --key-name bakery, rm -f
  > bakery.pem, then create the pair again into the file and chmod 400 it.
@on ok chmod 400 bakery.pem
  ~ flag key-locked
@on ok aws ec2 create-key-pair
  ~ unflag key-locked
@on ok rm bakery.pem
  ~ unflag key-locked
@check key-pair name=bakery and not file id=bakery.pem
  > The pair exists, but its private key went to the screen, not into a file,
  > and AWS will not show it again. Delete the pair (aws ec2 delete-key-pair
  > --key-name bakery) and create it again, ending with > bakery.pem.

:: ec2-launch
@title Launch it
@concept Launching an EC2 instance
@objective Launch one t3.micro from your AMI, with the key pair bakery, with aws ec2 run-instances.
@hint You launch instances with one AWS CLI command: aws ec2 run-instances.
@hint run-instances needs the AMI (--image-id) and the type (--instance-type); --key-name names the key pair. No network is needed: it goes into the default VPC.
@hint Type: aws ec2 run-instances --image-id ${flag ami} --instance-type t3.micro --key-name bakery
@setup run aws ec2 create-key-pair --key-name bakery --query KeyMaterial --output text > bakery.pem
@setup run chmod 400 bakery.pem
@setup flag key-locked

Time to launch. You type commands just like the real AWS CLI. Try
'aws ec2 run-instances help' to see what it takes, then launch one t3.micro
from the image you picked (${flag ami}), with --key-name bakery so that your
key will open it.

You will not name a network. Every region comes with a default VPC, a private
network with one public subnet in each Availability Zone, and new instances
land there unless you say otherwise.

@goal instance type=t3.micro key-name=bakery -> ec2-pending
  ~ score +10
  > Launched. AWS has accepted the request and is booting your server.
@check instance type=t3.micro key-name=
  > That one has no key pair, and a key pair can only be given at launch: no
  > key will ever open it. Terminate it (aws ec2 terminate-instances
  > --instance-ids ID) and launch again with --key-name bakery.
@check instance type!=t3.micro
  > That launched, but not as the t3.micro you planned, so it costs more per
  > hour. Terminate it (aws ec2 terminate-instances --instance-ids ID) and
  > launch a t3.micro.
@on aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60003
  > That is the Windows image. It will work as a lesson, but it is not what
  > the tracker needs.

@task instance type=t3.micro state=running
  > A teammate needs a small Linux server for a test. Launch one t3.micro from
  > Amazon Linux 2023 (ami-0a1b2c3d4e5f60001) and wait until it runs.

:: ec2-pending
@title Pending
@objective Answer why the new instance has a public IP, then wait until it is running.
@hint Look at your instance: aws ec2 describe-instances. Then let time pass.
@hint A new instance is 'pending' (state code 0) while AWS finds a host and boots it. Its instance hours bill only once it is 'running' (16); its volume and public IP bill from the start.
@hint Type: wait
@setup run aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro --key-name bakery

Look at it with 'aws ec2 describe-instances'. Its state is pending, code 0:
AWS is placing it on a host in one Availability Zone and booting the image.
Its instance hours are not billed while pending; the bill's lines for it so
far are its EBS root volume (billed in any state) and its public IPv4 address.

It also has a public IP address already. Why is that?

* Default subnets give every new instance a public IPv4 address
  ? not flag answered-public-ip
  ~ flag answered-public-ip
  ~ score +5
  > Exactly. The default VPC's subnets route to an internet gateway and hand
  > out public addresses, so anything you launch there can be reached from the
  > internet if its security group lets traffic in. Handy for a demo; think
  > twice before putting a database there.
* Because t3.micro instances are always public
  ? not flag answered-public-ip
  > No: the type only sets CPU and memory. The address comes from the network:
  > default subnets in the default VPC hand out public IPs.
* Because I asked for one
  ? not flag answered-public-ip
  > You did not: your command named only an AMI, a type and a key pair. The
  > default VPC's subnets gave it one on their own.

Now let some simulated time pass: type 'wait', then look again.

@goal instance type=t3.micro key-name=bakery state=running -> ec2-firewall
  > The state turned to running, code 16. From now on you pay per second.

:: ec2-firewall
@title Open the door for SSH
@concept Key pairs and security groups
@objective Let SSH (TCP port 22) in from your own address through the instance's security group.
@hint Try the ssh line, read why it fails, then find your address with: curl https://checkip.amazonaws.com
@hint A security group is a firewall around the instance. The default group lets in only instances of the same group, so add an inbound rule: TCP, port 22, from your address with /32 (exactly one address).
@hint Type: aws ec2 authorize-security-group-ingress --group-id sg-0c0ffee0defa17c01 --protocol tcp --port 22 --cidr 203.0.113.25/32
@setup wait 60

Your instance is running. To log in with SSH you need three things: the
private key (bakery.pem), the image's login user (ec2-user on Amazon Linux,
ubuntu on Ubuntu) and the instance's public IP, here
${instance state=running key-name=bakery .public-ip}. Try it:

```
ssh -i bakery.pem ec2-user@PUBLIC-IP 'ls /dev/shm'
```

@if instance state=running key-name=bakery image=ami-0a1b2c3d4e5f60002
You picked Ubuntu, so your login user is ubuntu: ubuntu@PUBLIC-IP.

@if instance state=running key-name=
The instance you launched without a key pair is still running, and billed,
though no key will ever open it: terminate it with aws ec2
terminate-instances --instance-ids ${instance state=running key-name= .id}.
The address above is the one launched with your key.

It waits, then times out. Every instance sits inside security groups, the
firewall of EC2, and you named none, so yours is in the default VPC's default
group (describe-instances shows it under SecurityGroups). That group lets in
only traffic from instances in the same group: your laptop is not one.

Add an inbound rule to it for TCP port 22 from your own address. Find that
address with 'curl https://checkip.amazonaws.com', and write it with /32,
which means exactly that one address.

@goal security-group id=sg-0c0ffee0defa17c01 ssh-open=true and not security-group id=sg-0c0ffee0defa17c01 ssh-from~0.0.0.0/0 -> ec2-ram
  ~ score +10
  > The door is open for SSH, and only for SSH: port 22, from your own
  > address and nowhere else.
@check security-group ssh-from~0.0.0.0/0
  > Not quite: that lets the whole internet knock on port 22. Your ssh would
  > work, but bots scan for open SSH all day, and AWS's own advice is to
  > allow SSH only from addresses you know. Take the rule back with
  > aws ec2 revoke-security-group-ingress and the same --group-id, --protocol,
  > --port and --cidr, then add your own address with /32. Or carry on as it
  > is, for fewer points.

* Carry on with SSH open to the whole internet -> ec2-ram
  ? security-group ssh-from~0.0.0.0/0
  ~ score +3
  > Carrying on. In a real account, close it soon: an open port 22 draws
  > password guessing from bots day and night.
@on error * ssh
  > Read the first line: a timeout means the firewall dropped the packets,
  > 'Permission denied' means the key or the user is wrong.

:: ec2-ram
@title Something in memory
@objective Write a file into RAM (/dev/shm) on your running instance with ssh.
@hint Use ssh with your key, the login user and the public IP, and write a file under /dev/shm.
@hint /dev/shm is a tmpfs: its files live in RAM, not on the disk. If ssh refuses bakery.pem because it is empty or gone, that key is lost for good: terminate the instance, make a new pair into the file (delete-key-pair, rm -f bakery.pem, create-key-pair ... > bakery.pem, chmod 400) and launch again with it.
@hint Type: ssh -i bakery.pem ec2-user@${instance state=running key-name=bakery .public-ip} 'echo half-done order batch > /dev/shm/batch' (ubuntu@ on Ubuntu)
@setup run aws ec2 authorize-security-group-ingress --group-id sg-0c0ffee0defa17c01 --protocol tcp --port 22 --cidr 203.0.113.25/32

Now you can log in. The order tracker keeps its batch of unsaved orders in
memory while it works. Put something in RAM yourself: on Linux, files under
/dev/shm live in memory, not on the disk.

Use ssh with your key, the login user and the public IP, for example:

```
ssh -i bakery.pem ec2-user@PUBLIC-IP 'echo half-done order batch > /dev/shm/batch'
```

@if instance state=running key-name=bakery image=ami-0a1b2c3d4e5f60002
Your instance runs Ubuntu, whose login user is ubuntu, not ec2-user: write
ubuntu@ in front of the address.

@if not file id=bakery.pem text~PRIVATE
Your bakery.pem holds no private key, and AWS cannot give it to you again.
The instance only lets in the key it was launched with, so start it over:
terminate the instance, delete the pair and rm -f bakery.pem, create the pair
again with its output into bakery.pem, chmod 400 it, and launch a new
instance with --key-name bakery.

@goal instance state=running key-name=bakery ram-files~/dev/shm/ -> ec2-stop
  ~ score +5
  > It is in RAM now. Remember it.
@check not file id=bakery.pem text~PRIVATE
  > bakery.pem no longer holds the private key, and AWS never shows it twice:
  > ssh cannot log in with it. Terminate the instance, delete the pair, rm -f
  > bakery.pem, create the pair again into the file, chmod 400 it and launch a
  > new instance with --key-name bakery.
