package computequest.sim.dynamodb;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Copy;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import computequest.sim.Param;
import computequest.sim.ecr.EcrOps;
import computequest.sim.lambda.LambdaOps;
import computequest.sim.lambda.ServerlessState;
import computequest.story.Suggest;
import java.util.List;

/** DynamoDB tables: create (keys, billing mode, indexes, streams, encryption, class, protection), describe, list, delete. */
public final class DynamoOps {

    private DynamoOps() {
    }

    public static List<Operation> operations() {
        return List.of(
                new Operation("dynamodb", "create-table", "Create a table (PAY_PER_REQUEST is on-demand, serverless).", List.of(
                        Param.req("--table-name", "The name."),
                        Param.list("--attribute-definitions", true, "AttributeName=id,AttributeType=S"),
                        Param.list("--key-schema", true, "AttributeName=id,KeyType=HASH"),
                        Param.opt("--billing-mode", "PAY_PER_REQUEST or PROVISIONED."),
                        Param.opt("--provisioned-throughput", "ReadCapacityUnits=5,WriteCapacityUnits=5 (PROVISIONED only)."),
                        Param.opt("--local-secondary-indexes", "Indexes with the same partition key, as JSON."),
                        Param.opt("--global-secondary-indexes", "Indexes with another key, as JSON."),
                        Param.opt("--stream-specification", "StreamEnabled=true,StreamViewType=NEW_AND_OLD_IMAGES"),
                        Param.opt("--sse-specification", "Enabled=true,SSEType=KMS (encryption with your own key)."),
                        Param.opt("--table-class", "STANDARD or STANDARD_INFREQUENT_ACCESS."),
                        Param.flag("--deletion-protection-enabled", "Refuse delete-table until it is turned off."),
                        Param.flag("--no-deletion-protection-enabled", "Allow delete-table (the default)."),
                        Param.list("--tags", false, "Key=Owner,Value=blueTeam")), DynamoOps::createTable),
                new Operation("dynamodb", "describe-table", "Show a table.", List.of(Param.req("--table-name", "The table.")),
                        DynamoOps::describeTable),
                new Operation("dynamodb", "list-tables", "List tables.", List.of(), DynamoOps::listTables),
                new Operation("dynamodb", "delete-table", "Delete a table.", List.of(Param.req("--table-name", "The table.")),
                        DynamoOps::deleteTable));
    }

    /** A flat shorthand value (A=1,B=true,C=x) or JSON, as a JSON element; lists of them when several words. */
    public static JsonElement value(String text) {
        String s = text.strip();
        if (s.startsWith("{") || s.startsWith("[")) {
            try {
                return JsonParser.parseString(s);
            } catch (RuntimeException e) {
                throw new CliException("Error parsing parameter: Invalid JSON: " + s);
            }
        }
        JsonObject o = new JsonObject();
        for (String pair : s.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new CliException("Error parsing parameter: expected Key=Value, got '" + pair + "'.");
            }
            String k = pair.substring(0, eq).strip();
            String v = pair.substring(eq + 1).strip();
            if (v.matches("\\d+")) {
                o.addProperty(k, Long.parseLong(v));
            } else if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                o.addProperty(k, Boolean.parseBoolean(v.toLowerCase(java.util.Locale.ROOT)));
            } else {
                o.addProperty(k, v);
            }
        }
        return o;
    }

    private static JsonArray list(List<String> words) {
        JsonArray out = new JsonArray();
        for (String w : words) {
            JsonElement e = value(w);
            (e.isJsonArray() ? e.getAsJsonArray() : List.of(e)).forEach(out::add);
        }
        return out;
    }

    private static JsonObject throughput(JsonElement given) {
        JsonObject t = new JsonObject();
        t.addProperty("NumberOfDecreasesToday", 0);
        JsonObject g = given == null ? new JsonObject() : given.getAsJsonObject();
        t.addProperty("ReadCapacityUnits", g.has("ReadCapacityUnits") ? g.get("ReadCapacityUnits").getAsLong() : 0);
        t.addProperty("WriteCapacityUnits", g.has("WriteCapacityUnits") ? g.get("WriteCapacityUnits").getAsLong() : 0);
        return t;
    }

    private static Operation.Result createTable(Cloud cloud, Invocation call) {
        String name = call.value("--table-name");
        if (!name.matches("[A-Za-z0-9_.-]{3,255}")) {
            throw new CliException("ValidationException", "Table names are 3 to 255 letters, digits, '_', '-' and '.'.");
        }
        if (cloud.serverless().tables().containsKey(name)) {
            throw new CliException("ResourceInUseException", "Table already exists: " + name);
        }
        String mode = call.value("--billing-mode", "PROVISIONED");
        if (!mode.equals("PAY_PER_REQUEST") && !mode.equals("PROVISIONED")) {
            throw new CliException("ValidationException", "--billing-mode is PAY_PER_REQUEST or PROVISIONED, not " + mode + ".");
        }
        if (mode.equals("PROVISIONED") && !call.has("--provisioned-throughput")) {
            throw new CliException("ValidationException", "No provisioned throughput specified for the table. Add"
                    + " --provisioned-throughput ReadCapacityUnits=5,WriteCapacityUnits=5, or use --billing-mode"
                    + " PAY_PER_REQUEST (on-demand: serverless, pay per request).");
        }
        JsonArray keys = list(call.list("--key-schema"));
        JsonArray attributes = list(call.list("--attribute-definitions"));
        String hash = null;
        for (JsonElement k : keys) {
            if (k.getAsJsonObject().get("KeyType").getAsString().equals("HASH")) {
                hash = k.getAsJsonObject().get("AttributeName").getAsString();
            }
            String attr = k.getAsJsonObject().get("AttributeName").getAsString();
            if (!attributes.toString().contains("\"" + attr + "\"")) {
                throw new CliException("ValidationException", "One or more parameter values were invalid: Some index key"
                        + " attributes are not defined in AttributeDefinitions. Keys: [" + attr + "]");
            }
        }
        if (hash == null) {
            throw new CliException("ValidationException", "--key-schema needs a partition key: AttributeName=id,KeyType=HASH");
        }
        String arn = "arn:aws:dynamodb:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":table/" + name;
        JsonObject spec = new JsonObject();
        spec.add("AttributeDefinitions", attributes);
        spec.add("KeySchema", keys);
        spec.add("ProvisionedThroughput", throughput(call.has("--provisioned-throughput")
                ? value(call.value("--provisioned-throughput")) : null));
        for (String[] ix : new String[][] {{"--local-secondary-indexes", "LocalSecondaryIndexes"},
                {"--global-secondary-indexes", "GlobalSecondaryIndexes"}}) {
            if (call.has(ix[0])) {
                JsonArray out = new JsonArray();
                for (JsonElement e : value(call.value(ix[0])).getAsJsonArray()) {
                    JsonObject i = e.getAsJsonObject().deepCopy();
                    if (ix[1].startsWith("Global")) {
                        i.addProperty("IndexStatus", "CREATING");
                        i.add("ProvisionedThroughput", throughput(i.get("ProvisionedThroughput")));
                    }
                    i.addProperty("IndexSizeBytes", 0);
                    i.addProperty("ItemCount", 0);
                    i.addProperty("IndexArn", arn + "/index/" + i.get("IndexName").getAsString());
                    out.add(i);
                }
                spec.add(ix[1], out);
            }
        }
        if (call.has("--stream-specification")) {
            JsonObject st = value(call.value("--stream-specification")).getAsJsonObject();
            spec.add("StreamSpecification", st);
            String label = Catalog.timestamp(cloud.clock()).replace("+00:00", ".000");
            spec.addProperty("LatestStreamLabel", label);
            spec.addProperty("LatestStreamArn", arn + "/stream/" + label);
        }
        if (call.has("--sse-specification")) {
            JsonObject sse = value(call.value("--sse-specification")).getAsJsonObject();
            JsonObject d = new JsonObject();
            d.addProperty("Status", "ENABLED");
            d.addProperty("SSEType", sse.has("SSEType") ? sse.get("SSEType").getAsString() : "KMS");
            d.addProperty("KMSMasterKeyArn", "arn:aws:kms:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":key/"
                    + (sse.has("KMSMasterKeyId") ? sse.get("KMSMasterKeyId").getAsString() : "aws/dynamodb"));
            spec.add("SSEDescription", d);
        }
        if (call.has("--table-class")) {
            JsonObject tc = new JsonObject();
            tc.addProperty("TableClass", call.value("--table-class"));
            spec.add("TableClassSummary", tc);
        }
        spec.addProperty("DeletionProtectionEnabled", call.has("--deletion-protection-enabled"));
        ServerlessState.Table t = new ServerlessState.Table(name, "ACTIVE", mode, hash, spec.toString(), cloud.clock());
        cloud = cloud.withServerless(cloud.serverless().withTable(t));
        JsonObject res = new JsonObject();
        res.add("TableDescription", tableJson(t.withStatus("CREATING")));
        return new Operation.Result(cloud, res, List.of("Table " + name + " created (" + mode + (mode.equals("PAY_PER_REQUEST")
                ? ": on-demand, nothing to size, paid per read and write - serverless" : ": you pay for capacity all the time")
                + ")." + (call.has("--deletion-protection-enabled") ? " Deletion protection is on: delete-table refuses"
                + " until update-table --no-deletion-protection-enabled." : "")));
    }

    private static JsonObject tableJson(ServerlessState.Table t) {
        JsonObject spec = JsonParser.parseString(t.spec()).getAsJsonObject();
        JsonObject o = new JsonObject();
        if (spec.has("AttributeDefinitions")) {
            o.add("AttributeDefinitions", spec.get("AttributeDefinitions"));
        }
        o.addProperty("TableName", t.name());
        if (spec.has("KeySchema")) {
            o.add("KeySchema", spec.get("KeySchema"));
        }
        o.addProperty("TableStatus", t.status());
        o.addProperty("CreationDateTime", Catalog.timestamp(t.createdAt()));
        o.add("ProvisionedThroughput", spec.has("ProvisionedThroughput") ? spec.get("ProvisionedThroughput")
                : throughput(null));
        o.addProperty("TableSizeBytes", 0);
        o.addProperty("ItemCount", 0);
        o.addProperty("TableArn", "arn:aws:dynamodb:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":table/" + t.name());
        o.addProperty("TableId", LambdaOps.uuid(EcrOps.digest("table|" + t.name() + "|" + t.createdAt()).substring(7)));
        JsonObject bm = new JsonObject();
        bm.addProperty("BillingMode", t.billingMode());
        o.add("BillingModeSummary", bm);
        for (String k : List.of("LocalSecondaryIndexes", "GlobalSecondaryIndexes", "StreamSpecification",
                "LatestStreamLabel", "LatestStreamArn", "SSEDescription", "TableClassSummary", "DeletionProtectionEnabled")) {
            if (spec.has(k)) {
                o.add(k, spec.get(k));
            }
        }
        return o;
    }

    private static ServerlessState.Table table(Cloud cloud, String name) {
        ServerlessState.Table t = cloud.serverless().tables().get(name);
        if (t == null) {
            throw new CliException("ResourceNotFoundException", "Requested resource not found: Table: " + name + " not found"
                    + Suggest.didYouMean(name, cloud.serverless().tables().keySet()));
        }
        return t;
    }

    private static Operation.Result describeTable(Cloud cloud, Invocation call) {
        JsonObject res = new JsonObject();
        res.add("Table", tableJson(table(cloud, call.value("--table-name"))));
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result listTables(Cloud cloud, Invocation call) {
        JsonArray a = new JsonArray();
        cloud.serverless().tables().keySet().forEach(a::add);
        JsonObject res = new JsonObject();
        res.add("TableNames", a);
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result deleteTable(Cloud cloud, Invocation call) {
        ServerlessState.Table t = table(cloud, call.value("--table-name"));
        if (t.spec().contains("\"DeletionProtectionEnabled\":true")) {
            throw new CliException("ValidationException", "Resource cannot be deleted as it is currently protected against"
                    + " deletion. Disable deletion protection first: aws dynamodb update-table --table-name " + t.name()
                    + " --no-deletion-protection-enabled");
        }
        ServerlessState s = cloud.serverless();
        cloud = cloud.withServerless(new ServerlessState(s.functions(), s.triggers(), s.buckets(),
                Copy.remove(s.tables(), t.name()), s.queues(), s.rules()));
        JsonObject res = new JsonObject();
        res.add("TableDescription", tableJson(t.withStatus("DELETING")));
        return new Operation.Result(cloud, res, List.of("Table " + t.name() + " deleted, with its items."));
    }
}
