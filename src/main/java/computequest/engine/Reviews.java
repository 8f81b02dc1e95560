package computequest.engine;

import computequest.laptop.Out;
import computequest.laptop.Ran;
import computequest.laptop.Shell;
import computequest.review.Card;
import computequest.review.Deck;
import computequest.sim.Cloud;
import computequest.sim.CloudSim;
import computequest.sim.Outcome;
import computequest.story.Choice;
import computequest.story.Effect;
import computequest.story.Goal;
import computequest.story.Scene;
import computequest.story.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The {@code review} command: plays the due cards in place, then returns the player to their scene as they left it.
 * A question card asks its knowledge check again with the choices shuffled, and the first answer is the one that
 * counts. A task card sets a small job in a scratch account (the player's own cloud waits aside) and holds when the
 * scene's {@code @task} condition does. While a review runs it takes every input except the commands that do not
 * touch the scene ({@link #PASS_THROUGH}).
 */
final class Reviews {

    /** Commands that keep their usual meaning during a review. */
    static final Set<String> PASS_THROUGH = Set.of("help", "?", "status", "map", "progress", "glossary", "save",
            "saves", "load", "undo", "quit", "exit", "reload");

    private static final String HOW = "Answer from memory: 'skip' shows the answer, 'review stop' takes you back.";

    private final Story story;

    Reviews(Story story) {
        this.story = story;
    }

    /** Whether this line is for the review: {@code review}, or anything but {@link #PASS_THROUGH} during one. */
    boolean takes(GameState s, String line) {
        String verb = line.toLowerCase(Locale.ROOT).split("\\s+")[0];
        return s.learning().reviewing() ? !PASS_THROUGH.contains(verb) : verb.equals("review");
    }

    /** The step for a line {@link #takes} takes. */
    Step step(GameState s, String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        String verb = lower.split("\\s+")[0];
        if (!s.learning().reviewing()) {
            return begin(s);
        }
        List<Event> events = new ArrayList<>();
        Card card = current(s);
        Scene scene = story.scene(card.id()).orElseThrow();
        if (lower.equals("review stop") || lower.equals("stop")) {
            events.add(Event.info("Review stopped; the cards you did not play stay due."));
            return done(finish(s, events), events);
        }
        if (verb.equals("review") || verb.equals("look") || verb.equals("l")) {
            show(s, events);
            return done(s, events);
        }
        if (verb.equals("skip")) {
            events.add(Event.info(card.kind() == Card.Kind.QUESTION ? answerText(s, scene)
                    : "Skipped. One way: " + lastHint(scene)));
            return done(next(s, false, events), events);
        }
        if (verb.equals("hint")) {
            events.add(new Event.Feedback(Event.Tone.HINT, "No hints in a review: it is there to find out what you remember."
                    + " Type 'skip' to see the answer."));
            return done(s, events);
        }
        List<Request> requests = new ArrayList<>();
        GameState after = card.kind() == Card.Kind.QUESTION ? answer(s, scene, line, events)
                : task(s, scene, line, events, requests);
        return new Step(after, events, requests);
    }

    private static Step done(GameState s, List<Event> events) {
        return new Step(s, events);
    }

    private Step begin(GameState s) {
        List<Event> events = new ArrayList<>();
        Deck deck = s.learning().deck();
        List<String> due = deck.due().stream().filter(this::playable).map(Card::id).toList();
        if (due.isEmpty()) {
            events.add(Event.info(nothingDue(deck)));
            return new Step(s, events);
        }
        s = s.withLearning(s.learning().withRun(new Learning.Run(due, 0, s.cloud(), s.hintsShown(), 0)));
        events.add(Event.info("Review: " + due.size() + (due.size() == 1 ? " card is" : " cards are")
                + " due, the ones you missed first. " + HOW));
        s = deal(s);
        show(s, events);
        return new Step(s, events);
    }

    static String nothingDue(Deck deck) {
        if (deck.cards().isEmpty()) {
            return "No review cards yet. Knowledge checks and the tasks you practise become cards as you play.";
        }
        long days = deck.nextDue().orElse(deck.today()) - deck.today();
        return "Nothing is due for review today. The next card is due in " + days + (days == 1 ? " day." : " days.");
    }

    /** A card whose scene the story still has (an edited story may have dropped it). */
    private boolean playable(Card c) {
        return story.scene(c.id()).map(sc -> c.kind() == Card.Kind.QUESTION ? !sc.choices().isEmpty()
                : sc.recall().task() != null).orElse(false);
    }

    private static Card current(GameState s) {
        return s.learning().deck().card(s.learning().run().card()).orElseThrow();
    }

    /** Puts the current card's cloud in place: the player's own for a question, a prepared scratch one for a task. */
    private GameState deal(GameState s) {
        Learning.Run run = s.learning().run();
        Card card = current(s);
        if (card.kind() == Card.Kind.QUESTION) {
            return s.withCloud(run.home());
        }
        Cloud c = Cloud.fresh(s.seed());
        for (Effect e : story.scene(card.id()).orElseThrow().recall().task().effects()) {
            if (e instanceof Effect.Run r) {
                c = CloudSim.execute(c, r.command()).cloud();
            } else if (e instanceof Effect.Wait w) {
                c = CloudSim.advance(c, w.seconds()).cloud();
            }
        }
        return s.withCloud(c);
    }

    private void show(GameState s, List<Event> events) {
        Learning.Run run = s.learning().run();
        Card card = current(s);
        Scene scene = story.scene(card.id()).orElseThrow();
        // A question is headed by its scene's title: the concept's name could give the answer away.
        events.add(new Event.SceneHeading("", "Review " + (run.index() + 1) + " of " + run.queue().size() + ": "
                + (card.kind() == Card.Kind.QUESTION ? scene.title() : card.concept())));
        if (card.kind() == Card.Kind.QUESTION) {
            events.add(new Event.Narration(scene.text()));
            events.add(new Event.Choices(choices(s, scene).stream().map(Choice::text).toList(), false));
        } else {
            events.add(new Event.Narration(scene.recall().task().feedback() + "\n\nThis runs in a"
                    + " scratch account; your own cloud is kept aside until the review ends."));
        }
    }

    /**
     * A question's choices in an order of its own for each review of the card (the course's order differs too), so the
     * right answer cannot be remembered by its place: a playtester answered a card again by position.
     */
    private static List<Choice> choices(GameState s, Scene scene) {
        Card card = current(s);
        return QuizOrder.shuffle(scene.choices(), s.seed(), scene.id() + " review " + (card.held() + card.lapses() + 1));
    }

    /** The choices on screen during a review: the question card's own, in its shuffled order; none for a task. */
    List<Choice> choices(GameState s) {
        Card card = current(s);
        return card.kind() == Card.Kind.QUESTION ? choices(s, story.scene(card.id()).orElseThrow()) : List.of();
    }

    private GameState answer(GameState s, Scene scene, String line, List<Event> events) {
        List<Choice> choices = choices(s, scene);
        Choice picked = line.matches("\\d{1,2}") && Integer.parseInt(line) >= 1 && Integer.parseInt(line) <= choices.size()
                ? choices.get(Integer.parseInt(line) - 1) : ChoiceText.match(choices, line);
        if (picked != null && !line.matches("\\d{1,2}") && !ChoiceText.fromTheStart(picked, line)) {
            picked = null; // a word from the middle of an answer is a guess, as in the first try (Scenes.chooseTyped)
        }
        if (picked == null) {
            events.add(Event.wrong((choices.size() == 1 ? "To answer, type 1" : "Pick an answer by its number (1-"
                    + choices.size() + ") or its words from the start") + ", or type 'skip'."));
            return s;
        }
        boolean held = picked.isRight();
        if (!picked.feedback().isEmpty()) {
            events.add(held ? Event.ok(picked.feedback()) : Event.wrong(picked.feedback()));
        }
        if (!held) {
            events.add(Event.info(answerText(s, scene)));
        }
        return next(s, held, events);
    }

    private static String answerText(GameState s, Scene scene) {
        return choices(s, scene).stream().filter(Choice::isRight).findFirst()
                .map(c -> "The answer: " + c.text() + ". " + c.feedback()).orElse("This question has no right answer.")
                .strip();
    }

    private static String lastHint(Scene scene) {
        return scene.hints().isEmpty() ? scene.objective() : scene.hints().get(scene.hints().size() - 1);
    }

    private GameState task(GameState s, Scene scene, String line, List<Event> events, List<Request> requests) {
        Goal task = scene.recall().task();
        long seconds = CloudSim.SECONDS_PER_COMMAND;
        if (line.toLowerCase(Locale.ROOT).split("\\s+")[0].equals("wait")) {
            OptionalLong wait = WaitTime.parse(line.toLowerCase(Locale.ROOT));
            if (wait.isEmpty()) {
                events.add(Event.wrong(WaitTime.USAGE));
                return s;
            }
            seconds = wait.getAsLong();
            events.add(Event.info("You wait " + WaitTime.duration(seconds) + " of simulated time."));
        } else if (Shell.claims(line)) {
            // The laptop's shell, as in the scene: variables, $(...), pipes and files work; the cloud is the scratch one.
            Ran ran = Shell.run(s.laptop(), s.cloud(), line);
            for (Out o : ran.out()) {
                events.add(o.kind() == Out.Kind.CHANGE ? new Event.CloudChange(o.text())
                        : new Event.Output(o.text(), o.kind() == Out.Kind.OUTPUT));
            }
            s = s.withCloud(ran.cloud()).withLaptop(ran.laptop());
            if (ran.edit() != null) {
                requests.add(new Request.EditLaptopFile(ran.edit(), s.laptop().read(ran.edit()).orElse("")));
            }
            // The shell's cloud calls took their own time; a line refused before reaching the cloud takes a call's.
            seconds = ran.cloudCalls() == 0 && CloudSim.isCloudCommand(line) ? CloudSim.SECONDS_PER_COMMAND : 0;
        } else {
            events.add(Event.wrong("This card wants a command in the scratch account (aws, ssh, docker, kubectl,"
                    + " curl, a laptop command such as NAME=$(...) or echo, or wait), or 'skip'."));
            return s;
        }
        if (seconds > 0) {
            Outcome later = CloudSim.advance(s.cloud(), seconds);
            later.changes().forEach(c -> events.add(new Event.CloudChange(c)));
            s = s.withCloud(later.cloud());
        }
        if (!Conditions.holds(task.condition(), s)) {
            return s;
        }
        events.add(Event.ok("Done: that is what the card asked for."));
        return next(s, true, events);
    }

    /** Records the card's review and deals the next card, or ends the review. */
    private GameState next(GameState s, boolean held, List<Event> events) {
        Learning l = s.learning();
        Learning.Run run = l.run();
        Deck deck = l.deck().reviewed(run.card(), held);
        Learning.Run after = new Learning.Run(run.queue(), run.index() + 1, run.home(), run.homeHints(),
                run.held() + (held ? 1 : 0));
        s = s.withLearning(new Learning(deck, after));
        if (after.index() >= after.queue().size()) {
            return finish(s, events);
        }
        s = deal(s);
        show(s, events);
        return s;
    }

    /** Ends the review: the player's own cloud and hints come back, and the game says what is due next. */
    private GameState finish(GameState s, List<Event> events) {
        Learning.Run run = s.learning().run();
        Deck deck = s.learning().deck();
        s = s.withCloud(run.home()).withHintsShown(run.homeHints()).withLearning(s.learning().withRun(null));
        int played = run.index();
        StringBuilder b = new StringBuilder("Review over: ").append(run.held()).append(" of ").append(played)
                .append(played == 1 ? " card" : " cards").append(" held. ");
        if (!deck.due().isEmpty()) {
            b.append(deck.due().size()).append(" still due today. ");
        } else if (deck.nextDue().isPresent()) {
            long days = deck.nextDue().getAsLong() - deck.today();
            b.append("The next card is due in ").append(days).append(days == 1 ? " day. " : " days. ");
        }
        b.append("Back to '").append(story.scene(s.sceneId()).map(Scene::title).orElse(s.sceneId()))
                .append("': type 'look' to read it again.");
        events.add(Event.info(b.toString()));
        return s;
    }
}
