// The sandbox: free play with the whole simulated cloud and no story. Loaded from the classpath by ./play sandbox.
@story sandbox Compute Quest sandbox
@start sandbox

:: sandbox
@title Sandbox
@objective Try any command; nothing here is graded.
@hint Start with 'aws help' for the simulated services, then 'aws SERVICE help' for their operations.
@hint Every operation explains itself: add 'help' to it, e.g. 'aws ecs register-task-definition help'. Type 'status' for the bill.
@hint A full tour: aws ecr create-repository --repository-name web, docker build -t web:v1 ., then tag, log in and push it.

This is the sandbox: a simulated AWS account with every service of the game and
no story. Nothing you do here is graded, and nothing is billed to anyone; the
bill only shows what the same steps would cost on AWS.

Type 'aws help' to list the services: {simulated-services}. Add 'help' to any command
for its parameters. Besides aws, the laptop has docker (build, tag, login,
push, pull, images), kubectl (after 'aws eks update-kubeconfig'), curl for
API Gateway URLs, and ssh -i KEY.pem ec2-user@PUBLIC-IP 'COMMAND' for a
running instance launched with that key pair, once a security group rule lets
your address in on port 22 (as on a real account).

'wait 5m' lets simulated time pass, 'status' shows the bill, and
'kubectl explain ecs-vs-eks' puts the two container services' words side by
side. Type 'quit' to leave.
