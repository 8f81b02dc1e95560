package computequest.story;

import java.util.ArrayList;
import java.util.List;

/** A scene while its lines are read: its directives, prose and blocks, turned into a {@link Scene} at the end. */
final class SceneDraft {
    /** Marks a verbatim line among a scene's prose lines while parsing. */
    static final String VERBATIM = "\u0000";

    final String id;
    final Position at;
    String chapter;
    String title;
    boolean ending;
    boolean quiz;
    String objective;
    String concept;
    String callback;
    Position callbackAt;
    final List<String> prose = new ArrayList<>();
    /** The prose lines with placeholders and the @if tests, where they were written (see {@link ProseMark}). */
    final List<ProseMark> marks = new ArrayList<>();

    /** A line of prose, written at {@code at}. */
    void line(String text, Position at) {
        prose.add(text);
        mark(text, at);
    }

    /** A line of a verbatim block, written at {@code at}. */
    void verbatim(String text, Position at) {
        prose.add(VERBATIM + text);
        mark(text, at);
    }

    private void mark(String text, Position at) {
        if (text.contains("${")) {
            marks.add(new ProseMark(text, at));
        }
    }
    final List<String> hints = new ArrayList<>(0);
    final List<Effect> onEnter = new ArrayList<>(0);
    final List<Effect> setup = new ArrayList<>(0);
    final List<BlockDraft> blocks = new ArrayList<>();

    SceneDraft(String id, Position at, String chapter) {
        this.id = id;
        this.at = at;
        this.chapter = chapter;
    }

    private BlockDraft add(BlockDraft b) {
        blocks.add(b);
        return b;
    }

    /**
     * A directive inside this scene.
     *
     * @return the block the lines indented under it belong to, or null when it opens none
     */
    BlockDraft directive(String name, String arg, Position at, Position argAt, List<Diagnostic> problems,
                         StringPool pool) {
        switch (name) {
            case "title" -> title = arg;
            case "setup" -> {
                if (arg.isEmpty()) {
                    problems.add(Diagnostic.error(at, "@setup needs an effect",
                            "e.g. '@setup run aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001"
                                    + " --instance-type t3.micro' or '@setup wait 60'"));
                } else {
                    Effect e = EffectParser.parse(arg, argAt, problems, pool);
                    if (e != null) {
                        setup.add(e);
                    }
                }
            }
            case "hint" -> {
                if (arg.isEmpty()) {
                    problems.add(Diagnostic.error(at, "@hint needs text", "e.g. '@hint Look at the instance types'"));
                } else {
                    hints.add(arg);
                }
            }
            case "if" -> {
                // The paragraph that follows is shown only while the condition holds (see Interpolation).
                if (arg.isEmpty()) {
                    problems.add(Diagnostic.error(at, "@if needs a condition", "e.g. '@if instance state=stopped'"));
                } else if (ConditionParser.parse(arg, argAt, problems, pool) != null) {
                    prose.add("");
                    prose.add(Interpolation.IF + arg + "}");
                    marks.add(new ProseMark(Interpolation.IF + arg + "}", argAt));
                }
            }
            case "ending" -> ending = true;
            case "quiz" -> quiz = true;
            case "objective" -> {
                if (arg.isEmpty()) {
                    problems.add(Diagnostic.error(at, "@objective needs text",
                            "e.g. '@objective Launch a t3.micro from Amazon Linux 2023'"));
                } else {
                    objective = arg;
                }
            }
            case "goal", "check" -> {
                String condText = arg;
                String target = null;
                Position targetAt = null;
                int arrow = arg.lastIndexOf("->");
                if (arrow >= 0) {
                    condText = arg.substring(0, arrow).strip();
                    target = pool.stripped(arg, arrow + 2); // shared with the scene id it names
                    targetAt = new Position(argAt.file(), argAt.line(), argAt.column()
                            + Scan.skipWhitespace(arg, arrow + 2));
                }
                if (name.equals("goal") && (target == null || target.isEmpty())) {
                    problems.add(Diagnostic.error(at, "@goal needs '-> scene-id' after its condition",
                            "use @check for feedback that does not move the player"));
                    target = null;
                }
                if (name.equals("check") && target != null) {
                    problems.add(Diagnostic.error(targetAt, "@check does not move the player, so it takes no '->'",
                            "use @goal to move on"));
                    target = null;
                }
                Condition c = ConditionParser.parse(condText, argAt, problems, pool);
                return add(new BlockDraft(name.equals("goal") ? 'g' : 'c', condText, target, at, targetAt, c));
            }
            case "concept", "task", "callback" -> {
                return recall(name, arg, at, argAt, problems, pool);
            }
            case "on" -> {
                Reaction pattern = null;
                if (arg.isEmpty()) {
                    problems.add(Diagnostic.error(at, "@on needs a command pattern",
                            "e.g. '@on aws ec2 run-instances --instance-type m5.large'"));
                } else if ((pattern = Reaction.of(arg, "", List.of(), at, pool)) == null) {
                    problems.add(Diagnostic.error(at, "@on " + arg + " needs a command pattern after it",
                            "e.g. '@on ok curl' or '@on error InvalidParameterValue aws lambda create-function'"));
                }
                BlockDraft b = add(new BlockDraft('o', arg, null, at, null, null));
                b.reaction = pattern;
                return b;
            }
            default -> problems.add(Diagnostic.error(at, "unknown directive @" + name,
                    "directives are @story @start @chapter @glossary @todo @title @objective @hint @goal @check @on @setup @quiz @ending @concept @task @callback @if"));
        }
        return null;
    }

    /** {@code @concept NAME}, {@code @task CONDITION} (a block, like @check) and {@code @callback SCENE-ID}. */
    private BlockDraft recall(String name, String arg, Position at, Position argAt, List<Diagnostic> problems,
                              StringPool pool) {
        if (arg.isEmpty()) {
            problems.add(Diagnostic.error(at, "@" + name + " needs " + (name.equals("task") ? "a condition"
                    : name.equals("concept") ? "the concept's name" : "the earlier scene's id"), switch (name) {
                        case "task" -> "e.g. '@task instance hibernated=true state=stopped'";
                        case "concept" -> "e.g. '@concept Stop loses RAM; stop-hibernate keeps it'";
                        default -> "e.g. '@callback ec2-hibernate'";
                    }));
        } else if (name.equals("concept")) {
            concept = arg;
        } else if (name.equals("callback")) {
            callback = arg;
            callbackAt = argAt;
        } else {
            return add(new BlockDraft('t', arg, null, at, null, ConditionParser.parse(arg, argAt, problems, pool)));
        }
        return null;
    }

    /** The finished, immutable scene; {@code pool} shares the words of its reactions' patterns. */
    Scene toScene(StringPool pool) {
        List<Choice> choices = new ArrayList<>();
        List<Goal> goals = new ArrayList<>();
        List<Reaction> reactions = new ArrayList<>();
        Goal task = null;
        for (BlockDraft b : blocks) {
            String feedback = prose(b.feedback());
            switch (b.kind) {
                case 't' -> task = b.condition == null ? null : new Goal(b.condition, null, b.effects(), feedback, b.at);
                case '*' -> choices.add(new Choice(b.text, b.target, b.conditions(), b.effects(), feedback, b.at));
                case 'g', 'c' -> {
                    if (b.condition != null) {
                        goals.add(new Goal(b.condition, b.target, b.effects(), feedback, b.at));
                    }
                }
                default -> {
                    Reaction r = b.reaction;
                    if (r != null) {
                        reactions.add(new Reaction(r.when(), r.errorCode(), r.pattern(), feedback, b.effects(), b.at));
                    }
                }
            }
        }
        String shownTitle = title == null || title.isEmpty() ? id : title;
        return new Scene(id, shownTitle, chapter == null ? "" : chapter, prose(prose), choices,
                goals, reactions, hints, onEnter, ending, objective == null ? "" : objective, quiz, at, setup,
                concept == null && task == null && callback == null ? Recall.NONE
                        : new Recall(concept, task, callback, callbackAt), marks);
    }

    /**
     * Prose lines as paragraphs separated by blank lines: text lines join with spaces; a verbatim block becomes
     * one paragraph of lines indented by two spaces, which the renderers never wrap.
     */
    static String prose(List<String> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        if (lines.size() == 1 && !lines.get(0).startsWith(VERBATIM)) {
            return lines.get(0); // a one-line feedback, shared with every scene that says the same
        }
        int size = 0;
        for (String l : lines) {
            size += l.length() + 2;
        }
        // One builder of about the final size: each paragraph is written straight into it.
        StringBuilder out = new StringBuilder(size);
        boolean open = false; // whether a paragraph has text in out
        boolean verbatim = false;
        for (String l : lines) {
            boolean v = l.startsWith(VERBATIM);
            if (v != verbatim || l.isEmpty()) {
                open = false;
                verbatim = v;
            }
            if (v || !l.isEmpty()) {
                if (!open) {
                    out.append(out.length() > 0 ? "\n\n" : "");
                    open = true;
                } else {
                    out.append(v ? '\n' : ' ');
                }
                if (v) {
                    out.append("  ").append(l, 1, l.length());
                } else {
                    out.append(l);
                }
            }
        }
        return out.toString();
    }

    /** A choice, goal, check, task or reaction with the lines indented under it. */
    static final class BlockDraft {
        final char kind;
        final String text;
        final String target;
        final Position at;
        final Position targetAt;
        final Condition condition;
        /** For {@code @on}: its timing and pattern, read once (null when it has none). */
        Reaction reaction;
        // Made at their first line and sized as they fill (most hold one line or none): three lists with an array
        // of ten each were a tenth of what reading a huge story allocated.
        private List<Condition> conditions;
        private List<Effect> effects;
        private List<String> feedback;

        BlockDraft(char kind, String text, String target, Position at, Position targetAt, Condition condition) {
            this.kind = kind;
            this.text = text;
            this.target = target;
            this.at = at;
            this.targetAt = targetAt;
            this.condition = condition;
        }

        void add(Condition c) {
            conditions = conditions == null ? new ArrayList<>(1) : conditions;
            conditions.add(c);
        }

        void add(Effect e) {
            effects = effects == null ? new ArrayList<>(1) : effects;
            effects.add(e);
        }

        void add(String line) {
            feedback = feedback == null ? new ArrayList<>(1) : feedback;
            feedback.add(line);
        }

        List<Condition> conditions() {
            return conditions == null ? List.of() : conditions;
        }

        List<Effect> effects() {
            return effects == null ? List.of() : effects;
        }

        List<String> feedback() {
            return feedback == null ? List.of() : feedback;
        }
    }
}
