// Chapter 1, part 3: resizing, your own AMI and its snapshot, the default VPC, and a web page on an instance.
@chapter 1 Virtual machines

@glossary Compute: the processing power that runs your code. AWS offers three kinds: virtual machines, containers and serverless.
@glossary EC2: Elastic Compute Cloud, the AWS service that rents virtual servers (instances) by the second.
@glossary Instance: one virtual server on EC2, launched from an AMI with a chosen instance type.
@glossary AMI: Amazon Machine Image, the template an instance boots from: a root volume snapshot, launch permissions and a block-device mapping. Regional, reusable, and you can make your own from an instance.
@glossary Instance type: the size of an instance (vCPUs, memory, price). The letter is the family: t burstable, m general purpose, c compute optimised, r memory optimised.
@glossary Resizable: a stopped EBS-backed instance can change its instance type, then start again.
@glossary Default VPC: the network every region gives you, 172.31.0.0/16, with a public subnet per Availability Zone and an internet gateway.
@glossary Subnet: a slice of a VPC in one Availability Zone. Default subnets hand out public IPv4 addresses.
@glossary Security group: a firewall around an instance. It lets in only the traffic a rule names (a port, and where it may come from, such as your own IP for SSH on 22); anything without a rule is dropped. Answers to what went out are let back in.
@glossary Key pair: the lock and key for logging in over SSH. AWS keeps the public half and puts it on the instance at launch; you keep the private half, a .pem file, and show it with ssh -i. Lose the file and you cannot get it again.
@glossary Availability Zone: one or more separate data centres inside a region, e.g. us-east-1a.
@glossary EBS: Elastic Block Store, the network disk an instance boots from. It survives a stop and is billed while it exists.
@glossary Stop: power off an instance. RAM is lost, the EBS root stays, the public IPv4 address is released.
@glossary Hibernate: a stop that first saves RAM to the encrypted EBS root and restores it on start. Only if enabled at launch.
@glossary Terminate: delete an instance for good; its root volume goes too.
@glossary Lightsail: the friendly virtual server: one predictable price (by the hour, never more than the monthly price) for server, disk, transfer and DNS, with the VPC and EBS hidden; billed until deleted, stopped or not.
@glossary Static IP: a Lightsail address you allocate and attach to an instance so it survives stop and start; free while attached, billed once unattached for more than an hour.
@glossary Blueprint: what a Lightsail instance starts with: an app such as WordPress, or a plain operating system.
@glossary Bundle: a Lightsail plan, e.g. nano_3_0 for about $5 a month with 512 MB of RAM.

:: ec2-resize
@title Resizable capacity
@concept Instance types and resizing
@objective Resize your first instance to a t3.small: stop it, change its type, start it again.
@hint Resizing needs the instance to be stopped first.
@hint The type of a stopped EBS-backed instance can change with aws ec2 modify-instance-attribute; then start it again.
@hint Type: aws ec2 stop-instances --instance-ids FIRST-ID, wait, aws ec2 modify-instance-attribute --instance-id FIRST-ID --instance-type t3.small, aws ec2 start-instances --instance-ids FIRST-ID, wait
@setup run aws ec2 start-instances --instance-ids ${instance hibernation=true state=stopped}
@setup wait 60

Word of the cake toppers spreads, and the tracker on your first instance now
wants 2 GiB of memory. You do not need a new server: EC2 capacity is
resizable. The recipe has three steps.

First stop the instance (aws ec2 stop-instances). Then change its type while
it is stopped:

```
aws ec2 modify-instance-attribute --instance-id ID --instance-type t3.small
```

A t3.small has 2 vCPUs and 2 GiB for about $0.0208 an hour. Then start it
again and wait until it runs.

@goal instance type=t3.small state=running key-name=bakery -> ec2-image
  ~ score +10
  ~ badge Right-Sizer
  > Same instance, same disk, twice the memory. The type changed while it was
  > powered off, which is why the stop comes first.
@check instance type=t3.micro state=stopped hibernation=false key-name=bakery
  > Stopped. Now change its type with modify-instance-attribute while it is
  > stopped.
@check instance type=t3.small state=stopped key-name=bakery
  > Resized. Start it again with start-instances and wait.
@on aws ec2 modify-instance-attribute --instance-type m5.large
  > An m5.large has 8 GiB at about $0.096 an hour: four times what the
  > tracker needs. A t3.small is enough.

@task instance type=t3.small state=running and instance count=1
  ~ run aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro
  ~ wait 60
  > The t3.micro here runs out of memory every lunchtime. Make that same
  > instance a t3.small, and have it running again.

:: ec2-image
@title Bake your own AMI
@objective Make an AMI from your resized instance with aws ec2 create-image.
@hint An AMI can come from an instance as well as from the catalog.
@hint aws ec2 create-image takes --instance-id and --name. By default it reboots the instance so the disk is consistent.
@hint Type: aws ec2 create-image --instance-id FIRST-ID --name order-tracker-v1
@setup run aws ec2 stop-instances --instance-ids ${instance hibernation=false state=running}
@setup wait 60
@setup run aws ec2 modify-instance-attribute --instance-id ${instance hibernation=false state=stopped} --instance-type t3.small
@setup run aws ec2 start-instances --instance-ids ${instance hibernation=false state=stopped}
@setup wait 60

Setting up the tracker took a while: packages, a config file, a service. The
holiday rush is coming and you want more servers exactly like this one.

An AMI works both ways: it creates instances, and an instance can become an
AMI. aws ec2 create-image takes a snapshot of the instance's root volume and
registers it as a new image that only your account can see. By default it
reboots the instance first, so no file is caught half-written; --no-reboot
skips that.

The new AMI starts as pending while EC2 copies the volume, and nothing can
launch from it until it is available. aws ec2 wait image-available
--image-ids followed by its id waits for that. The copy is an EBS snapshot,
billed at about $0.05 per GB-month for as long as it exists, even after the
AMI is gone.

Make an AMI called order-tracker-v1 from the resized instance, and wait
until it is available.

@goal image owner=self state=available -> ec2-copies
  ~ score +10
  > Your own AMI, ready to launch. Look at it with aws ec2 describe-images
  > --owners self, and at its snapshot with aws ec2 describe-snapshots
  > --owner-ids self.
@check image owner=self state=pending
  > Pending: EC2 is still copying the disk. Wait for it with aws ec2 wait
  > image-available --image-ids ${image owner=self .id}, or type 'wait'.
@on aws ec2 create-image --no-reboot
  > Skipping the reboot keeps the instance up, at the risk of an inconsistent disk. For
  > a quiet tracker it is a fair trade, but know what you skipped.

:: ec2-copies
@title Two more just like it
@concept AMIs: reuse an image
@objective Launch two instances from your own AMI in one command.
@hint Your AMI's id is in aws ec2 describe-images --owners self.
@hint run-instances launches any AMI, yours included, and --count sets how many.
@hint Type: aws ec2 run-instances --image-id YOUR-AMI-ID --instance-type t3.small --count 2
@setup run aws ec2 create-image --instance-id ${instance type=t3.small state=running} --name order-tracker-v1
@setup wait 60

@goal instance image!=ami-0a1b2c3d4e5f60001 image!=ami-0a1b2c3d4e5f60002 image!=ami-0a1b2c3d4e5f60003 image!=ami-0a1b2c3d4e5f60004 state!=terminated state!=shutting-down count=2 -> ec2-vpc
  ~ score +15
  ~ badge Image Maker
  > Two copies of the tracker, each a full server booted from your image. That
  > reuse is the point of an AMI.
@check instance image!=ami-0a1b2c3d4e5f60001 image!=ami-0a1b2c3d4e5f60002 image!=ami-0a1b2c3d4e5f60003 image!=ami-0a1b2c3d4e5f60004 state!=terminated state!=shutting-down count=1
  > One copy so far. The rush needs two: launch one more, or use --count 2 next
  > time.
@check instance image!=ami-0a1b2c3d4e5f60001 image!=ami-0a1b2c3d4e5f60002 image!=ami-0a1b2c3d4e5f60003 image!=ami-0a1b2c3d4e5f60004 state!=terminated state!=shutting-down count=3
  > That makes three copies from your image, one more than the rush needs, and
  > each is billed. Terminate one (aws ec2 terminate-instances --instance-ids
  > ID) to leave two.
@check instance image!=ami-0a1b2c3d4e5f60001 image!=ami-0a1b2c3d4e5f60002 image!=ami-0a1b2c3d4e5f60003 image!=ami-0a1b2c3d4e5f60004 state!=terminated state!=shutting-down count>=4
  > That makes more than two copies from your image (describe-instances counts
  > them), and each is billed. Terminate the extras to leave two.
@on aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001
  > That is the plain Amazon Linux image from the catalog, not your tracker.
  > Launch from the AMI you just made.
@on aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60002
  > That is the plain Ubuntu image, not your tracker. Use your own AMI's id.

@task instance image!=ami-0a1b2c3d4e5f60001 image!=ami-0a1b2c3d4e5f60002 image!=ami-0a1b2c3d4e5f60003 image!=ami-0a1b2c3d4e5f60004 state!=terminated count=2
  ~ run aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.small
  ~ wait 60
  > The web server here is set up just right. Make an image of it, wait until
  > it is available, then launch two more servers from that image.

:: ec2-vpc
@title Where did they land?
@objective Look at the default VPC and its subnets, then say why your instances are reachable from the internet.
@hint Run aws ec2 describe-vpcs and aws ec2 describe-subnets.
@hint A subnet is public when its route table sends 0.0.0.0/0 to an internet gateway and it gives instances public IPs.
@hint Pick 2.
@setup run aws ec2 run-instances --image-id ${image owner=self} --instance-type t3.small --count 2

You never named a network, yet every instance got a private and a public
address. Look: aws ec2 describe-vpcs shows the default VPC, 172.31.0.0/16,
and aws ec2 describe-subnets shows one /20 subnet in each Availability Zone.
aws ec2 describe-availability-zones lists those zones: a name like us-east-1a
is your account's label, while its zone ID (use1-az1) names the same place in
every account.

Copies launched by one --count 2 call share one of those subnets, and so one
zone: a single run-instances call puts everything it launches into one
subnet, the one you name with --subnet-id (or pick with --placement
AvailabilityZone=...), else a default subnet EC2 chooses. To spread servers
over zones, launch them with separate calls, one per zone.

Why is anything you launch here public by default?

* Because every VPC is open to the internet
  > Not every VPC: a VPC you create yourself starts private, with no internet
  > gateway. It is the default VPC that AWS sets up to be public.
* Its subnets route to an internet gateway and hand out public IPs -> ec2-web
  ~ score +10
  > Right. Their route table sends 0.0.0.0/0 to an internet gateway and they
  > give every new instance a public IPv4 address, so it is reachable from the
  > internet as soon as its
  > security group allows the traffic. Each public address costs about $0.005
  > an hour, too. For real work, put private things in private subnets.
* Because the default security group allows all inbound traffic
  > The other way round: the default security group lets traffic out freely,
  > but in only from itself. The public part comes from the subnets.

:: ec2-web
@title Open the shop window
@concept Key pairs and security groups
@objective Put a page on your first instance, let web traffic in with a security group rule, and fetch the page with curl.
@hint curl waits and gives up when no security group rule lets its port in.
@hint Web traffic is TCP port 80. A page for everyone allows it from anywhere: 0.0.0.0/0.
@hint Type: aws ec2 authorize-security-group-ingress --group-id sg-0c0ffee0defa17c01 --protocol tcp --port 80 --cidr 0.0.0.0/0, then curl http://${instance key-name=bakery type=t3.small state=running .public-ip}

The tracker is a web app, and the shop's staff will open it in a browser. A
fresh instance serves nothing: it needs a web server, installed and started
as root with sudo, and a page in /var/www/html, a folder that belongs to root
(so the page is written through sudo tee, not with a plain >). On your first
instance, the one you can reach with ssh, do all three in one line, then ask
for the page from the laptop the way a browser does:

```
ssh -i bakery.pem ec2-user@${instance key-name=bakery type=t3.small state=running .public-ip} 'sudo dnf install -y httpd && sudo systemctl enable --now httpd && echo Order tracker | sudo tee /var/www/html/index.html'
curl http://${instance key-name=bakery type=t3.small state=running .public-ip}
```

enable --now starts the server and also starts it at every boot, so it
survives a stop and start.

@if instance key-name=bakery type=t3.small state=running image=ami-0a1b2c3d4e5f60002
Your instance runs Ubuntu: the ssh line starts with ubuntu@ instead of
ec2-user@, and Ubuntu installs with apt-get, whose apache2 package starts by
itself: 'sudo apt-get install -y apache2 && echo Order tracker | sudo tee
/var/www/html/index.html'.

@if not flag served-page
curl will wait and give up. Its security group lets in SSH from your address
and nothing else, and a security group never answers "no": it drops what it
does not allow, so all the caller sees is a timeout. Web traffic is TCP port
80. For a page everyone may open, allow port 80 from anywhere (0.0.0.0/0) in
the group, then run curl again.

@goal flag served-page -> ec2-terminate
  ~ score +10
  > The page came back: the security group let port 80 in. Open each port only
  > as wide as its users need: a public page to everyone, SSH to your laptop.
@check security-group http-from~203.0.113.25/32 and not security-group http-from~0.0.0.0/0
  > That lets in only your laptop, so curl works for you, but the staff's
  > browsers come from other addresses. A page for everyone needs 0.0.0.0/0.
@on ok curl
  ~ flag served-page
@on error * curl
  > A timeout means the packets were dropped at the security group: add a
  > rule for TCP port 80 with aws ec2 authorize-security-group-ingress. A
  > refused connection means they got through, but no web server runs yet.

@task security-group http-from~0.0.0.0/0
  ~ run aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro
  ~ wait 60
  > This instance is to serve a page to everyone, but nobody outside reaches it:
  > requests time out. Let the web in, and nothing else.
