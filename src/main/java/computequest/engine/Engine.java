package computequest.engine;

import computequest.laptop.Shell;
import computequest.sim.Cloud;
import computequest.sim.CloudSim;
import computequest.story.Choice;
import computequest.story.Condition;
import computequest.story.Effect;
import computequest.story.Scene;
import computequest.story.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The game's rules, as three pure functions of the story and the state: {@link #start}, {@link #step} for one line
 * of input, and {@link #resolve} for the result of a {@link Request} the app carried out. No I/O, no wall clock, no
 * unseeded randomness. This class only dispatches: scenes are in {@link Scenes}, their cloud rules in
 * {@link SceneRules}, effects in {@link Effects}.
 */
public final class Engine {

    static final List<String> GLOBAL_COMMANDS = List.of("help", "look", "status", "hint", "wait", "quit",
            "objective", "why", "bill", "glossary", "map", "progress", "review", "chapters", "restart", "finale");

    private final Story story;
    private final Scenes scenes;
    private final SceneRules rules;
    private final Reviews reviews;

    public Engine(Story story) {
        this.story = story;
        this.scenes = new Scenes(story);
        this.rules = new SceneRules(scenes);
        this.reviews = new Reviews(story);
    }

    public Story story() {
        return story;
    }

    /** A new game at the story's first scene. */
    public Step start(long seed) {
        GameState s = new GameState(story.start(), Cloud.fresh(seed), 0, Map.of(), List.of(), List.of(), 0, false,
                seed, 0);
        List<Event> events = new ArrayList<>();
        return new Step(scenes.enter(s, story.start(), events), events);
    }

    /** Handles one line of input. */
    public Step step(GameState state, String input) {
        String line = input == null ? "" : input.strip();
        if (line.isEmpty()) {
            return say(state, Event.info("Type a number to choose, a command such as 'aws ec2 describe-instances',"
                    + " or 'help'."));
        }
        GameState s = state.withTurn(state.turn() + 1);
        if (reviews.takes(s, line)) {
            return reviews.step(s, line);
        }
        String lower = line.toLowerCase(Locale.ROOT);
        String verb = lower.split("\\s+")[0];
        List<Event> events = new ArrayList<>();
        switch (verb) {
            case "help", "?" -> events.add(new Event.Help(visibleChoices(s).size(), lower.substring(verb.length()).strip()));
            case "look", "l" -> scenes.narrate(s, events);
            case "status" -> events.add(Event.Status.of(s));
            case "bill" -> events.add(new Event.BillReport(Bill.of(s.cloud())));
            case "hint" -> s = scenes.hint(s, events);
            case "objective", "goal" -> events.add(Event.info(Why.objective(scene(s), s, visibleChoices(s).size())));
            case "why" -> events.add(new Event.Report(Why.explain(scene(s), s, visibleChoices(s))));
            case "glossary" -> {
                String query = line.substring(verb.length()).strip();
                String answer = Glossary.answer(story.glossary(), query);
                events.add(query.isEmpty() ? new Event.Report(answer) : Event.info(answer));
            }
            case "map", "progress" -> events.add(new Event.Report(ProgressMap.render(story, s)));
            case "quit", "exit" -> {
                return SaveCommands.ask(s, new Request.Quit());
            }
            case "reload" -> {
                return SaveCommands.ask(s, new Request.Reload());
            }
            case "edit" -> {
                if (!lower.equals("edit")) {
                    // edit FILE is the laptop's editor; a bare edit opens the scene's story file for authors.
                    return play(s, line, events);
                }
                return SaveCommands.ask(s, new Request.EditFile(scene(s).position().file(),
                        scene(s).position().line()));
            }
            case "chapters", "chapter", "restart", "finale" -> {
                return Chapters.request(story, s, line);
            }
            case "save", "load", "saves", "undo" -> {
                return SaveCommands.request(s, line);
            }
            case "wait" -> {
                OptionalLong seconds = WaitTime.parse(lower);
                if (seconds.isEmpty()) {
                    return say(s, Event.wrong(WaitTime.USAGE));
                }
                GameState after = rules.wait(s, seconds.getAsLong(), events);
                return new Step(scenes.revealChoices(s, after, events), events);
            }
            default -> {
                return play(s, line, events);
            }
        }
        return new Step(s, events);
    }

    /** Input that is not a game command: a choice by number or text, or a line for the laptop's shell. */
    private Step play(GameState s, String line, List<Event> events) {
        if (s.ended()) {
            events.add(Event.info("The story has ended. Type 'status' to see your cloud and bill, 'finale' or"
                    + " 'chapters' to play again, or 'quit'."));
            return new Step(s, events);
        }
        if (CloudSim.isCloudCommand(line) || (Shell.claims(line) && ChoiceText.match(visibleChoices(s), line) == null)) {
            List<Request> requests = new ArrayList<>();
            GameState after = rules.shellCommand(s, line, events, requests);
            return new Step(scenes.revealChoices(s, after, events), events, requests);
        }
        return new Step(scenes.chooseTyped(s, line, events), events);
    }

    /**
     * Goes on after the app carried out a request (or started a session): the only way a save, a load, an undo, a
     * reload or a quit changes what the player sees or the state they play on. The turn count is kept.
     */
    public Step resolve(GameState s, RequestResult result) {
        if (result instanceof RequestResult.LaptopFileEdited e && e.text() != null) {
            List<Event> events = new ArrayList<>();
            if (s.learning().reviewing()) {
                // A file saved during a review card: kept on the laptop; the scene's goals wait for the scene.
                return new Step(rules.saveFile(s, e.path(), e.text(), events), events);
            }
            GameState after = rules.fileEdited(s, e.path(), e.text(), events);
            return new Step(scenes.revealChoices(s, after, events), events);
        }
        return Resolutions.resolve(scenes, s, result);
    }

    /** Words the input line may complete to here: commands, choice numbers and texts, cloud commands, laptop files. */
    public List<String> completions(GameState s) {
        List<String> out = new ArrayList<>(GLOBAL_COMMANDS);
        out.addAll(SaveCommands.WORDS);
        List<Choice> visible = visibleChoices(s);
        for (int i = 0; i < visible.size(); i++) {
            out.add(Integer.toString(i + 1));
            out.add(visible.get(i).text());
        }
        out.addAll(CloudSim.completions());
        out.addAll(Shell.commandWords());
        story.glossary().keySet().stream().sorted().forEach(term -> out.add("glossary " + term));
        s.laptop().files().keySet().forEach(path -> out.add("file://" + path)); // what file:// may name, sorted
        return out;
    }

    /** The choices the player can see now. */
    public List<Choice> visibleChoices(GameState s) {
        return s.learning().reviewing() ? reviews.choices(s) : scenes.visible(s);
    }

    public Scene scene(GameState s) {
        return scenes.scene(s);
    }

    /** Moves to a scene as if a choice led there: for playtests that start mid-story ({@code --from}). */
    public Step enterScene(GameState s, String sceneId) {
        List<Event> events = new ArrayList<>();
        return new Step(scenes.enter(s, sceneId, events), events);
    }

    /** Applies effects as if a choice fired: for playtests and authoring tools. */
    public Step applyEffects(GameState s, List<Effect> effects) {
        List<Event> events = new ArrayList<>();
        return new Step(Effects.apply(s, effects, events), events);
    }

    /** Whether a story condition holds now: for walkthrough expectations. */
    public boolean holds(Condition c, GameState s) {
        return Conditions.holds(c, s);
    }

    private static Step say(GameState s, Event e) {
        return new Step(s, List.of(e));
    }

}
