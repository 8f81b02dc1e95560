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

aws dynamodb create-table --table-name orders
--attribute-definitions AttributeName=id,AttributeType=S
--key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST

Then two buckets: one for the original cake photos, and one for the
smaller copies a function will make later in this chapter (why they must
be apart, you will see then):

aws s3 mb s3://bakery-cake-photos

aws s3 mb s3://bakery-cake-resized

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
@objective Make the execution role lambda-basic, then create a Python Lambda function called resize from resize.zip with it.
@hint First the role, as in chapter 3 but trusted by Lambda; then aws lambda create-function.
@hint The role's trust policy must name lambda.amazonaws.com (file://trust-lambda.json), and AWSLambdaBasicExecutionRole lets the function write its logs. create-function needs --function-name, --runtime, --handler, --role (the role's ARN) and --zip-file.
@hint Type: aws iam create-role --role-name lambda-basic --assume-role-policy-document file://trust-lambda.json, then aws iam attach-role-policy --role-name lambda-basic --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole, then aws lambda create-function --function-name resize --runtime python3.12 --handler lambda_function.lambda_handler --role arn:aws:iam::123456789012:role/lambda-basic --zip-file fileb://resize.zip

The bakery shows cake photos in many sizes: thumbnails, product pages, the
big gallery. Storing every size is wasteful. Instead, a function will make a
size the first time someone asks for it. Its code is in resize.zip.

Every function runs as its execution role: Lambda assumes it to run your
code, so the role must exist first and trust lambda.amazonaws.com. Make it
the way you made ecsInstanceRole in chapter 3, with file://trust-lambda.json
as the trust policy and the managed policy AWSLambdaBasicExecutionRole,
which lets the function write its logs. No instance profile this time: that
is for EC2 only. Then create the function:

aws lambda create-function --function-name resize --runtime python3.12
--handler lambda_function.lambda_handler --role arn:aws:iam::123456789012:role/lambda-basic
--zip-file fileb://resize.zip

Then look at its configuration with
aws lambda get-function-configuration --function-name resize.

@goal function id=resize -> lam-timeout
  ~ score +10
  > Created, with the defaults: 128 MB of memory and a 3-second timeout. No
  > server was started, and none will run until something calls it.
@on error InvalidParameterValueException aws lambda create-function
  > Lambda could not assume the role: make lambda-basic first, with the trust
  > policy in trust-lambda.json.

@task function id=resize
  ~ run aws iam create-role --role-name lambda-basic --assume-role-policy-document file://trust-lambda.json
  ~ run aws iam attach-role-policy --role-name lambda-basic --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
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
@setup run aws lambda create-function --function-name resize --runtime python3.12 --handler lambda_function.lambda_handler --role arn:aws:iam::123456789012:role/lambda-basic --zip-file fileb://resize.zip

Test it on the biggest photo in the gallery:

aws lambda invoke --function-name resize
--payload '{"key": "gallery/wedding-cake.jpg", "width": 1600}'
--cli-binary-format raw-in-base64-out out.json

The laptop's CLI is version 2, which reads --payload as base64 and refuses
plain JSON ("Invalid base64"). --cli-binary-format raw-in-base64-out tells
it the JSON is meant as it is.

@goal function id=resize last-status=timeout -> lam-fix
  ~ score +5
  > It timed out: the run hit the 3-second limit and Lambda stopped it. Image
  > work on 128 MB has very little CPU, because CPU grows with memory.
@check function id=resize last-status=ok
  > That one worked: try the big gallery photo from the scene.

:: lam-fix
@title More memory, longer timeout
@concept Lambda memory and timeout
@objective Give resize 1,024 MB of memory and a 10-second timeout, then invoke it again successfully.
@hint Memory and timeout are configuration, not code.
@hint aws lambda update-function-configuration takes --memory-size (128 to 10,240 MB) and --timeout (up to 900 seconds). More memory also means more CPU.
@hint Type: aws lambda update-function-configuration --function-name resize --memory-size 1024 --timeout 10, then invoke it again
@setup run aws lambda invoke --function-name resize --payload '{"key": "gallery/wedding-cake.jpg", "width": 1600}' --cli-binary-format raw-in-base64-out out.json

Two settings decide this. The timeout can go from the default 3 seconds up
to 900 (15 minutes). Memory goes from 128 MB to 10,240 MB, and CPU comes
with it: at 1,769 MB a function gets about one whole vCPU.

aws lambda update-function-configuration --function-name resize
--memory-size 1024 --timeout 10

Then invoke it again on the same photo.

@goal function id=resize memory>=1024 timeout>=10 last-status=ok -> lam-billing
  ~ score +15
  ~ badge Tuned
  > It worked, and faster: more memory bought more CPU. Look at
  > last-duration-ms and last-billed-ms in get-function-configuration.
@check function id=resize timeout>=900
  > The maximum works, but a stuck run would now bill for 15 minutes before it
  > is stopped. Keep timeouts close to what the work needs.
@on error * aws lambda update-function-configuration --timeout 1000
  > 900 seconds (15 minutes) is the longest any Lambda run can take. Longer
  > work belongs on Fargate or EC2.

@task function id=resize memory>=1024 timeout>=10
  ~ run aws iam create-role --role-name lambda-basic --assume-role-policy-document file://trust-lambda.json
  ~ run aws lambda create-function --function-name resize --runtime python3.12 --handler lambda_function.lambda_handler --role arn:aws:iam::123456789012:role/lambda-basic --zip-file fileb://resize.zip
  > The resize function gives up after 3 seconds on large photos. Give it
  > 1024 MB of memory and a 10-second timeout.

:: lam-billing
@title How a run is billed
@objective Work out how a 23 ms run is billed today, and how it was billed before December 2020.
@hint Billing is memory times duration, rounded up.
@hint Since December 2020 Lambda rounds duration up to the nearest 1 ms. Before that, to the nearest 100 ms, as older notes still say.
@hint Pick 3.
@setup run aws lambda update-function-configuration --function-name resize --memory-size 1024 --timeout 10
@setup run aws lambda invoke --function-name resize --payload '{"key": "gallery/wedding-cake.jpg", "width": 1600}' --cli-binary-format raw-in-base64-out out.json

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

:: lam-resize
@title Resize on the fly
@objective Give resize an HTTPS endpoint with API Gateway, let API Gateway invoke it, then request a thumbnail with curl.
@hint The trigger for a web request is API Gateway, and the function must allow it.
@hint aws apigatewayv2 create-api --protocol-type HTTP --target FUNCTION-ARN makes an HTTP API that calls the function; aws lambda add-permission lets apigateway.amazonaws.com invoke it; then curl its URL.
@hint Type: aws apigatewayv2 create-api --name resize-api --protocol-type HTTP --target arn:aws:lambda:us-east-1:123456789012:function:resize, then aws lambda add-permission --function-name resize --statement-id apigateway-invoke --action lambda:InvokeFunction --principal apigateway.amazonaws.com --source-arn 'arn:aws:execute-api:us-east-1:123456789012:*', then curl the ApiEndpoint it printed with /gallery/wedding-cake.jpg?width=300

Here is the pattern. The original photos live in bakery-cake-photos. A web
page asks for gallery/wedding-cake.jpg at width 300. API Gateway receives
the request and calls resize. The function reads the original, makes the
size, saves it in the other bucket, bakery-cake-resized, and redirects the
browser there, so the next request for that size comes straight from S3
without running any code.

Why two buckets? Soon resize will also run on every upload, through an S3
event. If it saved its copies into the bucket whose uploads trigger it,
each copy would be a new upload, which would run resize again, which would
save another copy, and so on: a recursive loop that piles up invocations
and S3 writes with nobody watching, and the bill with them. AWS warns
about exactly this pattern. Keeping originals and copies apart breaks it.

The trigger here is API Gateway. Create an HTTP API that targets the
function:

aws apigatewayv2 create-api --name resize-api --protocol-type HTTP
--target arn:aws:lambda:us-east-1:123456789012:function:resize

A role decides what the function may do; who may call it is the function's
own resource-based policy, and it starts empty. Until it lets API Gateway in,
every request gets 500 Internal Server Error. Add that permission:

```
aws lambda add-permission --function-name resize --statement-id apigateway-invoke \
  --action lambda:InvokeFunction --principal apigateway.amazonaws.com \
  --source-arn 'arn:aws:execute-api:us-east-1:123456789012:*'
```

Then request a thumbnail with curl at the
endpoint create-api printed, for example
curl 'https://ENDPOINT/gallery/wedding-cake.jpg?width=300'

@on ok curl
  ~ flag called-api
@on aws lambda add-permission
  ~ unflag called-api
@goal trigger function=resize type=api-gateway and flag called-api and function id=resize invokers~apigateway.amazonaws.com last-status=ok -> lam-alone
  ~ score +15
  ~ badge On the Fly
  > A thumbnail, made on demand, by code that ran only when asked, on servers
  > you never saw.
@check trigger function=resize type=api-gateway
  > The API exists. Let API Gateway invoke resize (aws lambda add-permission),
  > then request an image through it with curl.

:: lam-alone
@title Your turn: resize on upload
@objective Make resize run whenever a photo is uploaded to the originals bucket, bakery-cake-photos, then upload one to prove it.
@hint This trigger is S3, not API Gateway, and it goes on the originals bucket only. S3 too needs the function's permission.
@hint S3 calls Lambda asynchronously on events such as s3:ObjectCreated:*; let s3.amazonaws.com invoke resize for arn:aws:s3:::bakery-cake-photos with aws lambda add-permission, set the trigger on bakery-cake-photos (never on bakery-cake-resized, where resize writes) with aws s3api put-bucket-notification-configuration, then upload with aws s3 cp.
@hint Type: aws lambda add-permission --function-name resize --statement-id s3-invoke --action lambda:InvokeFunction --principal s3.amazonaws.com --source-arn arn:aws:s3:::bakery-cake-photos --source-account 123456789012, then aws s3api put-bucket-notification-configuration --bucket bakery-cake-photos --notification-configuration '{"LambdaFunctionConfigurations": [{"LambdaFunctionArn": "arn:aws:lambda:us-east-1:123456789012:function:resize", "Events": ["s3:ObjectCreated:*"]}]}', then aws s3 cp photo.jpg s3://bakery-cake-photos/gallery/birthday.jpg
@setup run aws lambda add-permission --function-name resize --statement-id apigateway-invoke --action lambda:InvokeFunction --principal apigateway.amazonaws.com --source-arn 'arn:aws:execute-api:us-east-1:123456789012:*'
@setup run aws apigatewayv2 create-api --name resize-api --protocol-type HTTP --target arn:aws:lambda:us-east-1:123456789012:function:resize

@on aws s3api put-bucket-notification-configuration
  ~ unflag uploaded-photo
@on ok aws s3 cp
  ~ flag uploaded-photo
@goal trigger id=s3:bakery-cake-photos function=resize and flag uploaded-photo -> lam-oncall
  ~ score +20
  ~ badge Event Driven
  > The upload ran resize by itself. Now every new photo gets its thumbnail
  > straight away, and nothing runs, or bills, between uploads.
@check trigger id=s3:bakery-cake-resized
  > Careful: bakery-cake-resized is where resize saves its copies, so a
  > trigger there would call resize for every copy it writes, a loop that
  > runs up the bill. Remove it at once: an empty notification configuration,
  > --notification-configuration '{}', does that. Then put the trigger on
  > bakery-cake-photos instead.
@check trigger id=s3:bakery-cake-photos function=resize
  > The originals bucket now calls resize on every new object. Upload a photo
  > to see it happen.
@check s3-bucket id=bakery-cake-photos objects>=1 and not trigger id=s3:bakery-cake-photos
  > The photo is in the bucket, but nothing ran: the bucket has no trigger for
  > resize yet. Add one, then upload again.

:: lam-oncall
@title On call: the forgotten server
@callback ec2-terminate
@concept Instance lifecycle
@objective Find the m5.large called load-test and make sure it never bills again.
@hint Look at status, or describe the instances: which one is nobody's?
@hint Stopping still bills its EBS volume. Terminate it, and wait until it is terminated.
@hint Type: aws ec2 describe-instances --filters Name=tag:Name,Values=load-test, then aws ec2 terminate-instances --instance-ids ITS-ID, then wait
@setup run aws lambda add-permission --function-name resize --statement-id s3-invoke --action lambda:InvokeFunction --principal s3.amazonaws.com --source-arn arn:aws:s3:::bakery-cake-photos --source-account 123456789012
@setup run aws s3api put-bucket-notification-configuration --bucket bakery-cake-photos --notification-configuration '{"LambdaFunctionConfigurations": [{"LambdaFunctionArn": "arn:aws:lambda:us-east-1:123456789012:function:resize", "Events": ["s3:ObjectCreated:*"]}]}'
@setup run aws s3 cp photo.jpg s3://bakery-cake-photos/gallery/birthday.jpg
~ run aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type m5.large --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=load-test}]'
~ wait 60

Finance forwards the month's bill with one line circled. An m5.large called
load-test is running, around the clock, for a load test that ended weeks ago.
Serverless or not, an instance somebody forgot keeps billing every hour.

Type 'status' to see it on your bill. Then find it and make sure it never
bills again.

@goal instance name=load-test state=terminated -> ch5-quiz-1
  ~ score +10
  > Resolved. Terminated: no more instance-hours, and its root volume is
  > deleted with it.
@check instance name=load-test state=stopped
  > Stopped: no instance-hours, but its EBS volume still bills by the
  > GB-month. Nobody needs this server: terminate it.

:: ch5-quiz-1
@title Serverless check 1 of 3
@concept Lambda memory and timeout
@quiz
@objective Answer the question.
@hint Read the error: which limit was hit?
@hint "Task timed out after 3.00 seconds" means the default timeout. Raise it, and memory if the work needs more CPU.
@hint Pick 'Its timeout, to about 60 seconds'.
@setup run aws ec2 terminate-instances --instance-ids ${instance name=load-test state=running}
@setup wait 60

A nightly report function, started by an EventBridge schedule, fails with
"Task timed out after 3.00 seconds". It needs about 40 seconds. What do you
change?

* Add a second trigger to share the work
  > More triggers mean more runs, each still stopped at 3 seconds.
* Its timeout, to about 60 seconds -> ch5-quiz-2
  ~ score +5
  > Right. The default is 3 seconds and the maximum 900, and more memory also
  > gives more CPU. Behind an HTTP API this would not be enough: API Gateway
  > waits at most 30 seconds for the function, so a 40-second job started
  > from a web request should run asynchronously, with the caller told at
  > once that it has begun.
* Nothing: Lambda retries until it finishes
  > A schedule invokes asynchronously, so Lambda does retry a failed run, a
  > couple of times, but each retry is stopped by the same 3-second limit.
  > A synchronous caller, such as API Gateway, gets the error straight
  > back, with no retry at all.

:: ch5-quiz-2
@title Serverless check 2 of 3
@concept Lambda memory and timeout
@quiz
@objective Answer the question.
@hint Lambda has a hard ceiling on one run's length.
@hint At most 900 seconds (15 minutes) per run.
@hint Pick 'No: a run stops after 15 minutes; use Fargate or EC2'.

A video transcode takes 40 minutes per file. Is Lambda the right place?

* No: a run stops after 15 minutes; use Fargate or EC2 -> ch5-quiz-3
  ~ score +5
  > Right. Long jobs belong in a container or on an instance.
* Yes, once its timeout is raised to 40 minutes
  > The timeout tops out at 900 seconds, 15 minutes.
* Yes, with 10,240 MB of memory to make it fast
  > More memory makes it faster, but not from 40 minutes to under 15 for
  > certain. Plan for a service without the 15-minute ceiling.

:: ch5-quiz-3
@title Serverless check 3 of 3
@concept What serverless means
@quiz
@objective Answer the question.
@hint Who scales it and who patches it?
@hint Serverless: no servers to manage or see, automatic scaling, pay for use. S3 fits all three.
@hint Pick 'Servers exist, but AWS sizes and patches them'.

A colleague says "S3 cannot be serverless: my files must be on a server
somewhere". What do you answer?

* Right, only Lambda is serverless
  > Serverless is a way of running things, not one service: S3, DynamoDB,
  > Fargate and API Gateway fit it too.
* Right, S3 is a managed EC2 fleet you rent
  > You never rent or see anything like an instance. You just store objects.
* Servers exist, but AWS sizes and patches them -> ch5-end
  ~ score +5
  > Exactly what serverless means: no servers to provision, patch or size, and
  > you pay per use.

:: ch5-end
@title Chapter 5 complete
@objective Continue to the finale.
@hint Type 1.
@hint The finale asks you to place every kind of workload.
@hint Type 1.

You have now run code on every kind of compute AWS offers: virtual
machines, the friendly server, containers on your instances and on Fargate,
Kubernetes, and functions. Time to put it all together.

~ badge Chapter 5

* On to the finale -> fin-oncall
  ~ score +5
