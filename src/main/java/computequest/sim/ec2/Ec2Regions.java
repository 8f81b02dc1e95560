package computequest.sim.ec2;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import computequest.sim.Param;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The account's Region and its Availability Zones: describe-regions and describe-availability-zones. The account
 * works in {@link Cloud#REGION}, whose six zones ({@link Catalog#ZONES}) hold the default subnets and instances.
 */
final class Ec2Regions {

    /**
     * The Regions a new account has enabled, in the order of the AWS CLI's documented describe-regions answer: those
     * opened before 20 March 2019 need no opt-in.
     */
    private static final List<String> ENABLED = List.of("eu-north-1", "ap-south-1", "eu-west-3", "eu-west-2",
            "eu-west-1", "ap-northeast-3", "ap-northeast-2", "ap-northeast-1", "sa-east-1", "ca-central-1",
            "ap-southeast-1", "ap-southeast-2", "eu-central-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2");

    /** The other Regions of the aws partition (botocore's endpoints.json), which an account must opt in to. */
    private static final List<String> OPT_IN = List.of("af-south-1", "ap-east-1", "ap-east-2", "ap-south-2",
            "ap-southeast-3", "ap-southeast-4", "ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "ca-west-1",
            "eu-central-2", "eu-south-1", "eu-south-2", "il-central-1", "me-central-1", "me-south-1", "mx-central-1");

    /** The zone group of the Region's Availability Zones, as EC2's model names it (us-east-1-zg-1). */
    private static final String GROUP = Cloud.REGION + "-zg-1";

    private static final Map<String, Function<String, List<String>>> ZONE_FILTERS = new LinkedHashMap<>();
    private static final Map<String, Function<String, List<String>>> REGION_FILTERS = new LinkedHashMap<>();

    static {
        ZONE_FILTERS.put("zone-name", List::of);
        ZONE_FILTERS.put("zone-id", z -> List.of(zoneId(z)));
        ZONE_FILTERS.put("zone-type", z -> List.of("availability-zone"));
        ZONE_FILTERS.put("state", z -> List.of("available"));
        ZONE_FILTERS.put("region-name", z -> List.of(Cloud.REGION));
        ZONE_FILTERS.put("group-name", z -> List.of(GROUP));
        ZONE_FILTERS.put("group-long-name", z -> List.of(groupLongName()));
        ZONE_FILTERS.put("opt-in-status", z -> List.of("opt-in-not-required"));
        ZONE_FILTERS.put("message", z -> List.of());
        ZONE_FILTERS.put("parent-zone-name", z -> List.of());
        ZONE_FILTERS.put("parent-zone-id", z -> List.of());
        REGION_FILTERS.put("region-name", List::of);
        REGION_FILTERS.put("endpoint", r -> List.of(endpoint(r)));
        REGION_FILTERS.put("opt-in-status", r -> List.of(optIn(r)));
    }

    private Ec2Regions() {
    }

    static List<Operation> operations() {
        return List.of(
                new Operation("ec2", "describe-availability-zones", "Show the Region's Availability Zones and their"
                        + " zone IDs.", List.of(
                        Param.list("--zone-names", false, "Only these zones, e.g. us-east-1a."),
                        Param.list("--zone-ids", false, "Only these zone IDs, e.g. use1-az1 (the same physical"
                                + " zone in every account; the letter in a zone name is per account)."),
                        Param.flag("--all-availability-zones", "Also Local and Wavelength Zones, opted in or not"
                                + " (the game's Region has only its six Availability Zones)."),
                        Param.list("--filters", false, "e.g. Name=zone-name,Values=us-east-1a")),
                        Ec2Regions::describeAvailabilityZones),
                new Operation("ec2", "describe-regions", "Show the Regions this account can use.", List.of(
                        Param.list("--region-names", false, "Only these Regions, e.g. us-east-1."),
                        Param.flag("--all-regions", "Also the Regions not enabled for the account (opt-in Regions)."),
                        Param.list("--filters", false, "e.g. Name=endpoint,Values=*us*")),
                        Ec2Regions::describeRegions));
    }

    /** A zone's ID: it names the same physical zone in every account ({@code use1-az1}). */
    static String zoneId(String zone) {
        return "use1-az" + (Catalog.ZONES.indexOf(zone) + 1);
    }

    private static String groupLongName() {
        return "US East (N. Virginia) 1";
    }

    private static String endpoint(String region) {
        return "ec2." + region + ".amazonaws.com";
    }

    private static String optIn(String region) {
        return ENABLED.contains(region) ? "opt-in-not-required" : "not-opted-in";
    }

    private static List<String> strings(Invocation call, String member) {
        List<String> out = new ArrayList<>();
        if (call.request().has(member)) {
            for (JsonElement e : call.request().getAsJsonArray(member)) {
                out.add(e.getAsString());
            }
        }
        return out;
    }

    private static boolean flag(Invocation call, String member) {
        return call.request().has(member) && call.request().get(member).getAsBoolean();
    }

    static Operation.Result describeAvailabilityZones(Cloud cloud, Invocation call) {
        List<String> names = strings(call, "ZoneNames");
        List<String> ids = strings(call, "ZoneIds");
        for (String n : names) {
            if (!Catalog.ZONES.contains(n)) {
                throw new CliException("InvalidParameterValue", "Invalid availability zone: [" + n + "]"
                        + Suggest.didYouMean(n, Catalog.ZONES) + " This account works in " + Cloud.REGION
                        + ", whose zones are " + String.join(", ", Catalog.ZONES) + ".");
            }
        }
        for (String id : ids) {
            if (Catalog.ZONES.stream().noneMatch(z -> zoneId(z).equals(id))) {
                throw new CliException("InvalidParameterValue", "Invalid availability zone-id: [" + id + "]"
                        + " The zone IDs of " + Cloud.REGION + " are use1-az1 to use1-az" + Catalog.ZONES.size() + ".");
            }
        }
        List<Ec2Filters.Filter> filters = Ec2Filters.parse(call.list("--filters"), ZONE_FILTERS, "zones");
        // --all-availability-zones adds Local and Wavelength Zones, which the game's Region does not simulate
        JsonArray zones = new JsonArray();
        for (String z : Catalog.ZONES) {
            if (!names.isEmpty() && !names.contains(z) || !ids.isEmpty() && !ids.contains(zoneId(z))
                    || !Ec2Filters.matches(z, Map.of(), filters, ZONE_FILTERS)) {
                continue;
            }
            JsonObject o = new JsonObject();
            o.addProperty("OptInStatus", "opt-in-not-required");
            o.add("Messages", new JsonArray());
            o.addProperty("RegionName", Cloud.REGION);
            o.addProperty("ZoneName", z);
            o.addProperty("ZoneId", zoneId(z));
            o.addProperty("GroupName", GROUP);
            o.addProperty("NetworkBorderGroup", Cloud.REGION);
            o.addProperty("ZoneType", "availability-zone");
            o.addProperty("GroupLongName", groupLongName());
            o.addProperty("State", "available");
            zones.add(o);
        }
        JsonObject res = new JsonObject();
        res.add("AvailabilityZones", zones);
        return new Operation.Result(cloud, res, List.of());
    }

    static Operation.Result describeRegions(Cloud cloud, Invocation call) {
        List<String> names = strings(call, "RegionNames");
        List<String> all = new ArrayList<>(ENABLED);
        all.addAll(OPT_IN);
        for (String n : names) {
            if (!all.contains(n)) {
                throw new CliException("InvalidParameterValue", "There is no Region called '" + n + "'."
                        + Suggest.didYouMean(n, all) + " aws ec2 describe-regions --all-regions lists them all.");
            }
        }
        List<Ec2Filters.Filter> filters = Ec2Filters.parse(call.list("--filters"), REGION_FILTERS, "regions");
        boolean everyRegion = flag(call, "AllRegions");
        JsonArray regions = new JsonArray();
        for (String r : all) {
            boolean shown = names.isEmpty() ? everyRegion || ENABLED.contains(r) : names.contains(r);
            if (!shown || !Ec2Filters.matches(r, Map.of(), filters, REGION_FILTERS)) {
                continue;
            }
            JsonObject o = new JsonObject();
            o.addProperty("Endpoint", endpoint(r));
            o.addProperty("RegionName", r);
            o.addProperty("OptInStatus", optIn(r));
            regions.add(o);
        }
        JsonObject res = new JsonObject();
        res.add("Regions", regions);
        return new Operation.Result(cloud, res, List.of());
    }
}
