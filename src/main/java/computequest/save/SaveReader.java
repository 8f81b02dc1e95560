package computequest.save;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * GENERATED from the save records by DecoderGenerator (src/test/java/computequest/save): do not edit. It reads a
 * save's records from a JsonReader without reflection, as Gson's binding read them (see {@link JsonRead}).
 * DecoderGeneratorTest fails when a record changed and this is stale; rewrite it with
 * {@code mvn -B -q test -Dtest=DecoderGeneratorTest -Dcq.updateDecoder=true}.
 */
final class SaveReader {

    private SaveReader() {
    }

    static SavedFile savedFile(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String format = null;
        int formatVersion = 0;
        int minCompatibleVersion = 0;
        String storyId = null;
        String storyHash = null;
        long seed = 0L;
        Instant created = null;
        Instant lastPlayed = null;
        long playedSeconds = 0L;
        SaveFile.Summary summary = null;
        GameSave state = null;
        List<SavedFile.Undo> undo = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "format" -> format = JsonRead.string(r);
                case "formatVersion" -> formatVersion = JsonRead.intComponent(r, "formatVersion");
                case "minCompatibleVersion" -> minCompatibleVersion = JsonRead.intComponent(r, "minCompatibleVersion");
                case "storyId" -> storyId = JsonRead.string(r);
                case "storyHash" -> storyHash = JsonRead.string(r);
                case "seed" -> seed = JsonRead.longComponent(r, "seed");
                case "created" -> created = JsonRead.instant(r);
                case "lastPlayed" -> lastPlayed = JsonRead.instant(r);
                case "playedSeconds" -> playedSeconds = JsonRead.longComponent(r, "playedSeconds");
                case "summary" -> summary = saveFileSummary(r);
                case "state" -> state = gameSave(r);
                case "undo" -> undo = listOfSavedFileUndo(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new SavedFile(format, formatVersion, minCompatibleVersion, storyId, storyHash, seed, created, lastPlayed,
                playedSeconds, summary, state, undo);
    }

    static SavedFile.Header savedFileHeader(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String format = null;
        int formatVersion = 0;
        int minCompatibleVersion = 0;
        String storyId = null;
        String storyHash = null;
        long seed = 0L;
        Instant created = null;
        Instant lastPlayed = null;
        long playedSeconds = 0L;
        SaveFile.Summary summary = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "format" -> format = JsonRead.string(r);
                case "formatVersion" -> formatVersion = JsonRead.intComponent(r, "formatVersion");
                case "minCompatibleVersion" -> minCompatibleVersion = JsonRead.intComponent(r, "minCompatibleVersion");
                case "storyId" -> storyId = JsonRead.string(r);
                case "storyHash" -> storyHash = JsonRead.string(r);
                case "seed" -> seed = JsonRead.longComponent(r, "seed");
                case "created" -> created = JsonRead.instant(r);
                case "lastPlayed" -> lastPlayed = JsonRead.instant(r);
                case "playedSeconds" -> playedSeconds = JsonRead.longComponent(r, "playedSeconds");
                case "summary" -> summary = saveFileSummary(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new SavedFile.Header(format, formatVersion, minCompatibleVersion, storyId, storyHash, seed, created,
                lastPlayed, playedSeconds, summary);
    }

    static SaveFile.Summary saveFileSummary(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String sceneId = null;
        String sceneTitle = null;
        String chapter = null;
        int scenesVisited = 0;
        int scenesTotal = 0;
        int score = 0;
        boolean ended = false;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "sceneId" -> sceneId = JsonRead.string(r);
                case "sceneTitle" -> sceneTitle = JsonRead.string(r);
                case "chapter" -> chapter = JsonRead.string(r);
                case "scenesVisited" -> scenesVisited = JsonRead.intComponent(r, "scenesVisited");
                case "scenesTotal" -> scenesTotal = JsonRead.intComponent(r, "scenesTotal");
                case "score" -> score = JsonRead.intComponent(r, "score");
                case "ended" -> ended = JsonRead.booleanComponent(r, "ended");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new SaveFile.Summary(sceneId, sceneTitle, chapter, scenesVisited, scenesTotal, score, ended);
    }

    static GameSave gameSave(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String sceneId = null;
        CloudSave cloud = null;
        int score = 0;
        Map<String, String> flags = null;
        List<String> visited = null;
        List<String> badges = null;
        int hintsShown = 0;
        boolean ended = false;
        long seed = 0L;
        int turn = 0;
        GameSave.Laptop laptop = null;
        GameSave.Learning learning = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "sceneId" -> sceneId = JsonRead.string(r);
                case "cloud" -> cloud = cloudSave(r);
                case "score" -> score = JsonRead.intComponent(r, "score");
                case "flags" -> flags = mapOfString(r);
                case "visited" -> visited = listOfString(r);
                case "badges" -> badges = listOfString(r);
                case "hintsShown" -> hintsShown = JsonRead.intComponent(r, "hintsShown");
                case "ended" -> ended = JsonRead.booleanComponent(r, "ended");
                case "seed" -> seed = JsonRead.longComponent(r, "seed");
                case "turn" -> turn = JsonRead.intComponent(r, "turn");
                case "laptop" -> laptop = gameSaveLaptop(r);
                case "learning" -> learning = gameSaveLearning(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new GameSave(sceneId, cloud, score, flags, visited, badges, hintsShown, ended, seed, turn, laptop,
                learning);
    }

    static List<SavedFile.Undo> listOfSavedFileUndo(JsonReader r) throws IOException {
        List<SavedFile.Undo> l = JsonRead.beginList(r);
        while (l != null && r.hasNext()) {
            l.add(savedFileUndo(r));
        }
        return JsonRead.endList(r, l);
    }

    static CloudSave cloudSave(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        long clock = 0L;
        CloudSave.Rng rng = null;
        CloudSave.Ledger ledger = null;
        CloudSave.Cli cli = null;
        CloudSave.Services services = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "clock" -> clock = JsonRead.longComponent(r, "clock");
                case "rng" -> rng = cloudSaveRng(r);
                case "ledger" -> ledger = cloudSaveLedger(r);
                case "cli" -> cli = cloudSaveCli(r);
                case "services" -> services = cloudSaveServices(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new CloudSave(clock, rng, ledger, cli, services);
    }

    static Map<String, String> mapOfString(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, String> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), JsonRead.string(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static List<String> listOfString(JsonReader r) throws IOException {
        List<String> l = JsonRead.beginList(r);
        while (l != null && r.hasNext()) {
            l.add(JsonRead.string(r));
        }
        return JsonRead.endList(r, l);
    }

    static GameSave.Laptop gameSaveLaptop(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        Map<String, String> files = null;
        List<String> dirs = null;
        Map<String, String> vars = null;
        List<String> history = null;
        Map<String, String> modes = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "files" -> files = mapOfString(r);
                case "dirs" -> dirs = listOfString(r);
                case "vars" -> vars = mapOfString(r);
                case "history" -> history = listOfString(r);
                case "modes" -> modes = mapOfString(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new GameSave.Laptop(files, dirs, vars, history, modes);
    }

    static GameSave.Learning gameSaveLearning(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        GameSave.Deck deck = null;
        GameSave.Run run = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "deck" -> deck = gameSaveDeck(r);
                case "run" -> run = gameSaveRun(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new GameSave.Learning(deck, run);
    }

    static SavedFile.Undo savedFileUndo(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String command = null;
        GameSave before = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "command" -> command = JsonRead.string(r);
                case "before" -> before = gameSave(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new SavedFile.Undo(command, before);
    }

    static CloudSave.Rng cloudSaveRng(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        long state = 0L;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "state" -> state = JsonRead.longComponent(r, "state");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new CloudSave.Rng(state);
    }

    static CloudSave.Ledger cloudSaveLedger(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        Map<String, CloudSave.LineItem> items = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "items" -> items = SaveReader2.mapOfCloudSaveLineItem(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new CloudSave.Ledger(items);
    }

    static CloudSave.Cli cloudSaveCli(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        Map<String, Map<String, String>> profiles = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "profiles" -> profiles = SaveReader2.mapOfMapOfString(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new CloudSave.Cli(profiles);
    }

    static CloudSave.Services cloudSaveServices(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        Ec2Save ec2 = null;
        LightsailSave lightsail = null;
        EcrSave ecr = null;
        EcsSave ecs = null;
        EksSave eks = null;
        ServerlessSave serverless = null;
        IamSave iam = null;
        ElbSave elb = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "ec2" -> ec2 = SaveReader2.ec2Save(r);
                case "lightsail" -> lightsail = SaveReader2.lightsailSave(r);
                case "ecr" -> ecr = SaveReader2.ecrSave(r);
                case "ecs" -> ecs = SaveReader2.ecsSave(r);
                case "eks" -> eks = SaveReader2.eksSave(r);
                case "serverless" -> serverless = SaveReader2.serverlessSave(r);
                case "iam" -> iam = SaveReader2.iamSave(r);
                case "elb" -> elb = SaveReader2.elbSave(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new CloudSave.Services(ec2, lightsail, ecr, ecs, eks, serverless, iam, elb);
    }

    static GameSave.Deck gameSaveDeck(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        long today = 0L;
        List<GameSave.Card> cards = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "today" -> today = JsonRead.longComponent(r, "today");
                case "cards" -> cards = SaveReader2.listOfGameSaveCard(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new GameSave.Deck(today, cards);
    }

    static GameSave.Run gameSaveRun(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        List<String> queue = null;
        int index = 0;
        CloudSave home = null;
        int homeHints = 0;
        int held = 0;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "queue" -> queue = listOfString(r);
                case "index" -> index = JsonRead.intComponent(r, "index");
                case "home" -> home = cloudSave(r);
                case "homeHints" -> homeHints = JsonRead.intComponent(r, "homeHints");
                case "held" -> held = JsonRead.intComponent(r, "held");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new GameSave.Run(queue, index, home, homeHints, held);
    }
}
