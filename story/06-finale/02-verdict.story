// Chapter 6, part 2: the last placement, the review and the endings.
@chapter 6 Finale

:: fin-partner
@title Workload 5: the partner's Kubernetes apps
@objective Place the partner team's workloads.
@hint The team already speaks Kubernetes and runs it elsewhere too.
@hint EKS keeps their manifests and kubectl, and runs the control plane for them.
@hint Pick 1.

Your picks so far: about $${sum cost-} a month of the $250 budget, plus the
Windows licence.

A delivery partner joins the platform. Its team runs a dozen services with
Kubernetes manifests, in its own data centre as well, and wants the same
tools on AWS. They fit on two t3.medium worker nodes.

* EKS, with a managed node group or Fargate -> fin-review
  ? not flag w1-pricey
  ? not flag w3-pricey
  ~ flag cost-partner=134
  ~ score +10
  ~ flag w5
  > Right. Same Kubernetes, same kubectl, and AWS runs the control plane:
  > about $73 a month for it plus some $61 for two t3.medium nodes, $134.
* EKS, with a managed node group or Fargate -> fin-review
  ? flag w1-pricey
  ~ flag cost-partner=134
  ~ score +10
  ~ flag w5
  ~ flag over-budget
  > Right for the partner: same Kubernetes, same kubectl, about $134 a month
  > with two t3.medium nodes. But with the pricey report placement, your
  > other four picks come to about $${sum cost-} a month, and this $134 takes
  > the plan over the $250 budget.
* EKS, with a managed node group or Fargate -> fin-review
  ? not flag w1-pricey
  ? flag w3-pricey
  ~ flag cost-partner=134
  ~ score +10
  ~ flag w5
  ~ flag over-budget
  > Right for the partner: same Kubernetes, same kubectl, about $134 a month
  > with two t3.medium nodes. But with the pricey café placement, your other
  > four picks come to about $${sum cost-} a month, and this $134 takes the
  > plan over the $250 budget.
* ECS, rewriting every manifest as task definitions -> fin-review
  ? not flag w1-pricey
  ~ flag cost-partner=61
  ~ score -5
  ~ flag misfit
  > It would run, and ECS adds nothing to the two t3.medium instances (about
  > $61 a month), but the team would throw away its Kubernetes tooling and run
  > two different systems, one here and one at home.
* ECS, rewriting every manifest as task definitions -> fin-review
  ? flag w1-pricey
  ? not flag w3-pricey
  ~ flag cost-partner=61
  ~ score -5
  ~ flag misfit
  > It would run, and ECS adds nothing to the two t3.medium instances (about
  > $61 a month), but the team would throw away its Kubernetes tooling and run
  > two different systems, one here and one at home.
* ECS, rewriting every manifest as task definitions -> fin-review
  ? flag w1-pricey
  ? flag w3-pricey
  ~ flag cost-partner=61
  ~ score -5
  ~ flag misfit
  ~ flag over-budget
  > It would run on two t3.medium instances (about $61 a month), but the team
  > would throw away its Kubernetes tooling. And with both the report and the
  > café on pricey homes, your other four picks come to about $${sum cost-}
  > a month, and with these $61 the plan passes the $250 budget even so.
* Twelve EC2 instances, one per service -> fin-review
  ~ flag cost-partner=182
  ~ score -5
  ~ flag misfit
  ~ flag over-budget
  > Costly and fragile: twelve t3.small servers, about $182 a month, to patch
  > one by one, with no placement, no automatic recovery, and most of them
  > idle. With your other four picks at about $${sum cost-} a month, the
  > plan passes the $250 budget.

:: fin-review
@title The owner reads your plan
@objective See how your plan did.
@hint Type 1.
@hint Only one result appears: the one your choices earned.
@hint Type 1.

The owner reads your five placements, adds up the monthly figures you were
given with each one against the $250 budget, and looks up.

Your plan: about $${sum cost-} a month, plus the Windows licence.

* Hear the verdict -> fin-end-best
  ? not flag over-budget
  ? not flag misfit
* Hear the verdict -> fin-end-good
  ? not flag over-budget
  ? flag misfit
* Hear the verdict -> fin-end-over
  ? flag over-budget

:: fin-end-best
@title Chief Cloud Architect
@ending

"Every workload where it belongs, and inside the budget." The bill, per
month: report on Lambda under $1, Windows inventory server about $30 plus
its licence, café on Lightsail $5, orders API on Fargate about $40, partner
on EKS about $134 ($73 control plane, $61 nodes). About $210 plus the
Windows licence, inside $250, with the pay-per-use parts free to grow.

~ badge Chief Cloud Architect
~ score +25

:: fin-end-good
@title In budget, with some rough edges
@ending

"It fits the budget, but some of these homes will hurt." Your picks come to
about $${sum cost-} a month plus the Windows licence, under $250 (the
best-fitting plan comes to about $210 plus the licence). Where a workload
fights its platform:

@if flag cost-report=70
The nightly report: an m5.large kept running all month, about $70, for two
minutes of work a night. A Lambda function on a schedule does it for under
$1.

@if flag cost-report=88
The nightly report: an EKS cluster and a node, about $88 a month, for a
two-minute script. A Lambda function on a schedule does it for under $1.

@if flag inventory-fargate
The inventory program: a Windows program that people log in to, squeezed
into a container with no desktop and no printer driver. A Windows EC2
instance is its home.

@if flag cost-cafe=88
The café's website: its own EKS cluster, about $88 a month, for a menu page.
Lightsail's WordPress blueprint does it for $5.

@if flag cost-cafe=70
The café's website: an m5.large set up by hand, about $70 a month.
Lightsail's WordPress blueprint does it for $5.

@if flag cost-api=210
The orders API: three m5.large sized for the lunch peak, about $210 a month
and idle most of the day. An ECS service on Fargate follows the traffic for
about $40.

@if flag cost-partner=61
The partner's apps: rewritten for ECS, so the team runs two systems, one
here and one at home. EKS keeps their manifests and kubectl.

@if flag cost-partner=182
The partner's apps: twelve t3.small servers, about $182 a month, patched one
by one. EKS runs them on two worker nodes.

Type 'undo' to take back the verdict and then your placements one at a
time, or 'finale' to play this chapter again.

~ badge Within Budget

:: fin-end-over
@title Over budget
@ending

"We cannot pay for this." Your picks come to about $${sum cost-} a month plus
the Windows licence, more than $250; the best-fitting plan comes to about
$210 plus the licence. Pay-per-use (Lambda, Fargate) and right-sized,
fixed-price servers (Lightsail) keep it in budget. Where your plan went
wrong:

@if flag cost-report=70
The nightly report: an m5.large kept running all month, about $70, for two
minutes of work a night. A Lambda function on a schedule does it for under
$1.

@if flag cost-report=88
The nightly report: an EKS cluster and a node, about $88 a month, for a
two-minute script. A Lambda function on a schedule does it for under $1.

@if flag inventory-fargate
The inventory program: a Windows program that people log in to, squeezed
into a container with no desktop and no printer driver. A Windows EC2
instance is its home.

@if flag cost-cafe=88
The café's website: its own EKS cluster, about $88 a month, for a menu page.
Lightsail's WordPress blueprint does it for $5.

@if flag cost-cafe=70
The café's website: an m5.large set up by hand, about $70 a month.
Lightsail's WordPress blueprint does it for $5.

@if flag cost-api=210
The orders API: three m5.large sized for the lunch peak, about $210 a month
and idle most of the day. An ECS service on Fargate follows the traffic for
about $40.

@if flag cost-partner=61
The partner's apps: rewritten for ECS, so the team runs two systems, one
here and one at home. EKS keeps their manifests and kubectl.

@if flag cost-partner=182
The partner's apps: twelve t3.small servers, about $182 a month, patched one
by one. EKS runs them on two worker nodes.

Type 'undo' to take back the verdict and then your placements one at a
time, or 'finale' to play this chapter again.

~ badge Lesson Learned
