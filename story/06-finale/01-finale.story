// Chapter 6: the finale. Five workloads, one budget; the ending depends on the placements.
// A poor placement moves on but costs points and sets misfit. Monthly figures (fact sheet, x730 hours):
// report: Lambda ~$0, m5.large $70, EKS $73 + t3.small $15 = $88 (both set w1-pricey)
// inventory: Windows EC2 $30 + licence L, Fargate about the same    cafe: Lightsail $5, m5.large $70, EKS $88 (both set w3-pricey)
// API: Fargate ~$40, EC2 fleet 3 x m5.large $210    partner: EKS $73 + 2 x t3.medium $61 = $134, ECS $61, 12 x t3.small $182
// Best plan ~$209 + L (L, the Windows licence, is some $13; every verdict below holds for L up to $26). Over $250 exactly when: fleet, or 12 instances, or EKS partner with any pricey pick,
// or ECS partner with both pricey picks. fin-partner duplicates its choices to set over-budget by that rule.
@chapter 6 Finale

@glossary Right-sizing: choosing the compute, and the size of it, that fits a workload's shape: how long it runs, how spiky it is, who looks after it.

:: fin-oncall
@title On call: the timeout is back
@callback lam-fix
@concept Lambda memory and timeout
@objective Give the resize function its 10-second timeout back, then invoke it on a large photo.
@hint It is chapter 5's lesson: what stops a function after 3 seconds?
@hint update-function-configuration takes --timeout in seconds. Set it to 10, then invoke resize on the wedding cake photo.
@hint Type: aws lambda update-function-configuration --function-name resize --timeout 10, then aws lambda invoke --function-name resize --payload '{"key": "gallery/wedding-cake.jpg", "width": 1600}' --cli-binary-format raw-in-base64-out out.json
~ run aws lambda update-function-configuration --function-name resize --memory-size 512 --timeout 3
~ wait 2
~ run aws lambda invoke --function-name resize --payload '{"key": "gallery/wedding-cake.jpg", "width": 1600}' --cli-binary-format raw-in-base64-out out.json
~ unflag oncall-proved

One page before the review meeting. A clean-up of the function settings put
resize on 512 MB and back on the 3-second default timeout. At 512 MB a large
photo takes longer than 3 seconds, so the wedding cake has just failed again
with "Task timed out".

Fix it, then resize the wedding cake photo once to prove it works.

@on ok aws lambda update-function-configuration
  ~ unflag oncall-proved
@on ok aws lambda invoke
  ~ flag oncall-proved
@on ok aws s3 cp
  ~ flag oncall-proved
@on ok curl
  ~ flag oncall-proved
@goal function id=resize timeout>=10 last-status=ok and flag oncall-proved -> fin-intro
  ~ score +10
  > Resolved, and proved: the wedding cake went through. Ten seconds is
  > plenty for a large photo, and you still pay only for the milliseconds it
  > runs.
@check function id=resize timeout>=10 and not flag oncall-proved
  > The timeout is 10 seconds again, but nothing has run since: the last run
  > on record is still the failed one. Resize the wedding cake photo once to
  > prove the fix before you close the page.
@check function id=resize timeout<10 last-status=ok and flag oncall-proved
  > That run fit in 3 seconds because more memory bought more CPU, but it has
  > no headroom: a slightly bigger photo fails again. Give resize its
  > 10-second timeout back, then prove it once more.

:: fin-intro
@title The architecture review
@objective Read the brief, then start placing the workloads.
@hint Type 1 to begin.
@hint Each workload has one best home: EC2, Lightsail, ECS on Fargate, EKS or Lambda.
@hint Type 1.
@setup run aws lambda update-function-configuration --function-name resize --timeout 10
@setup wait 2
@setup run aws lambda invoke --function-name resize --payload '{"key": "gallery/wedding-cake.jpg", "width": 1600}' --cli-binary-format raw-in-base64-out out.json
@setup flag oncall-proved

Pixel Bakery has grown into three shops and a wholesale line, and the owner
asks you to place five workloads. The budget for all of them is $250 a
month. The owner cares about three things: each workload in a home that fits
it, nobody stuck patching servers they do not need, and staying in budget.

Prices to keep in mind (about, On-Demand, us-east-1; a month is about 730
hours): an m5.large is about $0.096 an hour ($70 a month), a t3.small about
$0.0208 ($15), a t3.medium about $0.0416 ($30), an EKS control plane about
$0.10 per cluster-hour ($73 a month, before any node), a Lightsail nano_3_0
plan $5 a month, and Lambda bills per request and per GB-second with a free
tier of 1M requests a month. Each placement tells you its rough monthly
cost, and each workload after the first shows what your picks come to so
far.

A placement is a decision, not a quiz: a poor one costs points and the
review moves on to the next workload, as a real plan would; a home where
the workload could not run at all lets you choose again. As in every
check, only your first answer scores. Changed your mind? 'undo' takes your
last placement back, so the plan and the verdict follow your new pick, but
the points stay as your first answers and your first verdict made them.
After the verdict, 'finale' plays this chapter again as a fresh attempt.

* Start the review -> fin-report
  ~ score +5

:: fin-report
@title Workload 1: the nightly sales report
@objective Place the nightly sales report.
@hint How long does it run, and how often?
@hint Two minutes a night is made for pay-per-use; no server would be busy the other 1,438 minutes.
@hint Pick 3.

Every night at 3 a.m. a script reads the day's orders from DynamoDB, builds
a sales report and emails it. It runs for about two minutes.

* An m5.large EC2 instance running all month -> fin-legacy
  ~ flag cost-report=70
  ~ score -5
  ~ flag misfit
  ~ flag w1-pricey
  > Costly: about $0.096 an hour for every hour of the month, some $70 a
  > month, to be busy for two minutes a night. That alone eats more than a
  > quarter of the budget.
* An EKS cluster with a CronJob -> fin-legacy
  ~ flag cost-report=88
  ~ score -5
  ~ flag misfit
  ~ flag w1-pricey
  > It works, but it is a lot of machinery to run and pay for: the control
  > plane alone is about $73 a month, and a small t3.small node adds about
  > $15, so some $88 a month for a two-minute script.
* A Lambda function on an EventBridge schedule -> fin-legacy
  ~ flag cost-report=1
  ~ score +10
  ~ flag w1
  > Right. Two minutes is far below the 15-minute limit, and a month of
  > nightly runs likely stays inside the free tier: well under $1 a month.

:: fin-legacy
@title Workload 2: the old inventory program
@objective Place the legacy inventory program.
@hint It needs a whole operating system of its own.
@hint Only a virtual machine gives a full Windows OS that you log in to and configure.
@hint Pick 1.

Your picks so far: about $${sum cost-} a month of the $250 budget.

The wholesale line uses an old Windows inventory program. It needs a full
Windows Server with a driver for the label printer, and staff log in to it
remotely. It runs all day, every day, on modest hardware.

* An EC2 instance from a Windows Server AMI, right-sized -> fin-cafe
  ~ flag cost-inventory=30
  ~ score +10
  ~ flag w2
  > Right. A whole OS you control is what a virtual machine is for, and you can
  > resize it later if it needs more. A t3.medium is about $30 a month at
  > Linux prices, plus the Windows licence, which AWS adds to the hourly price.
* A Lambda function
  > Lambda runs short functions, at most 15 minutes each, not a desktop
  > program that people log in to. It cannot run here at all: pick again.
* A container on Fargate -> fin-cafe
  ~ flag cost-inventory=30
  ~ flag inventory-fargate
  ~ score -5
  ~ flag misfit
  > A poor fit: a containerised app shares a kernel and has no desktop to log
  > in to or printer driver to install. The migration would take months, and
  > running it all month would cost about as much as the instance.

:: fin-cafe
@title Workload 3: the café's website
@objective Place the new café's website.
@hint Small site, owner with no AWS skills, fixed price wanted.
@hint Lightsail's WordPress blueprint on a small bundle.
@hint Pick 2.

Your picks so far: about $${sum cost-} a month of the $250 budget, plus the
Windows licence.

The bakery opens a café. Its manager wants a WordPress site with opening
hours and a menu, a predictable monthly bill, and nothing to configure
beyond WordPress itself.

* Its own EKS cluster with a WordPress deployment -> fin-api
  ~ flag cost-cafe=88
  ~ score -5
  ~ flag misfit
  ~ flag w3-pricey
  > Costly: the control plane alone is about $73 a month, and with a small
  > t3.small node about $88, for a menu page. And the manager would be
  > learning Kubernetes.
* Lightsail with the WordPress blueprint on nano_3_0 -> fin-api
  ~ flag cost-cafe=5
  ~ score +10
  ~ flag w3
  > Right. $5 a month with the server, disk, transfer and a static IP
  > included, and nothing to configure but WordPress.
* An m5.large EC2 instance with WordPress installed by hand -> fin-api
  ~ flag cost-cafe=70
  ~ score -5
  ~ flag misfit
  ~ flag w3-pricey
  > Bigger and more hands-on than needed: subnets, security groups and patches
  > for a menu page, at about $0.096 an hour, some $70 a month.

:: fin-api
@title Workload 4: the orders API
@objective Place the containerised orders API.
@hint It is already in containers; traffic jumps at lunchtime; no one wants to run servers.
@hint ECS on Fargate: a service scales tasks, and there are no instances to patch.
@hint Pick 2.

Your picks so far: about $${sum cost-} a month of the $250 budget, plus the
Windows licence.

The orders API is already a container image in ECR. Traffic is quiet most
of the day and jumps tenfold at lunchtime. The two developers who own it
want no servers to patch.

* ECS on a fleet of EC2 instances sized for the lunch peak -> fin-partner
  ~ flag cost-api=210
  ~ score -5
  ~ flag misfit
  ~ flag over-budget
  > Costly: three m5.large sized for the peak come to about $210 a month,
  > and they sit mostly idle the rest of the day while the developers patch
  > them. With the other four workloads, that breaks the budget.
* An ECS service on Fargate that scales with traffic -> fin-partner
  ~ flag cost-api=40
  ~ score +10
  ~ flag w4
  > Right. Tasks are added at lunch and removed after, each billed per second,
  > and there is no instance to look after: two small tasks all day plus the
  > lunch extras come to about $40 a month.
* Lightsail, one big server
  > One fixed server cannot follow a tenfold lunchtime jump, and if it fails
  > the shop cannot take orders. The API needs an orchestrator.
