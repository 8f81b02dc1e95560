// Chapter 1, part 2: resizing, your own AMI, the default VPC, Lightsail, and the knowledge check.
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
it is stopped: aws ec2 modify-instance-attribute --instance-id ID
--instance-type t3.small. A t3.small has 2 vCPUs and 2 GiB for about $0.0208
an hour. Then start it again and wait until it runs.

@goal instance type=t3.small state=running -> ec2-image
  ~ score +10
  ~ badge Right-Sizer
  > Same instance, same disk, twice the memory. The type changed while it was
  > powered off, which is why the stop comes first.
@check instance type=t3.micro state=stopped hibernation=false
  > Stopped. Now change its type with modify-instance-attribute while it is
  > stopped.
@check instance type=t3.small state=stopped
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

@goal instance image!=ami-0a1b2c3d4e5f60001 image!=ami-0a1b2c3d4e5f60002 image!=ami-0a1b2c3d4e5f60003 image!=ami-0a1b2c3d4e5f60004 state!=terminated state!=shutting-down count>=2 -> ec2-vpc
  ~ score +15
  ~ badge Image Maker
  > Two copies of the tracker, each a full server booted from your image. That
  > reuse is the point of an AMI.
@check instance image!=ami-0a1b2c3d4e5f60001 image!=ami-0a1b2c3d4e5f60002 image!=ami-0a1b2c3d4e5f60003 image!=ami-0a1b2c3d4e5f60004 state!=terminated state!=shutting-down count=1
  > One copy so far. The rush needs two: launch one more, or use --count 2 next
  > time.
@on aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001
  > That is the plain Amazon Linux image from the catalog, not your tracker.
  > Launch from the AMI you just made.
@on aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60002
  > That is the plain Ubuntu image, not your tracker. Use your own AMI's id.

@task instance image!=ami-0a1b2c3d4e5f60001 image!=ami-0a1b2c3d4e5f60002 image!=ami-0a1b2c3d4e5f60003 image!=ami-0a1b2c3d4e5f60004 state!=terminated count>=2
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
@hint Type: aws ec2 authorize-security-group-ingress --group-id sg-0c0ffee0default01 --protocol tcp --port 80 --cidr 0.0.0.0/0, then curl http://${instance key-name=bakery type=t3.small state=running .public-ip}

The tracker is a web app, and the shop's staff will open it in a browser. Put
a start page on your first instance, the one you can reach with ssh, then ask
for it from the laptop the way a browser does:

```
ssh -i bakery.pem ec2-user@${instance key-name=bakery type=t3.small state=running .public-ip} 'echo Order tracker > /var/www/html/index.html'
curl http://${instance key-name=bakery type=t3.small state=running .public-ip}
```

@if instance key-name=bakery type=t3.small state=running image=ami-0a1b2c3d4e5f60002
Your instance runs Ubuntu, so the ssh line starts with ubuntu@ instead of
ec2-user@.

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
  > Timed out: the packets were dropped at the security group. Add a rule for
  > TCP port 80 with aws ec2 authorize-security-group-ingress.

@task security-group http-from~0.0.0.0/0
  ~ run aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro
  ~ wait 60
  > A web server runs on this instance, but nobody outside reaches its page:
  > requests time out. Let the web in, and nothing else.

:: ls-intro
@title The friendly server
@objective Choose how a friend with no AWS experience should run a WordPress site.
@hint Think about who will look after it, and how they want to pay.
@hint Lightsail bundles a server, disk, transfer and DNS for one monthly price, and hides the VPC and EBS.
@hint Pick 1.

Your friend Marta runs the flower stall next to the bakery. She wants a
WordPress site for her shop, she has never heard of a VPC, and she wants to
know the price before the month starts.

AWS has a friendlier server for exactly this: Lightsail. You pick a blueprint
(an app such as WordPress, LAMP or Nginx, or a plain OS) and a bundle (a fixed
monthly plan), and you get a running server with a public IP. Behind it is
the same kind of virtual machine as EC2, but the network, disks and security
groups stay out of sight.

What should Marta use?

* Lightsail, with the WordPress blueprint -> ls-wordpress
  ~ score +5
  > Yes. WordPress is installed for her, and the bill is the same every month.
* EC2, choosing an AMI, type, subnet and security group herself
  > EC2 could do it, but Marta would have to understand AMIs, subnets,
  > security groups and an hourly bill. Lightsail hides all of that behind one
  > monthly price.
* A Lambda function
  > WordPress is a long-running PHP app with a database; it is not a function
  > that runs on an event and stops. A server fits it.

:: ls-wordpress
@title A WordPress site in one command
@concept Lightsail: the friendly server
@objective Create a Lightsail instance from the WordPress blueprint on the $5 bundle, and wait until it runs.
@hint One Lightsail command creates the instance.
@hint create-instances needs --instance-names, --availability-zone, --blueprint-id wordpress and --bundle-id nano_3_0.
@hint Type: aws lightsail create-instances --instance-names marta-flowers --availability-zone us-east-1a --blueprint-id wordpress --bundle-id nano_3_0

Look at the plans with aws lightsail get-bundles and the apps with
aws lightsail get-blueprints. The smallest Linux plan, nano_3_0, costs about
$5 a month for 512 MB of RAM, 2 vCPUs, a 20 GB SSD and 1 TB of transfer.

Create Marta's site:

aws lightsail create-instances --instance-names marta-flowers
--availability-zone us-east-1a --blueprint-id wordpress --bundle-id nano_3_0

Then wait until it is running.

@goal lightsail-instance blueprint=wordpress state=running and flag needed-help:ls-wordpress -> ls-again
  ~ score +10
  > Her site is up. That took the whole command from the hints, so one more
  > with the guide comes before you work alone.
@goal lightsail-instance blueprint=wordpress state=running -> ls-alone
  ~ score +10
  > Her site is up at its public IP, with WordPress installed. No VPC, no
  > security group, no EBS volume to think about.
@check lightsail-instance blueprint=wordpress bundle!=nano_3_0
  > That works, but a bigger bundle costs more every month. For a small shop
  > site the $5 nano_3_0 plan is plenty to start; she can move up later.
@check lightsail-instance blueprint!=wordpress
  > That instance is not WordPress. Marta wants the wordpress blueprint.

@task lightsail-instance blueprint=wordpress state=running
  > A florist wants a WordPress site for one fixed monthly price and no
  > networking to set up. Start it for her.

:: ls-again
@title One more, with the guide
@concept Lightsail: the friendly server
@objective Create a second WordPress site, marta-shop, on the $5 bundle, and wait until it runs.
@hint It is the same command as for Marta's first site, with another name.
@hint create-instances takes --instance-names, --availability-zone, --blueprint-id wordpress and --bundle-id nano_3_0.
@hint Type: aws lightsail create-instances --instance-names marta-shop --availability-zone us-east-1a --blueprint-id wordpress --bundle-id nano_3_0

Marta wants a second site, for her online shop. Same recipe as the first,
and this time say each part to yourself as you type it: --instance-names
names the server, --availability-zone says where it runs, --blueprint-id
picks the app (wordpress) and --bundle-id picks the plan (nano_3_0, about
$5 a month).

@goal lightsail-instance id=marta-shop blueprint=wordpress state=running -> ls-alone
  ~ score +5
  > Two sites, one command each. Next, one on your own.
@check lightsail-instance id=marta-shop bundle!=nano_3_0
  > That plan costs more every month than a small shop site needs: nano_3_0
  > is the $5 one.

:: ls-alone
@title Your turn: a LAMP server for the bakery blog
@concept Lightsail: the friendly server
@objective Create a Lightsail LAMP server on the $7 plan (1 GB of RAM) and wait until it runs.
@hint The blueprint list shows an app with Linux, Apache, MySQL and PHP.
@hint Blueprint lamp_8_bitnami; the $7 plan with 1 GB is micro_3_0.
@hint Type: aws lightsail create-instances --instance-names bakery-blog --availability-zone us-east-1a --blueprint-id lamp_8_bitnami --bundle-id micro_3_0
@setup run aws lightsail create-instances --instance-names marta-flowers --availability-zone us-east-1a --blueprint-id wordpress --bundle-id nano_3_0
@setup wait 120

@goal lightsail-instance blueprint~lamp bundle=micro_3_0 state=running -> ls-static-ip
  ~ score +15
  ~ badge Friendly Server
  > A LAMP server for about $7 a month, everything included.
@check lightsail-instance blueprint~lamp bundle!=micro_3_0
  > That is LAMP, but not the 1 GB plan asked for. The $7 bundle is micro_3_0.
@check lightsail-instance blueprint=wordpress count>=2
  > Another WordPress site: the bakery blog wants the LAMP blueprint.

@task lightsail-instance blueprint~lamp bundle=micro_3_0 state=running
  > A blog needs a LAMP server on the $7 Lightsail plan with 1 GB of memory.

:: ls-static-ip
@title An address that stays
@concept Lightsail static IP
@objective Give marta-flowers a static IP: allocate one called marta-ip and attach it to the instance.
@hint Marta's flyers need an address that survives a stop and a start.
@hint aws lightsail allocate-static-ip reserves an address; aws lightsail attach-static-ip gives it to an instance.
@hint Type: aws lightsail allocate-static-ip --static-ip-name marta-ip, then aws lightsail attach-static-ip --static-ip-name marta-ip --instance-name marta-flowers
@setup run aws lightsail create-instances --instance-names bakery-blog --availability-zone us-east-1a --blueprint-id lamp_8_bitnami --bundle-id micro_3_0
@setup wait 120

Marta has printed flyers with her site's address,
${lightsail-instance id=marta-flowers .public-ip}. That address is not hers to
keep: when a Lightsail instance is stopped and started again, it comes back
with a new public IP, and the flyers point at nothing.

A static IP fixes that. You allocate an address once and attach it to the
instance; it stays through every stop and start until you release it. It is
free while attached. Left unattached for more than an hour, it costs about
$0.005 an hour, so release the ones you no longer use.

Two more things about the Lightsail bill. The bundle is billed by the hour
(about $0.0067 an hour for the $5 plan), never more than its monthly price in
a month. And unlike an EC2 instance, a stopped Lightsail instance is still
billed: only deleting it ends the charge.

```
aws lightsail allocate-static-ip --static-ip-name marta-ip
aws lightsail attach-static-ip --static-ip-name marta-ip --instance-name marta-flowers
```

@goal static-ip id=marta-ip attached-to=marta-flowers -> ls-static-alone
  ~ score +10
  > marta-flowers now answers at ${static-ip id=marta-ip .ip}, and will after
  > every stop and start. That goes on the flyers. See for yourself from the
  > laptop: curl http://${static-ip id=marta-ip .ip} fetches her home page,
  > because the firewall Lightsail gives a WordPress instance opens the web
  > ports. On EC2 you open them yourself, with a security group rule.
@check static-ip attached-to=
  > Allocated and yours. Now attach it to marta-flowers: until then it does
  > nothing, and after an hour unattached it is billed.
@check static-ip attached-to!= attached-to!=marta-flowers
  > That static IP went to another instance. Marta's site is marta-flowers:
  > detach it (aws lightsail detach-static-ip) and attach it there.

@task static-ip attached-to!=
  ~ run aws lightsail create-instances --instance-names shop --availability-zone us-east-1a --blueprint-id wordpress --bundle-id nano_3_0
  ~ wait 120
  > The shop's site is on receipts and posters, so its address must survive
  > a stop and a start. Make sure it does.

:: ls-static-alone
@title Your turn: keep the blog's address
@concept Lightsail static IP
@objective Give the bakery blog a static IP of its own, attached to it.
@hint The blog needs what Marta's site just got.
@hint A static IP belongs to one instance at a time: allocate a second one with a new name, then attach it to the blog.
@hint Type: aws lightsail allocate-static-ip --static-ip-name blog-ip, then aws lightsail attach-static-ip --static-ip-name blog-ip --instance-name bakery-blog
@setup run aws lightsail allocate-static-ip --static-ip-name marta-ip
@setup run aws lightsail attach-static-ip --static-ip-name marta-ip --instance-name marta-flowers

The bakery's blog address is going on the shop's receipts. Give it one that
will not change.

@goal lightsail-instance blueprint~lamp state=running static-ip!= -> ch1-quiz-1
  ~ score +15
  ~ badge Fixed Address
  > Both sites keep their addresses now, and neither static IP costs anything
  > while it stays attached.
@check static-ip attached-to= count>=1
  > Allocated. Now attach it to the blog; an unattached static IP is billed
  > after an hour.
@on error InvalidInputException aws lightsail attach-static-ip
  > A static IP serves one instance at a time, and an instance takes one
  > static IP. Allocate a new one for the blog.

:: ch1-quiz-1
@title Virtual machines check 1 of 4
@concept Stop versus hibernate
@quiz
@objective Answer the question.
@hint Think about what survives a plain stop.
@hint RAM is lost on a stop; hibernation saves it to the encrypted EBS root.
@hint Pick 'Launch it with hibernation enabled, then stop it with --hibernate'.
@setup run aws lightsail allocate-static-ip --static-ip-name blog-ip
@setup run aws lightsail attach-static-ip --static-ip-name blog-ip --instance-name bakery-blog

The checkout service keeps a warm cache in RAM that takes twenty minutes to
rebuild. It runs only in shop hours. What keeps the cache overnight while
paying nothing for the instance?

* Reboot it every evening
  > A reboot clears RAM too, and the instance keeps running and billing.
* Stop it every evening
  > A stop is a power-off: the cache in RAM is lost and has to be rebuilt.
* Launch it with hibernation enabled, then stop it with --hibernate -> ch1-quiz-2
  ~ score +5
  > Right. RAM goes to the encrypted EBS root and comes back on start, and a
  > stopped instance is not billed per hour (its EBS volume still is).
* Enable hibernation on the running instance tonight
  > Hibernation can only be switched on at launch. You would need a new
  > instance launched with it.

:: ch1-quiz-2
@title Virtual machines check 2 of 4
@concept AMIs: reuse an image
@quiz
@objective Answer the question.
@hint An AMI works in both directions.
@hint create-image turns an instance into an AMI; run-instances --count launches many from it.
@hint Pick 'Make an AMI from the configured instance, then launch five from it'.

You configured one web server by hand and need five identical ones. What is
the quickest reliable way?

* Repeat the setup by hand on five new instances
  > Slow and error-prone: five chances to miss a step.
* Make an AMI from the configured instance, then launch five from it -> ch1-quiz-3
  ~ score +5
  > Yes. An AMI is reusable: create-image once, then run-instances --count 5.
* Resize the instance to five times the size
  > Resizing makes one bigger server, not five. It does not help if that one
  > server fails.

:: ch1-quiz-3
@title Virtual machines check 3 of 4
@concept Lightsail: the friendly server
@quiz
@objective Answer the question.
@hint Who looks after the server, and how is it billed?
@hint Lightsail: fixed monthly price, blueprints, hidden networking.
@hint Pick 'Lightsail'.

A local bookshop wants a simple website with a fixed monthly bill and no
networking to configure. Which service?

* Lightsail -> ch1-quiz-4
  ~ score +5
  > Right: one predictable price for server, storage, transfer and DNS, and
  > a static IP that is free while attached.
* EC2 with a custom VPC
  > Possible, but the bookshop would have to design subnets and security groups
  > and read an hourly bill.
* EKS
  > Kubernetes is for running many containers at scale, a lot of machinery for
  > one small site.

:: ch1-quiz-4
@title Virtual machines check 4 of 4
@concept What a stopped instance costs
@quiz
@objective Answer the question.
@hint What does a stopped instance still cost?
@hint Stopped: no instance-hours. EBS storage (about $0.08 per GB-month for gp3) is still billed.
@hint Pick 'Its EBS volume, by the GB-month'.

An instance has been stopped for a week. What are you still paying for?

* Nothing at all
  > Not quite: the EBS root volume still exists and storage is billed by the
  > GB-month whether the instance runs or not.
* Its EBS volume, by the GB-month -> ch1-end
  ~ score +5
  > Right. No instance-hours while stopped, but the disk (about $0.08 per
  > GB-month for gp3) stays on the bill until you delete it or terminate the
  > instance.
* The instance-hours, at half price
  > There is no half price: a stopped instance is not billed per hour at all.

:: ch1-end
@title Chapter 1 complete
@objective Continue to chapter 2, containers.
@hint Type 1.
@hint Chapter 2 packs an app into a container.
@hint Type 1.

Virtual machines give you a whole server: you pick the image, the size and
the network, and you look after it. Lightsail gives you the same with the
choices made for you. Type 'map' to see your progress.

Next, the bakery's developers want to ship their apps in a lighter package.

~ badge Chapter 1

* On to containers -> ctr-intro
  ~ score +5
