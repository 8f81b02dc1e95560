package computequest.laptop;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files the course puts on the learner's laptop: the three sample apps with their Dockerfiles, the task
 * definitions, the Lambda functions' code and zips, an S3 notification configuration, the trust policies of the
 * roles the course makes (trust-ec2.json, trust-ecs-tasks.json, trust-lambda.json, trust-eks.json) and the user data
 * of ECS container instances (ecs-user-data.sh). {@code taskdef.json} has a
 * mistake planted in it for chapter 3 to find and fix: a comma after the last port mapping (line 13).
 */
final class HomeFiles {

    /** How a binary file starts: the text after it says what it holds. */
    static final String ZIP_MAGIC = "PK\u0003\u0004";
    static final String JPEG_MAGIC = "\u00ff\u00d8\u00ff\u00e0";
    static final String REGISTRY = "123456789012.dkr.ecr.us-east-1.amazonaws.com";

    private HomeFiles() {
    }

    static Laptop laptop() {
        Map<String, String> f = new TreeMap<>();
        f.put("Dockerfile", """
                # The web front end: nginx serving the static pages in app/
                FROM nginx:alpine
                COPY app/ /usr/share/nginx/html/
                EXPOSE 80
                """);
        f.put("app/index.html", """
                <!doctype html>
                <title>The Bakery</title>
                <h1>Fresh bread, every morning</h1>
                <p>Order online: <a href="/api/orders">/api/orders</a></p>
                """);
        f.put("app/styles.css", "body { font-family: sans-serif; margin: 2em; }\n");
        f.put("api/Dockerfile", """
                # The orders API: a small Python web service
                FROM python:3.12-slim
                WORKDIR /app
                COPY requirements.txt .
                RUN pip install -r requirements.txt
                COPY app.py .
                EXPOSE 8080
                CMD ["python", "app.py"]
                """);
        f.put("api/requirements.txt", "flask==3.0.3\n");
        f.put("api/app.py", """
                from flask import Flask, jsonify

                app = Flask(__name__)

                @app.get("/api/orders")
                def orders():
                    return jsonify([{"id": 1, "item": "sourdough", "qty": 2}])

                if __name__ == "__main__":
                    app.run(host="0.0.0.0", port=8080)
                """);
        f.put("worker/Dockerfile", """
                # The print worker: takes orders from a queue and prints labels
                FROM python:3.12-slim
                WORKDIR /app
                COPY worker.py .
                CMD ["python", "worker.py"]
                """);
        f.put("worker/worker.py", """
                import time

                while True:
                    print("printing labels for new orders")
                    time.sleep(60)
                """);
        f.put("taskdef.json", """
                {
                  "family": "web",
                  "requiresCompatibilities": ["EC2"],
                  "networkMode": "bridge",
                  "containerDefinitions": [
                    {
                      "name": "web",
                      "image": "%s/web:v1",
                      "cpu": 256,
                      "memory": 256,
                      "essential": true,
                      "portMappings": [
                        {"containerPort": 80, "hostPort": 0, "protocol": "tcp"},
                      ]
                    }
                  ]
                }
                """.replace("%s", REGISTRY));
        f.put("fargate-taskdef.json", """
                {
                  "family": "web-fargate",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {
                      "name": "web",
                      "image": "%s/web:v1",
                      "essential": true,
                      "portMappings": [{"containerPort": 80, "protocol": "tcp"}]
                    }
                  ]
                }
                """.replace("%s", REGISTRY));
        f.put("nginx-taskdef.json", """
                {
                  "family": "nginx",
                  "requiresCompatibilities": ["EC2", "FARGATE"],
                  "networkMode": "awsvpc",
                  "cpu": "256",
                  "memory": "512",
                  "containerDefinitions": [
                    {"name": "nginx", "image": "nginx:latest", "essential": true,
                     "portMappings": [{"containerPort": 80}]}
                  ]
                }
                """);
        f.put("broken-taskdef.json", """
                {
                  "family": "web",
                  "requiresCompatibilities": ["FARGATE"],
                  "networkMode": "bridge",
                  "cpu": "256",
                  "memory": "4096",
                  "containerDefinitions": [
                    {"name": "web", "essential": true, "portMappings": [{"containerPort": 80}]}
                  ]
                }
                """);
        f.put("functions/hello/lambda_function.py", """
                def lambda_handler(event, context):
                    name = event.get("name", "world")
                    return {"message": f"Hello, {name}!"}
                """);
        f.put("functions/resize/lambda_function.py", """
                import boto3
                from PIL import Image

                s3 = boto3.client("s3")

                def lambda_handler(event, context):
                    # Reads the photo from S3, writes a smaller copy to the -resized bucket
                    key = event["key"]
                    width = int(event.get("width", 800))
                    ...
                    return {"resized": key, "width": width}
                """);
        f.put("functions/report/lambda_function.py", """
                def lambda_handler(event, context):
                    # Reads yesterday's orders and writes a sales report
                    return {"report": "daily-sales.csv"}
                """);
        for (String fn : List.of("hello", "resize", "report")) {
            f.put(fn + ".zip", ZIP_MAGIC + " zip archive, sample=" + fn + ".zip: lambda_function.py\n");
        }
        f.put("photo.jpg", JPEG_MAGIC + " JPEG image, 4032x3024, a wedding cake\n");
        f.put("notification.json", """
                {
                  "LambdaFunctionConfigurations": [
                    {
                      "LambdaFunctionArn": "arn:aws:lambda:us-east-1:123456789012:function:resize",
                      "Events": ["s3:ObjectCreated:*"]
                    }
                  ]
                }
                """);
        f.putAll(computequest.sim.iam.IamService.SAMPLES);
        List<String> dirs = List.of("app", "api", "worker", "functions", "functions/hello", "functions/resize",
                "functions/report");
        Map<String, String> vars = Map.of("HOME", Laptop.HOME, "USER", "learner", "AWS_DEFAULT_REGION", "us-east-1",
                "AWS_PAGER", "");
        return new Laptop(f, dirs, vars, List.of(), Map.of());
    }

    /** What a binary file is, for cat and ls; null for a text file. */
    static String binaryKind(String content) {
        if (content.startsWith(ZIP_MAGIC)) {
            return "a zip archive";
        }
        if (content.startsWith(JPEG_MAGIC)) {
            return "a JPEG image";
        }
        return null;
    }

    /** The sample package a zip file is a copy of, or null when it is not one of the course's zips. */
    static String zipSample(String content) {
        if (!content.startsWith(ZIP_MAGIC)) {
            return null;
        }
        int at = content.indexOf("sample=");
        int end = content.indexOf(':', at);
        return at < 0 || end < 0 ? null : content.substring(at + 7, end);
    }
}
