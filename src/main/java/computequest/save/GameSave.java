package computequest.save;

import computequest.engine.GameState;
import java.util.List;
import java.util.Map;

/**
 * The saved form of a {@link GameState}: what a save file holds under "state" (and under each undo step's "before").
 * These records, not the engine's and the simulator's, are the save format: their names are the JSON's names, so a
 * refactor of the sim changes only the save()/load() lines here, and the compiler points at them. A change to the JSON
 * itself needs a new {@link SaveCodec#VERSION} and a step in {@link SaveMigrations}.
 */
record GameSave(String sceneId, CloudSave cloud, int score, Map<String, String> flags, List<String> visited,
                List<String> badges, int hintsShown, boolean ended, long seed, int turn, Laptop laptop,
                Learning learning) {

    static GameSave save(GameState x) {
        return x == null ? null : new GameSave(x.sceneId(), CloudSave.save(x.cloud()), x.score(), x.flags(),
                x.visited(), x.badges(), x.hintsShown(), x.ended(), x.seed(), x.turn(), Laptop.save(x.laptop()),
                Learning.save(x.learning()));
    }

    static GameState load(GameSave s) {
        return s == null ? null : new GameState(s.sceneId, CloudSave.load(s.cloud), s.score, s.flags, s.visited,
                s.badges, s.hintsShown, s.ended, s.seed, s.turn, Laptop.load(s.laptop), Learning.load(s.learning));
    }

    /** The saved form of {@link computequest.laptop.Laptop}. */
    record Laptop(Map<String, String> files, List<String> dirs, Map<String, String> vars, List<String> history,
                  Map<String, String> modes) {

        static Laptop save(computequest.laptop.Laptop x) {
            return x == null ? null : new Laptop(x.files(), x.dirs(), x.vars(), x.history(), x.modes());
        }

        static computequest.laptop.Laptop load(Laptop s) {
            return s == null ? null : new computequest.laptop.Laptop(s.files, s.dirs, s.vars, s.history,
                    s.modes);
        }
    }

    /** The saved form of {@link computequest.engine.Learning}. */
    record Learning(Deck deck, Run run) {

        static Learning save(computequest.engine.Learning x) {
            return x == null ? null : new Learning(Deck.save(x.deck()), Run.save(x.run()));
        }

        static computequest.engine.Learning load(Learning s) {
            return s == null ? null : new computequest.engine.Learning(Deck.load(s.deck), Run.load(s.run));
        }
    }

    /** The saved form of {@link computequest.review.Deck}. */
    record Deck(long today, List<Card> cards) {

        static Deck save(computequest.review.Deck x) {
            return x == null ? null : new Deck(x.today(), Saves.list(x.cards(), Card::save));
        }

        static computequest.review.Deck load(Deck s) {
            return s == null ? null : new computequest.review.Deck(s.today, Saves.list(s.cards, Card::load));
        }
    }

    /** The saved form of {@link computequest.review.Card}. */
    record Card(String id, String kind, String concept, int stage, long due, String first, int held, int lapses) {

        static Card save(computequest.review.Card x) {
            return x == null ? null : new Card(x.id(), Saves.name(x.kind()), x.concept(), x.stage(), x.due(),
                    Saves.name(x.first()), x.held(), x.lapses());
        }

        static computequest.review.Card load(Card s) {
            return s == null ? null : new computequest.review.Card(s.id,
                    Saves.constant(computequest.review.Card.Kind.class, s.kind), s.concept, s.stage, s.due,
                    Saves.constant(computequest.review.Card.First.class, s.first), s.held, s.lapses);
        }
    }

    /** The saved form of {@link computequest.engine.Learning.Run}. */
    record Run(List<String> queue, int index, CloudSave home, int homeHints, int held) {

        static Run save(computequest.engine.Learning.Run x) {
            return x == null ? null : new Run(x.queue(), x.index(), CloudSave.save(x.home()), x.homeHints(),
                    x.held());
        }

        static computequest.engine.Learning.Run load(Run s) {
            return s == null ? null : new computequest.engine.Learning.Run(s.queue, s.index, CloudSave.load(s.home),
                    s.homeHints, s.held);
        }
    }

}
