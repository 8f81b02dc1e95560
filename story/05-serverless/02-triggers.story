// Chapter 5, part 2: triggers (API Gateway and S3), doing it alone, an on-call incident, and the knowledge check.
@chapter 5 Serverless and Lambda

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

```
aws apigatewayv2 create-api --name resize-api --protocol-type HTTP --target arn:aws:lambda:us-east-1:123456789012:function:resize
```

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
@setup flag called-api

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
@setup flag uploaded-photo
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
