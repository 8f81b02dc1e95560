// Chapter 1, part 4: Lightsail, the friendly managed server, its static IP, and the knowledge check.
@chapter 1 Virtual machines

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

```
aws lightsail create-instances --instance-names marta-flowers --availability-zone us-east-1a --blueprint-id wordpress --bundle-id nano_3_0
```

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
@setup run aws lightsail create-instances --instance-names marta-flowers --availability-zone us-east-1a --blueprint-id wordpress --bundle-id nano_3_0
@setup wait 120
@setup flag needed-help:ls-wordpress

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
