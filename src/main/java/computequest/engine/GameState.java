package computequest.engine;

import computequest.laptop.Laptop;
import computequest.sim.Cloud;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pcollections.OrderedPMap;

/**
 * Everything that changes while playing, and nothing else: the story itself is not here.
 *
 * @param sceneId    the current scene
 * @param cloud      the simulated AWS account
 * @param flags      story flags set by effects
 * @param visited    scene ids in the order first visited
 * @param hintsShown how many hint tiers of the current scene the player has seen
 * @param turn       how many inputs have been handled
 * @param laptop     the learner's laptop: files, shell variables, history (a save without one gets a fresh laptop)
 * @param learning   the review deck and any review in progress (a save without one loads with an empty deck)
 */
public record GameState(String sceneId, Cloud cloud, int score, Map<String, String> flags, List<String> visited,
                        List<String> badges, int hintsShown, boolean ended, long seed, int turn, Laptop laptop,
                        Learning learning) {

    public GameState {
        flags = flags(flags);
        visited = Visits.of(visited);
        badges = List.copyOf(badges);
        laptop = laptop == null ? Laptop.fresh() : laptop;
        learning = learning == null ? Learning.NONE : learning;
    }

    /**
     * The record's own equality (every component, as {@code Objects.equals}) and a hash of the same components,
     * written out: the undo history compares states after every turn, and a record's generated {@code equals} makes
     * the JVM build method handles at its first call, about 5 ms a record on the first answer of a game (README
     * Performance). {@code WrittenEqualsTest} holds both to every component.
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof GameState g && score == g.score && hintsShown == g.hintsShown
                && ended == g.ended && seed == g.seed && turn == g.turn && Objects.equals(sceneId, g.sceneId)
                && Objects.equals(cloud, g.cloud) && Objects.equals(flags, g.flags) && Objects.equals(visited, g.visited)
                && Objects.equals(badges, g.badges) && Objects.equals(laptop, g.laptop)
                && Objects.equals(learning, g.learning);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sceneId, cloud, score, flags, visited, badges, hintsShown, ended, seed, turn, laptop,
                learning);
    }

    /** A state with the laptop a new game starts with. */
    public GameState(String sceneId, Cloud cloud, int score, Map<String, String> flags, List<String> visited,
                     List<String> badges, int hintsShown, boolean ended, long seed, int turn) {
        this(sceneId, cloud, score, flags, visited, badges, hintsShown, ended, seed, turn, Laptop.fresh());
    }

    /** A state with nothing learned yet. */
    public GameState(String sceneId, Cloud cloud, int score, Map<String, String> flags, List<String> visited,
                     List<String> badges, int hintsShown, boolean ended, long seed, int turn, Laptop laptop) {
        this(sceneId, cloud, score, flags, visited, badges, hintsShown, ended, seed, turn, laptop, Learning.NONE);
    }

    public GameState withLearning(Learning l) {
        return new GameState(sceneId, cloud, score, flags, visited, badges, hintsShown, ended, seed, turn, laptop, l);
    }

    public GameState withLaptop(Laptop l) {
        return new GameState(sceneId, cloud, score, flags, visited, badges, hintsShown, ended, seed, turn, l, learning);
    }

    public GameState withScene(String id) {
        return new GameState(id, cloud, score, flags, visited, badges, 0, ended, seed, turn, laptop, learning);
    }

    public GameState withCloud(Cloud c) {
        return new GameState(sceneId, c, score, flags, visited, badges, hintsShown, ended, seed, turn, laptop, learning);
    }

    public GameState withScore(int s) {
        return new GameState(sceneId, cloud, s, flags, visited, badges, hintsShown, ended, seed, turn, laptop, learning);
    }

    public GameState withFlags(Map<String, String> f) {
        return new GameState(sceneId, cloud, score, f, visited, badges, hintsShown, ended, seed, turn, laptop, learning);
    }

    public GameState withVisited(List<String> v) {
        return new GameState(sceneId, cloud, score, flags, v, badges, hintsShown, ended, seed, turn, laptop, learning);
    }

    public GameState withBadges(List<String> b) {
        return new GameState(sceneId, cloud, score, flags, visited, b, hintsShown, ended, seed, turn, laptop, learning);
    }

    public GameState withHintsShown(int h) {
        return new GameState(sceneId, cloud, score, flags, visited, badges, h, ended, seed, turn, laptop, learning);
    }

    public GameState withEnded(boolean e) {
        return new GameState(sceneId, cloud, score, flags, visited, badges, hintsShown, e, seed, turn, laptop, learning);
    }

    public GameState withTurn(int t) {
        return new GameState(sceneId, cloud, score, flags, visited, badges, hintsShown, ended, seed, t, laptop, learning);
    }

    /**
     * Flags as a persistent map in insertion order: a changed flag shares the rest with the map before, so setting one
     * costs the same however many are set.
     */
    static OrderedPMap<String, String> flags(Map<String, String> flags) {
        return flags instanceof OrderedPMap<String, String> p ? p : OrderedPMap.from(flags);
    }
}
