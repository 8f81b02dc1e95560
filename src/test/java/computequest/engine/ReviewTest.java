package computequest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.review.Card;
import computequest.sim.CloudSim;
import computequest.story.Choice;
import computequest.story.StoryParser;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Quiz order, first-try credit, review cards and the review command, through {@link Engine#step}. */
class ReviewTest {

    static final String STORY = """
            @story t Test
            @start q1
            :: q1
            @title Check 1
            @quiz
            @concept Hibernation
            @hint a
            @hint b
            @hint c
            Which keeps RAM?
            * Stop -> q2
              ~ score -1
              > No: a stop loses RAM.
            * Hibernate -> q2
              ~ score +5
              > Right.
            * Reboot
              > No.
            * Terminate
              > No.
            :: q2
            @title Check 2
            @quiz
            @concept AMIs
            @hint a
            Reuse?
            * An AMI -> task
              ~ score +5
              > Yes.
            * A snapshot of RAM
              > No.
            :: task
            @title Launch
            @concept Launching
            @hint one
            @hint two
            @hint three
            Launch a t3.micro.
            @goal instance type=t3.micro -> end
            @task instance type=t3.small state=running and instance count=1
              ~ run aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro
              ~ wait 60
              > Make the instance here a t3.small and have it running.
            :: end
            @title End
            @ending
            Done.
            """;

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    static Engine engine() {
        StoryParser.Parsed p = StoryParser.parse(Map.of("t.story", STORY));
        assertFalse(p.hasErrors(), p.diagnostics().toString());
        return new Engine(p.story());
    }

    static int number(Engine e, GameState s, String text) {
        List<Choice> v = e.visibleChoices(s);
        for (int i = 0; i < v.size(); i++) {
            if (v.get(i).text().equals(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + v);
    }

    static Step session(Engine e, GameState s, LocalDate day) {
        return e.resolve(s, new RequestResult.SessionStarted(day));
    }

    /** What the game said, feedback and reports alike. */
    static String said(Step step) {
        StringBuilder b = new StringBuilder();
        for (Event ev : step.events()) {
            if (ev instanceof Event.Feedback f) {
                b.append(f.text()).append('\n');
            } else if (ev instanceof Event.Report r) {
                b.append(r.text()).append('\n');
            }
        }
        return b.toString();
    }

    static GameState play(Engine e, GameState s, String... lines) {
        for (String l : lines) {
            s = e.step(s, l).state();
        }
        return s;
    }

    static String showing(GameState s) {
        return s.learning().reviewing() ? s.learning().run().queue().get(s.learning().run().index()) : null;
    }

    @Test
    void quizChoicesAreShuffledWithTheSeedAndStayPutWithinAGame() {
        Engine e = engine();
        List<List<String>> orders = new java.util.ArrayList<>();
        for (long seed = 1; seed <= 12; seed++) {
            GameState s = e.start(seed).state();
            List<String> order = e.visibleChoices(s).stream().map(Choice::text).toList();
            assertEquals(order, e.visibleChoices(e.step(s, "look").state()).stream().map(Choice::text).toList());
            assertEquals(order, e.visibleChoices(e.start(seed).state()).stream().map(Choice::text).toList(),
                    "the same seed gives the same order");
            orders.add(order);
        }
        assertTrue(orders.stream().distinct().count() >= 4, "different seeds give different orders: " + orders);
        assertTrue(orders.stream().map(o -> o.indexOf("Hibernate")).distinct().count() >= 3,
                "the right answer moves around");
    }

    /**
     * Each review of a card shows its answers in an order of its own, different from the course's, so the right one
     * cannot be remembered by its place (a playtester answered a card again by position).
     */
    @Test
    void eachReviewOfACardOrdersItsAnswersAfresh() {
        Engine e = engine();
        GameState s = session(e, e.start(4).state(), DAY).state();
        List<String> course = e.visibleChoices(s).stream().map(Choice::text).toList();
        s = play(e, s, Integer.toString(number(e, s, "Stop")));
        List<List<String>> reviews = new java.util.ArrayList<>();
        LocalDate day = DAY;
        for (int i = 0; i < 6; i++) {
            day = day.plusDays(60);
            s = e.step(session(e, s, day).state(), "review").state();
            assertEquals("q1", showing(s), "review " + (i + 1));
            List<String> order = e.visibleChoices(s).stream().map(Choice::text).toList();
            assertEquals(order, View.of(e, e.step(s, "look").state()).choices(), "stays put within the review");
            reviews.add(order);
            s = play(e, s, Integer.toString(number(e, s, i % 2 == 0 ? "Reboot" : "Hibernate")));
            assertFalse(s.learning().reviewing());
        }
        assertTrue(reviews.stream().distinct().count() >= 3, "the order changes from review to review: " + reviews);
        assertTrue(reviews.stream().anyMatch(o -> !o.equals(course)), "and differs from the course's");
        assertTrue(reviews.stream().map(o -> o.indexOf("Hibernate")).distinct().count() >= 2,
                "the right answer moves: " + reviews);
    }

    @Test
    void onlyTheFirstAnswerScores() {
        Engine e = engine();
        GameState s = e.start(1).state();
        s = play(e, s, Integer.toString(number(e, s, "Reboot")));
        assertEquals("q1", s.sceneId());
        Step right = e.step(s, Integer.toString(number(e, s, "Hibernate")));
        assertEquals("q2", right.state().sceneId());
        assertEquals(0, right.state().score(), "a retry earns nothing");
        GameState first = e.start(1).state();
        assertEquals(5, e.step(first, Integer.toString(number(e, first, "Hibernate"))).state().score());
    }

    @Test
    void firstTriesMakeCardsAndMissedOnesComeBackFirst() {
        Engine e = engine();
        GameState s = session(e, e.start(3).state(), DAY).state();
        s = play(e, s, Integer.toString(number(e, s, "Reboot")));
        s = play(e, s, Integer.toString(number(e, s, "Hibernate")));
        s = play(e, s, Integer.toString(number(e, s, "An AMI")));
        s = play(e, s, "hint", "hint", "hint", "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro");
        assertEquals("end", s.sceneId());
        List<Card> cards = s.learning().deck().cards();
        assertEquals(List.of("q1", "q2", "task"), cards.stream().map(Card::id).toList());
        assertEquals(List.of(Card.First.MISSED, Card.First.RIGHT, Card.First.MISSED),
                cards.stream().map(Card::first).toList(), "a wrong answer and a third hint are misses");

        Step later = session(e, s, DAY.plusDays(4));
        assertTrue(said(later).contains("3 review cards are due"),
                later.events().toString());
        s = e.step(later.state(), "review").state();
        assertEquals("q1", showing(s), "missed cards first");
        s = play(e, s, Integer.toString(number(e, s, "Reboot")));
        s = e.step(s, "review").state();
        assertEquals("task", showing(s));
        s = play(e, s, "skip");
        assertEquals("q2", showing(s), "the one answered right comes last");
    }

    @Test
    void aReviewQuestionUsesTheShuffledOrderAndTheFirstAnswerCounts() {
        Engine e = engine();
        GameState s = session(e, e.start(5).state(), DAY).state();
        s = play(e, s, Integer.toString(number(e, s, "Stop")));
        assertEquals("q2", s.sceneId());
        s = e.step(s, "review").state();
        assertEquals("q1", showing(s));
        GameState inReview = s;
        Step answer = e.step(s, Integer.toString(number(e, s, "Hibernate")));
        assertFalse(answer.state().learning().reviewing(), "one card: the review is over");
        assertEquals("q2", answer.state().sceneId(), "back where the player was");
        Card c = answer.state().learning().deck().card("q1").orElseThrow();
        assertEquals(1, c.held());
        assertEquals(DAY.toEpochDay() + 1, c.due());
        assertEquals(inReview.score(), answer.state().score(), "reviews do not change the score");
    }

    @Test
    void aTaskRunsInAScratchAccountAndTheCloudComesBack() {
        Engine e = engine();
        GameState s = session(e, e.start(7).state(), DAY).state();
        s = play(e, s, Integer.toString(number(e, s, "Hibernate")));
        s = play(e, s, Integer.toString(number(e, s, "An AMI")), "hint", "hint", "hint");
        s = play(e, s, "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro");
        var home = s.cloud();
        s = e.step(s, "review").state();
        assertEquals("task", showing(s));
        assertNotEquals(home, s.cloud(), "the task has its own account");
        String id = CloudSim.resources(s.cloud()).stream().filter(r -> r.kind().equals("instance")).findFirst()
                .orElseThrow().attr("id");
        s = play(e, s, "aws ec2 stop-instances --instance-ids " + id, "wait 60",
                "aws ec2 modify-instance-attribute --instance-id " + id + " --instance-type t3.small");
        assertTrue(s.learning().reviewing(), "not done while it is stopped");
        s = play(e, s, "aws ec2 start-instances --instance-ids " + id, "wait 60");
        assertFalse(s.learning().reviewing(), "done once it runs as a t3.small");
        assertEquals(home, s.cloud(), "the player's own cloud is back as it was");
        assertEquals(1, s.learning().deck().card("task").orElseThrow().held());
    }

    @Test
    void duringAReviewSceneChoicesCannotBePickedButStatusAndMapWork() {
        Engine e = engine();
        GameState s = session(e, e.start(2).state(), DAY).state();
        s = play(e, s, Integer.toString(number(e, s, "Reboot")), "review");
        assertTrue(s.learning().reviewing());
        assertEquals("q1", showing(s));
        Step typed = e.step(s, "An AMI");
        assertEquals("q1", typed.state().sceneId());
        assertTrue(typed.state().learning().reviewing());
        assertTrue(said(e.step(s, "map")).contains("Hibernation"));
        GameState stopped = e.step(s, "review stop").state();
        assertFalse(stopped.learning().reviewing());
        assertEquals(1, stopped.learning().deck().due().size(), "a card not played stays due");
    }

    @Test
    void theChoicesOnScreenDuringAReviewAreTheCardsOwn() {
        Engine e = engine();
        GameState s = session(e, e.start(2).state(), DAY).state();
        s = play(e, s, Integer.toString(number(e, s, "Reboot")), Integer.toString(number(e, s, "Hibernate")));
        assertEquals("q2", s.sceneId());
        s = e.step(s, "review").state();
        assertEquals("q1", showing(s));
        List<String> card = QuizOrder.shuffle(e.story().scene("q1").orElseThrow().choices(), s.seed(), "q1 review 1")
                .stream().map(Choice::text).toList();
        assertEquals(card, View.of(e, s).choices(), "the choices panel lists the card's answers, not the scene's");
        assertEquals(card, e.visibleChoices(s).stream().map(Choice::text).toList());
        Step typed = e.step(s, Integer.toString(card.indexOf("Hibernate") + 1));
        assertTrue(said(typed).contains("Right."), said(typed));
        assertEquals(List.of("A snapshot of RAM", "An AMI"), View.of(e, typed.state()).choices().stream().sorted()
                .toList(), "after the review, the scene's own choices again");
    }

    @Test
    void aTaskCardTakesTheLaptopShellsVariablesAndCommandSubstitution() {
        Engine e = engine();
        GameState s = session(e, e.start(7).state(), DAY).state();
        s = play(e, s, Integer.toString(number(e, s, "Hibernate")));
        s = play(e, s, Integer.toString(number(e, s, "An AMI")), "hint", "hint", "hint");
        s = play(e, s, "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro");
        s = e.step(s, "review").state();
        assertEquals("task", showing(s));
        assertEquals(List.of(), View.of(e, s).choices(), "a task card has no choices");
        Step set = e.step(s, "ID=$(aws ec2 describe-instances --query 'Reservations[0].Instances[0].InstanceId'"
                + " --output text)");
        assertFalse(said(set).contains("This card wants"), said(set));
        s = play(e, set.state(), "aws ec2 stop-instances --instance-ids $ID", "wait 60",
                "aws ec2 modify-instance-attribute --instance-id $ID --instance-type t3.small",
                "aws ec2 start-instances --instance-ids $(echo $ID)");
        assertTrue(s.learning().reviewing(), "not yet running");
        s = play(e, s, "wait 60");
        assertFalse(s.learning().reviewing(), "the card held: every line went through the shell");
        assertEquals(1, s.learning().deck().card("task").orElseThrow().held());
    }

    @Test
    void nothingDueSaysWhen() {
        Engine e = engine();
        GameState s = session(e, e.start(1).state(), DAY).state();
        assertTrue(said(e.step(s, "review")).startsWith("No review cards yet"));
        s = play(e, s, Integer.toString(number(e, s, "Hibernate")));
        assertTrue(said(e.step(s, "review")).contains("due in 3 days"));
    }
}
