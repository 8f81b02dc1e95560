// Chapter 1, part 2: the instance lifecycle: stop, start, hibernate, resume and terminate.
@chapter 1 Virtual machines

:: ec2-stop
@title Stop
@objective Stop the instance with aws ec2 stop-instances and wait until it is stopped.
@hint Stopping is one command: aws ec2 stop-instances.
@hint Stop turns the server off. The EBS disk stays; RAM does not survive a power-off.
@hint Type: ID=$(aws ec2 describe-instances --filters Name=instance-state-name,Values=running Name=key-name,Values=bakery --query 'Reservations[0].Instances[0].InstanceId' --output text), then aws ec2 stop-instances --instance-ids $ID
@setup run ssh -i bakery.pem ec2-user@${instance state=running .public-ip} 'echo half-done order batch > /dev/shm/batch'

Night falls and the shop closes. Stop the instance to save money. The command
wants its id, and ids are long: rather than copy one off the screen, let the
shell catch it. --filters keeps only the instances that match (here: running,
and launched with the key pair bakery; describe-instances also lists the
terminated ones for about an hour), --query picks one value out of the
answer, --output text prints it bare, and $( ) puts what a command printed
into a variable:

```
ID=$(aws ec2 describe-instances --filters Name=instance-state-name,Values=running Name=key-name,Values=bakery --query 'Reservations[0].Instances[0].InstanceId' --output text)
echo $ID
aws ec2 stop-instances --instance-ids $ID
```

The same habit works on a real account, in any shell script. Then wait for
the instance to finish stopping.

@goal instance state=stopped hibernated=false key-name=bakery -> ec2-stopped
  ~ score +10
  > Stopped, code 80. The instance costs nothing per hour now; only its EBS
  > disk is still billed, by the gigabyte-month.
@check instance state=stopping key-name=bakery
  > It is stopping (code 64). Type 'wait' to let it finish.
@check instance state=stopping key-name=
  > That is the instance without a key pair, not the one with your batch in
  > RAM. Terminate that one (it can never be opened), then stop the one
  > launched with --key-name bakery: the --filters line above finds it.

:: ec2-stopped
@title What survived?
@objective Start the instance again, check /dev/shm and the public IP, then say what survived.
@hint Start it, wait until it runs, then cat the file you wrote.
@hint aws ec2 start-instances takes it from stopped to pending to running.
@hint Type: aws ec2 start-instances --instance-ids YOUR-INSTANCE-ID, then wait, then ssh -i bakery.pem ec2-user@PUBLIC-IP 'cat /dev/shm/batch' (the IP from describe-instances)
@setup run aws ec2 stop-instances --instance-ids ${instance state=running}
@setup wait 120

Morning. Start the instance again with aws ec2 start-instances, wait until it
is running, and look for your batch with ssh and 'cat /dev/shm/batch'.
Read its public IP in describe-instances first, and compare.

* The batch is gone, and the public IP changed -> ec2-hibernate-intro
  ? instance state=running key-name=bakery
  ~ score +10
  > Right. A stop is a power-off: everything in RAM is lost, and the public
  > IPv4 address goes back to AWS, so a start brings a new one. The private IP
  > and the EBS disk stay.
* The batch is still there
  ? instance state=running key-name=bakery
  > Look again with ssh and cat. A stopped instance has no power, so RAM
  > cannot hold anything across a stop.
* The batch is gone, but the public IP is the same
  ? instance state=running key-name=bakery
  > The batch is gone, yes, but compare the public IP with the one it had
  > before: a stop releases the public address.

:: ec2-hibernate-intro
@title Stop, but keep the memory
@objective Launch a t3.micro with your key pair, hibernation enabled and an encrypted root volume.
@hint Hibernation must be switched on when the instance is launched, and the root volume must be encrypted.
@hint run-instances takes --hibernation-options Configured=true and --block-device-mappings with Encrypted=true.
@hint Type: aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro --key-name bakery --hibernation-options Configured=true --block-device-mappings 'DeviceName=/dev/xvda,Ebs={Encrypted=true}'
@setup run aws ec2 start-instances --instance-ids ${instance state=stopped}
@setup wait 60

Losing the batch every night is no good. EC2 has a second way to stop:
stop-hibernate. It writes the contents of RAM to the EBS root volume before
powering off, and reads them back on start, so programs carry on where they
were.

There are conditions. Hibernation must be enabled when the instance is
launched; it cannot be turned on later. The root volume must be encrypted,
because your memory is written to it, and big enough to hold the RAM. The type
must support it, with less than 150 GiB of RAM.

Try hibernating the instance you already have, if you like, and read why it
is refused. Then launch a new t3.micro with hibernation enabled and an
encrypted root volume, and with your key pair, so that you can log in to it.

@goal instance hibernation=true encrypted=true state=running key-name=bakery -> ec2-hibernate
  ~ score +10
  > This one can hibernate.
@check instance hibernation=true key-name=
  > It can hibernate, but it has no key pair, so you can never log in to put
  > the batch in its RAM. Terminate it and launch again with --key-name bakery.
@on aws ec2 stop-instances --hibernate
  > Remember: this only works on an instance launched with hibernation enabled.

:: ec2-hibernate
@title Hibernate
@concept Stop versus hibernate
@objective Put a batch in RAM on the new instance, then stop it with --hibernate.
@hint First put a batch in RAM on the new instance, then stop it with --hibernate.
@hint stop-instances --hibernate saves RAM to the encrypted root volume. Hibernating takes longer than a plain stop.
@hint Type: ssh -i bakery.pem ec2-user@NEW-PUBLIC-IP 'echo half-done order batch > /dev/shm/batch', then aws ec2 stop-instances --instance-ids NEW-ID --hibernate, then wait
@setup run aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro --key-name bakery --hibernation-options Configured=true --block-device-mappings 'DeviceName=/dev/xvda,Ebs={Encrypted=true}'
@setup wait 60

Put a batch into RAM on the new instance, as before, with ssh and /dev/shm:
it shares the default security group, so your SSH rule lets you in.
Then hibernate it: aws ec2 stop-instances with --hibernate. Wait until it is
stopped.

@goal instance hibernation=true hibernated=true state=stopped ram-files~/dev/shm/ -> ec2-resume
  ~ score +10
  > Stopped, with its memory saved on the root volume.
@check instance hibernation=true hibernated=true state=stopped ram-files=
  > It hibernated, but there was nothing in /dev/shm to keep. Start it, write
  > the batch, and hibernate again to see the difference.

@task instance hibernation=true hibernated=true state=stopped ram-files~/dev/shm/
  ~ run aws ec2 create-key-pair --key-name bakery
  ~ run aws ec2 authorize-security-group-ingress --group-id sg-0c0ffee0defa17c01 --protocol tcp --port 22 --cidr 203.0.113.25/32
  > The night batch keeps its half-done work in RAM, under /dev/shm. Give it
  > an instance whose RAM survives a stop: launch one that can hibernate, put
  > a file in /dev/shm, and stop it without losing the file. The key pair
  > bakery (bakery.pem) and an SSH rule are ready.

:: ec2-resume
@title Wake up
@objective Start the hibernated instance and check whether the batch is still in RAM.
@hint Start it, wait, and cat the batch.
@hint Starting a hibernated instance restores RAM from the root volume.
@hint Type: aws ec2 start-instances --instance-ids NEW-ID, then wait, then ssh -i bakery.pem ec2-user@NEW-PUBLIC-IP 'cat /dev/shm/batch'
@setup run ssh -i bakery.pem ec2-user@${instance hibernation=true state=running .public-ip} 'echo half-done order batch > /dev/shm/batch'
@setup run aws ec2 stop-instances --instance-ids ${instance hibernation=true state=running} --hibernate
@setup wait 300

Start the hibernated instance, wait until it is running, and look for the
batch in /dev/shm.

* The batch is still in RAM -> ec2-resize
  ? instance hibernation=true state=running ram-files~/dev/shm/
  ~ score +10
  ~ badge Sleeper
  > Yes. Hibernation saved memory to disk and brought it back. The public IP
  > is new again, because any stop, hibernated or not, releases it.
* The batch is gone
  ? instance hibernation=true state=running
  > Look again with ssh and cat: a hibernated instance gets its RAM back.

:: ec2-terminate
@title Clean up
@concept Instance lifecycle
@objective Terminate every instance you launched, wait until they are terminated, and close port 80 again.
@hint Terminate every instance you launched, and take back the port 80 rule the web page needed.
@hint terminate-instances takes several ids at once. It deletes the root volume too. A security group rule outlives its instances: revoke-security-group-ingress takes it back.
@hint Type: aws ec2 terminate-instances --instance-ids ID1 ID2 ..., then wait, and aws ec2 revoke-security-group-ingress --group-id sg-0c0ffee0defa17c01 --protocol tcp --port 80 --cidr 0.0.0.0/0
@setup run ssh -i bakery.pem ec2-user@${instance key-name=bakery type=t3.small state=running .public-ip} 'sudo dnf install -y httpd && sudo systemctl enable --now httpd && echo Order tracker | sudo tee /var/www/html/index.html'
@setup run aws ec2 authorize-security-group-ingress --group-id sg-0c0ffee0defa17c01 --protocol tcp --port 80 --cidr 0.0.0.0/0
@setup run curl http://${instance key-name=bakery type=t3.small state=running .public-ip}
@setup flag served-page

The demo is over. Terminate every instance you launched with
aws ec2 terminate-instances: the first one, the hibernating one and the two
copies. Your AMI stays; you can launch from it again whenever you like.
Termination is final: the instance goes through shutting-down to terminated,
its root volume is deleted, and it can never be started again. It stays listed
for about an hour.

Check 'status' afterwards to see what the morning cost.

@if security-group id=sg-0c0ffee0defa17c01 http-from~0.0.0.0/0
One more thing to tidy: the default security group still lets port 80 in
from the whole internet, for the web page. Rules outlive the instances they
were made for, and every instance launched into that group later would be
open on port 80 too. Take the rule back with the same words that added it:

@if security-group id=sg-0c0ffee0defa17c01 http-from~0.0.0.0/0
```
aws ec2 revoke-security-group-ingress --group-id sg-0c0ffee0defa17c01 --protocol tcp --port 80 --cidr 0.0.0.0/0
```

@goal instance state!=terminated state!=shutting-down count=0 and instance state=terminated and not security-group name=default http-from~0.0.0.0/0 -> ec2-done
  ~ score +10
  ~ badge Clean Desk
  > Every instance is terminated, so no instance is billed any more, and no
  > rule is left open for the next one to inherit. The AMI
  > you kept is not free, though: 'bill' shows its EBS snapshot, billed for
  > the storage it holds until you delete it. Deregistering the AMI alone
  > keeps the snapshot; aws ec2 deregister-image --image-id ID
  > --delete-associated-snapshots removes both.
@check instance state=shutting-down
  > Shutting down (code 32). Type 'wait' to see it reach terminated (48).
@check not security-group id=sg-0c0ffee0defa17c01 http-from~0.0.0.0/0
  > Port 80 is closed again. 'aws ec2 describe-security-groups --group-ids
  > sg-0c0ffee0defa17c01' shows the rules left.
@check instance state!=terminated state!=shutting-down count=0 and instance state=terminated and security-group name=default http-from~0.0.0.0/0
  > Every instance is terminated, but the desk is not clean yet: the default
  > security group still lets port 80 in from anywhere, and the next instance
  > launched into it would be open too. Revoke that rule (the command is
  > above), and the clean-up is done.

@task instance state=terminated and instance state!=terminated state!=shutting-down count=0
  ~ run aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro --count 2
  ~ wait 60
  > Two test instances were left running over the weekend and nobody needs
  > them any more. Make sure they never appear on a bill again.

:: ec2-done
@title EC2 in one morning
@objective Continue to the last part of chapter 1.
@hint Type 1 to go on.
@hint Everything from here on builds on what you just did.
@hint Type 1.
@setup run aws ec2 revoke-security-group-ingress --group-id sg-0c0ffee0defa17c01 --protocol tcp --port 80 --cidr 0.0.0.0/0
@setup wait 60
@setup run aws ec2 terminate-instances --instance-ids ${instance state=running}
@setup run aws ec2 terminate-instances --instance-ids ${instance state=running}
@setup run aws ec2 terminate-instances --instance-ids ${instance state=running}
@setup run aws ec2 terminate-instances --instance-ids ${instance state=running}
@setup wait 60

You chose an AMI, picked a type, launched into the default VPC, watched the
lifecycle go from pending to running, lost RAM with a stop, kept it with a
hibernate, resized a server, baked your own AMI, cloned it twice and cleaned
up the instances. That is the heart of EC2.

~ badge EC2 Operator

* Continue -> ls-intro
  > On to the simpler way to get a server.
