// Chapter 5: the serverless idea, Lambda's parts, memory and timeout, billing, and resizing images on the fly.
@chapter 5 Serverless and Lambda

@glossary Serverless: no servers for you to provision, manage, patch or even see; scaling is automatic (often to zero) and you pay for use. The servers exist: AWS runs them.
@glossary Lambda: AWS's serverless functions service: upload code, choose memory and a timeout, and it runs when a trigger fires.
@glossary Trigger: the event source that makes a Lambda function run, e.g. an API Gateway request, an S3 upload, an SQS message or a schedule.
@glossary Handler: the function in your code that Lambda calls with the event, e.g. lambda_function.lambda_handler.
@glossary Memory (Lambda): 128 MB to 10,240 MB in 1 MB steps. CPU grows with it: 1,769 MB gives about one vCPU.
@glossary Timeout: how long a Lambda run may take: 3 seconds by default, 900 seconds (15 minutes) at most.
@glossary Cold start: the first run after idle, or beyond the warm environments, sets up a new execution environment and takes longer.
@glossary GB-second: Lambda's unit of duration billing: memory in GB times seconds run, rounded up to the nearest 1 ms since December 2020 (100 ms before).
@glossary API Gateway: the AWS service that gives a function an HTTPS endpoint; it calls Lambda synchronously.
@glossary S3: Simple Storage Service, serverless object storage: buckets of files with no server to size.
@glossary DynamoDB: a serverless key-value and document database; with on-demand capacity you create a table and never size a server.

:: sls-idea
@title Servers you never see
@objective Pick the option that is serverless.
@hint Serverless is about who provisions, patches and scales, not whether servers exist.
@hint S3, DynamoDB on demand, Lambda and Fargate are serverless: no capacity to choose, scaling by itself, paying per use.
@hint Pick 3.

Serverless does not mean there are no servers. It means you do not
provision, manage, patch or even see them: the service scales by itself
(often down to zero) and you pay for what you use rather than for idle
capacity.

You have used serverless things already without the word. An S3 bucket
holds as many files as you upload, and nobody picks a disk size. A DynamoDB
table with on-demand capacity grows with the traffic, and nobody picks a
database server. Fargate ran your containers with no instance in sight.

Which of these is serverless?

* An EC2 instance that AWS patches for you
  > You still chose its type, pay for it by the hour while idle, and scale it
  > yourself. That is a managed server, not serverless.
* A Lightsail WordPress server
  > Friendly, but still a server with a fixed size that you pay for all month.
* A DynamoDB table with on-demand capacity -> sls-table
  ~ score +5
  > Right. No server to pick or patch; it scales with requests, and you pay per
  > request.

:: sls-table
@title A table without a server
@concept What serverless means
@objective Create an on-demand DynamoDB table called orders and two S3 buckets: one for original cake photos, one for resized copies.
@hint Three commands, and none asks for a server size.
@hint aws dynamodb create-table with --billing-mode PAY_PER_REQUEST; aws s3 mb s3://NAME makes a bucket.
@hint Type: aws dynamodb create-table --table-name orders --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST, then aws s3 mb s3://bakery-cake-photos and aws s3 mb s3://bakery-cake-resized

Feel it for yourself. Create an orders table that bills per request:

```
aws dynamodb create-table --table-name orders --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST
```

Then two buckets: one for the original cake photos, and one for the
smaller copies a function will make later in this chapter (why they must
be apart, you will see then):

```
aws s3 mb s3://bakery-cake-photos
```

```
aws s3 mb s3://bakery-cake-resized
```

Notice what none of these commands asked you.

@goal dynamodb-table id=orders billing-mode=PAY_PER_REQUEST and s3-bucket id=bakery-cake-photos and s3-bucket id=bakery-cake-resized -> lam-parts
  ~ score +10
  > A database and two buckets, and not one instance type chosen. They all
  > scale on their own.
@check dynamodb-table id=orders billing-mode=PROVISIONED
  > That table has provisioned capacity: you picked its throughput. It works,
  > but PAY_PER_REQUEST is the hands-off, serverless mode.

@task dynamodb-table id=orders billing-mode=PAY_PER_REQUEST
  > Orders need a table that bills per request, with nothing to size: a
  > DynamoDB table called orders, keyed by a string id.

:: lam-parts
@title A function's three parts
@objective Name the three parts of a Lambda function.
@hint When does it run, what runs, and how?
@hint Trigger (the event source), code (your handler), configuration (runtime, memory, timeout, role, environment).
@hint Pick 2.
@setup run aws dynamodb create-table --table-name orders --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST
@setup run aws s3 mb s3://bakery-cake-photos
@setup run aws s3 mb s3://bakery-cake-resized

AWS Lambda runs your code without you provisioning or managing servers or
containers. You upload code; Lambda runs it when something happens, as many
copies at once as needed (1,000 at a time per region by default, though a
brand-new account may start with far fewer until AWS raises it with use:
check yours with aws lambda get-account-settings), with high availability
built in, and you pay for the time it runs.

A function has three parts. Which three?

* An AMI, an instance type and a security group
  > Those describe an EC2 instance. A function has no server to describe.
* A trigger, the code, and its configuration -> lam-create
  ~ score +5
  > Right. The trigger says when it runs (an API call, a file upload, a queue
  > message, a schedule), the code says what it does, and the configuration
  > sets the runtime, memory, timeout and role.
* An image, a task definition and a service
  > That is ECS. Lambda can take a container image as its code, but you never
  > define tasks or services.

:: lam-create
@title Create the function
@concept Lambda functions
@objective Make the execution role lambda-basic, able to write logs, read the originals and write the copies, then create a Python Lambda function called resize from resize.zip with it.
@hint First the role, as in chapter 3 but trusted by Lambda, with two policies: one for logs, one for exactly the two buckets; then aws lambda create-function.
@hint The role's trust policy must name lambda.amazonaws.com (file://trust-lambda.json); AWSLambdaBasicExecutionRole lets the function write its logs; aws iam put-role-policy adds resize-s3.json as an inline policy. create-function needs --function-name, --runtime, --handler, --role (the role's ARN) and --zip-file.
@hint Type: aws iam create-role --role-name lambda-basic --assume-role-policy-document file://trust-lambda.json, then aws iam attach-role-policy --role-name lambda-basic --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole, then aws iam put-role-policy --role-name lambda-basic --policy-name resize-s3 --policy-document file://resize-s3.json, then aws lambda create-function --function-name resize --runtime python3.12 --handler lambda_function.lambda_handler --role arn:aws:iam::123456789012:role/lambda-basic --zip-file fileb://resize.zip

The bakery shows cake photos in many sizes: thumbnails, product pages, the
big gallery. Storing every size is wasteful. Instead, a function will make a
size the first time someone asks for it. Its code is in resize.zip.

Every function runs as its execution role: Lambda assumes it to run your
code, so the role must exist first and trust lambda.amazonaws.com. Make it
the way you made ecsInstanceRole in chapter 3, with file://trust-lambda.json
as the trust policy and the managed policy AWSLambdaBasicExecutionRole,
which lets the function write its logs. No instance profile this time: that
is for EC2 only.

Logs are all that policy allows. resize reads each original from
bakery-cake-photos and writes its copy to bakery-cake-resized, and every
one of those S3 calls is made with the role's credentials: without a policy
that allows them, S3 answers AccessDenied and the function fails. Give the
role only what the code needs. cat resize-s3.json shows such a policy:
s3:GetObject on the objects of the originals bucket, s3:PutObject on the
objects of the copies bucket, nothing else. Add it to the role as an inline
policy:

```
aws iam put-role-policy --role-name lambda-basic --policy-name resize-s3 --policy-document file://resize-s3.json
```

Then create the function:

```
aws lambda create-function --function-name resize --runtime python3.12 --handler lambda_function.lambda_handler --role arn:aws:iam::123456789012:role/lambda-basic --zip-file fileb://resize.zip
```

Then look at its configuration with
aws lambda get-function-configuration --function-name resize.

Notice "State" in the answers. create-function replies at once with
"Pending": Lambda still needs a moment to prepare the function, and a
Pending function refuses to run. A couple of seconds later it is "Active",
so by the time you type the next command it is ready. A script that creates
a function and calls it straight away must wait in between:
aws lambda wait function-active-v2 --function-name resize.

@goal function id=resize and role id=lambda-basic s3-reads~bakery-cake-photos s3-writes~bakery-cake-resized and not role id=lambda-basic s3-writes~bakery-cake-photos -> lam-timeout
  ~ score +10
  > Created, with the defaults: 128 MB of memory and a 3-second timeout. No
  > server was started, and none will run until something calls it. Its role
  > may write logs, read originals and write copies, and nothing more: a bug
  > or a stolen key in this function cannot delete a photo. That is least
  > privilege.
@check role id=lambda-basic s3-writes~bakery-cake-photos
  > That role may now write, and so overwrite, the original photos too.
  > resize never needs that: give it less. Take a broad managed policy off
  > with aws iam detach-role-policy and use resize-s3.json instead, which
  > names the two buckets and one action for each.
@check function id=resize and not role id=lambda-basic s3-reads~bakery-cake-photos
  > resize exists, but its role only lets it write logs. Its first run would
  > ask S3 for an original and get AccessDenied. Add the inline policy in
  > resize-s3.json with aws iam put-role-policy; the function picks it up on
  > its next run, with no need to create it again.
@check role id=lambda-basic s3-reads~bakery-cake-photos and not role id=lambda-basic s3-writes~bakery-cake-resized
  > The role may read the originals, but not write to bakery-cake-resized,
  > so resize would do the work and then fail to save the copy. resize-s3.json
  > allows both.
@on error InvalidParameterValueException aws lambda create-function
  > Lambda could not assume the role: make lambda-basic first, with the trust
  > policy in trust-lambda.json.
@on error MalformedPolicyDocument aws iam put-role-policy
  > IAM refused the document. A permissions policy gives each statement an
  > Effect, an Action and a Resource, and names no Principal: cat
  > resize-s3.json to see one.

@task function id=resize
  ~ run aws iam create-role --role-name lambda-basic --assume-role-policy-document file://trust-lambda.json
  ~ run aws iam attach-role-policy --role-name lambda-basic --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
  ~ run aws iam put-role-policy --role-name lambda-basic --policy-name resize-s3 --policy-document file://resize-s3.json
  > The execution role lambda-basic is ready. Create the resize function from resize.zip: Python 3.12, handler
  > lambda_function.lambda_handler, role lambda-basic.

:: lam-timeout
@title Too slow
@objective Invoke resize on the big gallery photo and read why it fails.
@hint Call the function directly with aws lambda invoke.
@hint A run longer than the timeout is stopped with "Task timed out". The default timeout is 3 seconds, and 128 MB gives only a sliver of CPU.
@hint Type: aws lambda invoke --function-name resize --payload '{"key": "gallery/wedding-cake.jpg", "width": 1600}' --cli-binary-format raw-in-base64-out out.json
@setup run aws iam create-role --role-name lambda-basic --assume-role-policy-document file://trust-lambda.json
@setup run aws iam attach-role-policy --role-name lambda-basic --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
@setup run aws iam put-role-policy --role-name lambda-basic --policy-name resize-s3 --policy-document file://resize-s3.json
@setup run aws lambda create-function --function-name resize --runtime python3.12 --handler lambda_function.lambda_handler --role arn:aws:iam::123456789012:role/lambda-basic --zip-file fileb://resize.zip
@setup wait 2

Test it on the biggest photo in the gallery:

```
aws lambda invoke --function-name resize --payload '{"key": "gallery/wedding-cake.jpg", "width": 1600}' --cli-binary-format raw-in-base64-out out.json
```

The laptop's CLI is version 2, which reads --payload as base64 and refuses
plain JSON ("Invalid base64"). --cli-binary-format raw-in-base64-out tells
it the JSON is meant as it is.

@goal function id=resize last-status=timeout -> lam-fix
  ~ score +5
  > It timed out: the run hit the 3-second limit and Lambda stopped it. Image
  > work on 128 MB has very little CPU, because CPU grows with memory.
@check function id=resize last-status=ok
  > That one worked: try the big gallery photo from the scene.
@check function id=resize last-status=access-denied
  > resize failed at S3, not at its timeout: its role may not read the
  > original or write the copy. Put the inline policy back with aws iam
  > put-role-policy and file://resize-s3.json, then invoke again.

:: lam-fix
@title More memory, longer timeout
@concept Lambda memory and timeout
@objective Give resize 1,024 MB of memory and a 10-second timeout, then invoke it again successfully.
@hint Memory and timeout are configuration, not code.
@hint aws lambda update-function-configuration takes --memory-size (128 to 10,240 MB) and --timeout (up to 900 seconds). More memory also means more CPU.
@hint Type: aws lambda update-function-configuration --function-name resize --memory-size 1024 --timeout 10, then invoke it again
@setup run aws lambda invoke --function-name resize --payload '{"key": "gallery/wedding-cake.jpg", "width": 1600}' --cli-binary-format raw-in-base64-out out.json
~ unflag lam-fix-proved

Two settings decide this. The timeout can go from the default 3 seconds up
to 900 (15 minutes). Memory goes from 128 MB to 10,240 MB, and CPU comes
with it: at 1,769 MB a function gets about one whole vCPU.

```
aws lambda update-function-configuration --function-name resize --memory-size 1024 --timeout 10
```

Then invoke it again on the same photo. An update, too, takes Lambda a
moment: LastUpdateStatus says "InProgress" until it is "Successful", and a
call in between still gets the old settings. Scripts wait for it with
aws lambda wait function-updated-v2 --function-name resize.

@on ok aws lambda update-function-configuration
  ~ unflag lam-fix-proved
@on ok aws lambda invoke
  ~ flag lam-fix-proved
@goal function id=resize memory>=1024 timeout>=10 last-status=ok and flag lam-fix-proved -> lam-billing
  ~ score +15
  ~ badge Tuned
  > It worked, and faster: more memory bought more CPU. Read the REPORT line
  > under the call: Duration is how long the code ran, Billed Duration what
  > you pay for (a cold start's Init Duration included). The real CLI gives
  > you that line when you add --log-type Tail (base64-encoded, in LogResult),
  > and CloudWatch Logs keeps it in the log group /aws/lambda/resize.
@check function id=resize memory>=1024 timeout>=10 and not flag lam-fix-proved
  > Both settings are in place, but the last run on record came before the
  > last change. Invoke it again on the same photo to see what they bought.
@check function id=resize timeout>=900
  > The maximum works, but a stuck run would now bill for 15 minutes before it
  > is stopped. Keep timeouts close to what the work needs.
@on error * aws lambda update-function-configuration --timeout 1000
  > 900 seconds (15 minutes) is the longest any Lambda run can take. Longer
  > work belongs on Fargate or EC2.

@task function id=resize memory>=1024 timeout>=10
  ~ run aws iam create-role --role-name lambda-basic --assume-role-policy-document file://trust-lambda.json
  ~ run aws lambda create-function --function-name resize --runtime python3.12 --handler lambda_function.lambda_handler --role arn:aws:iam::123456789012:role/lambda-basic --zip-file fileb://resize.zip
  ~ wait 2
  > The resize function gives up after 3 seconds on large photos. Give it
  > 1024 MB of memory and a 10-second timeout.

:: lam-billing
@title How a run is billed
@objective Work out how a 23 ms run is billed today, and how it was billed before December 2020.
@hint Billing is memory times duration, rounded up.
@hint Since December 2020 Lambda rounds duration up to the nearest 1 ms. Before that, to the nearest 100 ms, as older notes still say.
@hint Pick 3.
@setup run aws lambda update-function-configuration --function-name resize --memory-size 1024 --timeout 10
@setup wait 2
@setup run aws lambda invoke --function-name resize --payload '{"key": "gallery/wedding-cake.jpg", "width": 1600}' --cli-binary-format raw-in-base64-out out.json
@setup flag lam-fix-proved

Lambda bills two things: requests (about $0.20 per million) and duration
in GB-seconds, memory times time (about $0.0000166667 per GB-second on x86,
$0.0000133334 on arm64). The free tier covers 1M requests and 400,000
GB-seconds a month.

Older course notes say duration is rounded up to the nearest 100 ms. That
was true until December 2020, when AWS switched to rounding up to the
nearest 1 ms.

A thumbnail request runs for 23 ms. What is billed?

* 23 ms, both before and after December 2020
  > Before December 2020 every run was rounded up to a multiple of 100 ms.
* 100 ms, both before and after
  > That is the old rule only. Since December 2020 the rounding is to 1 ms.
* 23 ms today; 100 ms before December 2020 -> lam-resize
  ~ score +10
  ~ badge Millisecond
  > Right. For this run the billed time fell from 100 ms to 23 ms, more than
  > three quarters less. Short functions gained the most from the change.
