package computequest.engine;

import computequest.sim.Cloud;
import computequest.sim.CloudSim;
import computequest.sim.LineItem;
import computequest.sim.Money;
import computequest.sim.Outcome;
import computequest.sim.Resource;
import computequest.sim.Suggest;
import computequest.story.Choice;
import computequest.story.Condition;
import computequest.story.Effect;
import computequest.story.Goal;
import computequest.story.Reaction;
import computequest.story.Scene;
import computequest.story.Story;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The game's rules. {@link #step} is a pure function of the story, the state and the input: no I/O, no wall clock,
 * no unseeded randomness. Renderers show the events; the app carries out {@link Event.Kind#QUIT}.
 */
public final class Engine {

    /** Simulated seconds a bare {@code wait} lets pass. */
    public static final long DEFAULT_WAIT = 30;
    static final long MAX_WAIT = 7L * 24 * 3600;

    static final List<String> GLOBAL_COMMANDS = List.of("help", "look", "status", "hint", "wait", "quit",
            "objective", "glossary", "map", "progress");

    private final Story story;

    public Engine(Story story) {
        this.story = story;
    }

    public Story story() {
        return story;
    }

    /** A new game at the story's first scene. */
    public Step start(long seed) {
        GameState s = new GameState(story.start(), Cloud.fresh(seed), 0, Map.of(), List.of(), List.of(), 0, false,
                seed, 0);
        List<Event> events = new ArrayList<>();
        s = enter(s, story.start(), events);
        return new Step(s, events);
    }

    /** Handles one line of input. */
    public Step step(GameState state, String input) {
        String line = input == null ? "" : input.strip();
        List<Event> events = new ArrayList<>();
        GameState s = state.withTurn(state.turn() + 1);
        if (line.isEmpty()) {
            events.add(new Event(Event.Kind.INFO, "Type a number to choose, a command such as 'aws ec2 describe-instances', or 'help'."));
            return new Step(state, events);
        }
        String lower = line.toLowerCase(Locale.ROOT);
        String verb = lower.split("\\s+")[0];
        switch (verb) {
            case "help", "?" -> {
                events.add(new Event(Event.Kind.HELP, help(s)));
                return new Step(s, events);
            }
            case "look", "l" -> {
                narrate(s, scene(s), events);
                return new Step(s, events);
            }
            case "status" -> {
                events.add(new Event(Event.Kind.STATUS, status(s)));
                return new Step(s, events);
            }
            case "hint" -> {
                return new Step(hint(s, events), events);
            }
            case "objective", "goal" -> {
                events.add(new Event(Event.Kind.INFO, ProgressMap.objective(scene(s), visibleChoices(s).size(), s.ended())));
                return new Step(s, events);
            }
            case "glossary" -> {
                String query = line.substring(verb.length()).strip();
                events.add(new Event(query.isEmpty() ? Event.Kind.HELP : Event.Kind.INFO,
                        Glossary.answer(story.glossary(), query)));
                return new Step(s, events);
            }
            case "map", "progress" -> {
                events.add(new Event(Event.Kind.STATUS, ProgressMap.render(story, s)));
                return new Step(s, events);
            }
            case "quit", "exit" -> {
                events.add(new Event(Event.Kind.QUIT, "Goodbye. Your simulated cloud costs nothing real."));
                return new Step(s, events);
            }
            case "wait" -> {
                return new Step(revealChoices(s, waitCommand(s, lower, events), events), events);
            }
            case "reload" -> {
                events.add(new Event(Event.Kind.RELOAD, "Reloading the story files..."));
                return new Step(s, events);
            }
            case "save", "load", "saves", "undo" -> {
                return new Step(s, SaveCommands.request(line, events));
            }
            default -> {
            }
        }
        if (s.ended()) {
            events.add(new Event(Event.Kind.INFO, "The story has ended. Type 'status' to see your cloud and bill, or 'quit'."));
            return new Step(s, events);
        }
        List<Choice> visible = visibleChoices(s);
        if (line.matches("\\d{1,4}")) {
            int n = Integer.parseInt(line);
            if (n < 1 || n > visible.size()) {
                events.add(new Event(Event.Kind.WRONG, visible.isEmpty()
                        ? "There is nothing to choose here. This scene wants an action: type 'hint' if you are stuck."
                        : "Choose a number from 1 to " + visible.size() + "."));
                return new Step(s, events);
            }
            return new Step(choose(s, visible.get(n - 1), events), events);
        }
        if (CloudSim.isCloudCommand(line)) {
            return new Step(revealChoices(s, cloudCommand(s, line, events), events), events);
        }
        Choice picked = ChoiceText.match(visible, line);
        if (picked != null) {
            return new Step(choose(s, picked, events), events);
        }
        events.add(new Event(Event.Kind.WRONG, unknown(line, visible)));
        return new Step(s, events);
    }

    /** Words the input line may complete to here: commands, choice numbers and texts, cloud commands. */
    public List<String> completions(GameState s) {
        List<String> out = new ArrayList<>(GLOBAL_COMMANDS);
        out.addAll(SaveCommands.WORDS);
        List<Choice> visible = visibleChoices(s);
        for (int i = 0; i < visible.size(); i++) {
            out.add(Integer.toString(i + 1));
            out.add(visible.get(i).text());
        }
        out.addAll(CloudSim.completions());
        return out;
    }

    /** The choices the player can see now. */
    public List<Choice> visibleChoices(GameState s) {
        if (s.ended()) {
            return List.of();
        }
        List<Choice> out = new ArrayList<>();
        for (Choice c : scene(s).choices()) {
            boolean ok = true;
            for (Condition cond : c.conditions()) {
                ok &= Conditions.holds(cond, s);
            }
            if (ok) {
                out.add(c);
            }
        }
        return out;
    }

    public Scene scene(GameState s) {
        return story.scene(s.sceneId()).orElseThrow(() -> new IllegalStateException(
                "the game is at scene '" + s.sceneId() + "', which this story does not have"));
    }

    /** Moves to a scene as if a choice led there: for playtests that start mid-story ({@code --from}). */
    public Step enterScene(GameState s, String sceneId) {
        List<Event> events = new ArrayList<>();
        return new Step(enter(s, sceneId, events), events);
    }

    /** Applies effects as if a choice fired: for playtests and authoring tools. */
    public Step applyEffects(GameState s, List<Effect> effects) {
        List<Event> events = new ArrayList<>();
        return new Step(apply(s, effects, events, true), events);
    }

    /** Whether a story condition holds now: for walkthrough expectations. */
    public boolean holds(Condition c, GameState s) {
        return Conditions.holds(c, s);
    }

    // ---- scenes ----

    private GameState enter(GameState s, String sceneId, List<Event> events) {
        Scene scene = story.scene(sceneId).orElseThrow(() -> new IllegalStateException("no scene " + sceneId));
        s = s.withScene(sceneId);
        if (!s.visited().contains(sceneId)) {
            List<String> v = new ArrayList<>(s.visited());
            v.add(sceneId);
            s = s.withVisited(v);
        }
        s = apply(s, scene.onEnter(), events, false);
        if (scene.ending()) {
            s = s.withEnded(true);
        }
        narrate(s, scene, events);
        if (scene.ending()) {
            events.add(new Event(Event.Kind.ENDING, "The end. Final score: " + s.score()
                    + (s.badges().isEmpty() ? "" : ". Badges: " + String.join(", ", s.badges())) + "."));
        }
        return s;
    }

    private void narrate(GameState s, Scene scene, List<Event> events) {
        String heading = scene.chapter().isEmpty() ? scene.title() : "Chapter " + scene.chapter() + " - " + scene.title();
        events.add(new Event(Event.Kind.SCENE, heading));
        if (!scene.text().isEmpty()) {
            events.add(new Event(Event.Kind.NARRATION, scene.text()));
        } else if (!scene.objective().isEmpty()) {
            events.add(new Event(Event.Kind.NARRATION, "On your own now. Objective: " + scene.objective()
                    + " (Type 'hint' if you get stuck.)"));
        }
        List<Choice> visible = visibleChoices(s);
        for (int i = 0; i < visible.size(); i++) {
            events.add(new Event(Event.Kind.CHOICE, (i + 1) + ". " + visible.get(i).text()));
        }
    }

    private GameState choose(GameState s, Choice c, List<Event> events) {
        boolean costly = c.effects().stream().anyMatch(e -> e instanceof Effect.Score sc && sc.delta() < 0);
        boolean credited = c.effects().stream().anyMatch(e -> e instanceof Effect.Score sc && sc.delta() > 0);
        // A right answer moves on or earns points; a wrong one stays without credit, or moves on at a cost.
        boolean wrong = costly || (c.target() == null && !credited);
        if (wrong && scene(s).quiz()) {
            Map<String, String> flags = new LinkedHashMap<>(s.flags());
            flags.put(ProgressMap.QUIZ_MISS + s.sceneId(), "1");
            s = s.withFlags(flags);
        }
        if (!c.feedback().isEmpty()) {
            events.add(new Event(wrong ? Event.Kind.WRONG : Event.Kind.OK, c.feedback()));
        }
        s = apply(s, c.effects(), events, true);
        if (c.target() != null) {
            s = enter(s, c.target(), events);
        }
        return s;
    }

    private GameState cloudCommand(GameState s, String line, List<Event> events) {
        Scene scene = scene(s);
        for (Reaction r : scene.reactions()) {
            if (Patterns.matches(r.pattern(), line)) {
                if (!r.feedback().isEmpty()) {
                    events.add(new Event(Event.Kind.INFO, r.feedback()));
                }
                s = apply(s, r.effects(), events, true);
            }
        }
        List<Resource> before = CloudSim.resources(s.cloud());
        Outcome o = CloudSim.execute(s.cloud(), line);
        if (!o.output().isEmpty()) {
            events.add(new Event(o.ok() ? Event.Kind.OUTPUT : Event.Kind.WRONG, o.output()));
        }
        for (String change : o.changes()) {
            events.add(new Event(Event.Kind.CHANGE, change));
        }
        s = s.withCloud(o.cloud());
        s = passTime(s, CloudSim.SECONDS_PER_COMMAND, events);
        return afterCloudChange(s, before, events);
    }

    private GameState waitCommand(GameState s, String lower, List<Event> events) {
        String[] parts = lower.split("\\s+");
        long seconds = DEFAULT_WAIT;
        if (parts.length > 1) {
            String arg = parts[1];
            long unit = 1;
            if (arg.endsWith("s")) {
                arg = arg.substring(0, arg.length() - 1);
            } else if (arg.endsWith("m")) {
                unit = 60;
                arg = arg.substring(0, arg.length() - 1);
            } else if (arg.endsWith("h")) {
                unit = 3600;
                arg = arg.substring(0, arg.length() - 1);
            }
            try {
                seconds = Long.parseLong(arg) * unit;
            } catch (NumberFormatException e) {
                seconds = -1;
            }
            if (seconds < 1 || seconds > MAX_WAIT || parts.length > 2) {
                events.add(new Event(Event.Kind.WRONG, "wait takes a time such as 'wait', 'wait 45', 'wait 10m' or"
                        + " 'wait 2h' (at most a week)."));
                return s;
            }
        }
        List<Resource> before = CloudSim.resources(s.cloud());
        events.add(new Event(Event.Kind.INFO, "You wait " + duration(seconds) + " of simulated time."));
        s = passTime(s, seconds, events);
        if (s.ended()) {
            return s;
        }
        return afterCloudChange(s, before, events);
    }

    private GameState passTime(GameState s, long seconds, List<Event> events) {
        Outcome o = CloudSim.advance(s.cloud(), seconds);
        for (String change : o.changes()) {
            events.add(new Event(Event.Kind.CHANGE, change));
        }
        return s.withCloud(o.cloud());
    }

    /** Fires @check feedback that just became true, then the first @goal that holds. */
    /**
     * After a cloud command or a wait in the same scene: when the choices on offer changed (a choice's condition on
     * the cloud just became true), show them, so the player is not left with a question they cannot see.
     */
    private GameState revealChoices(GameState before, GameState after, List<Event> events) {
        if (after.ended() || !after.sceneId().equals(before.sceneId())) {
            return after;
        }
        List<Choice> was = visibleChoices(before);
        List<Choice> now = visibleChoices(after);
        if (!now.isEmpty() && !now.equals(was)) {
            events.add(new Event(Event.Kind.INFO, "You can answer now:"));
            for (int i = 0; i < now.size(); i++) {
                events.add(new Event(Event.Kind.CHOICE, (i + 1) + ". " + now.get(i).text()));
            }
        }
        return after;
    }

    private GameState afterCloudChange(GameState s, List<Resource> before, List<Event> events) {
        if (s.ended()) {
            return s;
        }
        Scene scene = scene(s);
        List<Resource> now = CloudSim.resources(s.cloud());
        GameState was = s.withCloud(s.cloud());
        for (Goal g : scene.goals()) {
            if (g.isCheck() && Conditions.holds(g.condition(), s, now) && !Conditions.holds(g.condition(), was, before)) {
                events.add(new Event(Event.Kind.INFO, g.feedback()));
                s = apply(s, g.effects(), events, true);
            }
        }
        for (Goal g : scene.goals()) {
            if (!g.isCheck() && Conditions.holds(g.condition(), s, now)) {
                if (!g.feedback().isEmpty()) {
                    events.add(new Event(Event.Kind.OK, g.feedback()));
                }
                s = apply(s, g.effects(), events, true);
                return enter(s, g.target(), events);
            }
        }
        return s;
    }

    private GameState apply(GameState s, List<Effect> effects, List<Event> events, boolean announce) {
        for (Effect e : effects) {
            if (e instanceof Effect.Score sc) {
                s = s.withScore(s.score() + sc.delta());
                if (announce && sc.delta() != 0) {
                    events.add(new Event(Event.Kind.SCORE, (sc.delta() > 0 ? "+" : "") + sc.delta()
                            + " points (score " + s.score() + ")"));
                }
            } else if (e instanceof Effect.SetFlag f) {
                Map<String, String> flags = new LinkedHashMap<>(s.flags());
                flags.put(f.name(), f.value());
                s = s.withFlags(flags);
            } else if (e instanceof Effect.ClearFlag f) {
                Map<String, String> flags = new LinkedHashMap<>(s.flags());
                flags.remove(f.name());
                s = s.withFlags(flags);
            } else if (e instanceof Effect.Badge b) {
                if (!s.badges().contains(b.name())) {
                    List<String> badges = new ArrayList<>(s.badges());
                    badges.add(b.name());
                    s = s.withBadges(badges);
                    events.add(new Event(Event.Kind.SCORE, "Badge earned: " + b.name()));
                }
            } else if (e instanceof Effect.Run r) {
                Outcome o = CloudSim.execute(s.cloud(), r.command());
                if (!o.ok()) {
                    events.add(new Event(Event.Kind.WRONG, "(story setup at " + r.position() + " failed: "
                            + o.output() + ")"));
                }
                s = s.withCloud(o.cloud());
            } else if (e instanceof Effect.Wait w) {
                s = s.withCloud(CloudSim.advance(s.cloud(), w.seconds()).cloud());
            }
        }
        return s;
    }

    // ---- global commands ----

    private GameState hint(GameState s, List<Event> events) {
        List<String> hints = scene(s).hints();
        if (hints.isEmpty()) {
            events.add(new Event(Event.Kind.HINT, "No hints here. Type 'look' to read the scene again."));
            return s;
        }
        int shown = s.hintsShown();
        if (shown >= hints.size()) {
            events.add(new Event(Event.Kind.HINT, "That was the last hint (" + hints.size() + " of " + hints.size()
                    + "): " + hints.get(hints.size() - 1)));
            return s;
        }
        events.add(new Event(Event.Kind.HINT, "Hint " + (shown + 1) + " of " + hints.size() + ": " + hints.get(shown)));
        return s.withHintsShown(shown + 1);
    }

    private String help(GameState s) {
        StringBuilder b = new StringBuilder();
        b.append("Commands you can type at any time:\n");
        b.append("  help            this list\n");
        b.append("  look            show the scene again\n");
        b.append("  status          what runs in your simulated cloud and what it has cost\n");
        b.append("  hint            a hint; ask again for a stronger one\n");
        b.append("  objective       what to do in this scene\n");
        b.append("  map             chapters done, quiz results and badges (also: progress)\n");
        b.append("  glossary [TERM] the terms the course uses, or one term's meaning\n");
        b.append("  wait [TIME]     let simulated time pass (30s by default; e.g. wait 90, wait 10m)\n");
        b.append("  quit            leave the game\n");
        b.append(SaveCommands.HELP);
        b.append("Cloud commands work like the AWS CLI: aws ec2 help, aws ec2 describe-instances, ...\n");
        b.append("  ssh INSTANCE-ID 'COMMAND' runs a shell command on a running instance.\n");
        b.append("  docker and kubectl commands work too where the course uses containers.\n");
        List<Choice> visible = visibleChoices(s);
        if (!visible.isEmpty()) {
            b.append("Pick a choice by its number (1-").append(visible.size()).append(") or its text.");
        }
        return b.toString().stripTrailing();
    }

    static String status(GameState s) {
        Cloud c = s.cloud();
        StringBuilder b = new StringBuilder();
        b.append("Simulated time: ").append(duration(c.clock())).append(" | Region ").append(Cloud.REGION)
                .append(" | Score ").append(s.score()).append('\n');
        b.append(CloudListing.of(CloudSim.resources(c)));
        List<LineItem> lines = c.ledger().lines();
        if (lines.isEmpty()) {
            b.append("Bill: nothing yet.");
        } else {
            b.append("Bill so far (about; On-Demand prices, ").append(Cloud.REGION).append("):\n");
            for (LineItem li : lines) {
                b.append(String.format(Locale.ROOT, "  %-20s %-34s %s%n", li.resourceId(), li.description(),
                        Money.usd(li.usd())));
            }
            b.append("  Total: ").append(Money.usd(c.ledger().total()));
        }
        if (!s.badges().isEmpty()) {
            b.append('\n').append(ProgressMap.badgeLine(s.badges(), 0));
        }
        return b.toString().stripTrailing();
    }

    static String duration(long seconds) {
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long sec = seconds % 60;
        if (h > 0) {
            return h + "h " + m + "m " + sec + "s";
        }
        if (m > 0) {
            return m + "m " + sec + "s";
        }
        return sec + "s";
    }

    private static String unknown(String line, List<Choice> visible) {
        String word = line.split("\\s+")[0].toLowerCase(Locale.ROOT);
        List<String> known = new ArrayList<>(GLOBAL_COMMANDS);
        known.addAll(CloudSim.commandWords());
        String suggestion = Suggest.closest(word, known, word.length() <= 4 ? 1 : 2).orElse("");
        StringBuilder b = new StringBuilder("'" + line + "' is not something the game understands here.");
        if (!suggestion.isEmpty()) {
            b.append(" Did you mean '").append(suggestion).append("'?");
        }
        if (!visible.isEmpty()) {
            b.append(" Pick a choice by number (1-").append(visible.size()).append(")");
            b.append(", or type 'help'.");
        } else {
            b.append(" Type 'help' for commands, or 'hint' if you are stuck.");
        }
        return b.toString();
    }
}
