package computequest.present;

/** One value in a resource table, with how it reads: good, on the way, bad, gone, or plain. */
public record Cell(String text, Tone tone) {

    /** How a value reads; renderers turn it into colour (and bold), never the only sign of meaning. */
    public enum Tone { PLAIN, BOLD, GOOD, WARN, BAD, DIM }

    static Cell plain(String text) {
        return new Cell(text, Tone.PLAIN);
    }

    /** A state or status, toned by what it means. */
    static Cell state(String state) {
        return new Cell(state, Tables.tone(state));
    }
}
