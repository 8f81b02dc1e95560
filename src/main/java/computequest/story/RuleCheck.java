package computequest.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a story against its own {@link StoryRules}: objectives, hint tiers, choice length, explained wrong answers,
 * a knowledge check per chapter, endings and badges. Each problem points at the scene or choice that breaks the rule
 * and names the rule, so the author can change either.
 */
public final class RuleCheck {

    private RuleCheck() {
    }

    public static List<Diagnostic> check(Story story, StoryRules rules) {
        List<Diagnostic> out = new ArrayList<>();
        int hints = rules.number("hints");
        int length = rules.number("choice-length");
        for (Scene s : story.scenes().values()) {
            if (!s.ending() && rules.has("objective") && s.objective().isEmpty()) {
                out.add(Diagnostic.error(s.position(), "the scene '" + s.id() + "' has no @objective"
                        + rules.because("objective"), "say in one line what the player must do here"));
            }
            if (!s.ending() && hints > 0 && s.hints().size() < hints) {
                out.add(Diagnostic.error(s.position(), "the scene '" + s.id() + "' has " + s.hints().size() + " @hint"
                        + (s.hints().size() == 1 ? "" : "s") + ", the rules want " + hints + rules.because("hints"),
                        "write them in order: a nudge, the concept, then the exact command"));
            }
            for (Choice c : s.choices()) {
                if (length > 0 && c.text().length() > length) {
                    out.add(Diagnostic.error(c.position(), "this choice is " + c.text().length() + " characters long;"
                            + " the rules allow " + length + rules.because("choice-length"), "shorten it"));
                }
                if (rules.has("explain-wrong-choices") && c.target() == null && c.feedback().isBlank()) {
                    out.add(Diagnostic.error(c.position(), "the choice '" + c.text() + "' keeps the player here"
                            + " without saying why" + rules.because("explain-wrong-choices"),
                            "add '  > why it is wrong' under it"));
                }
            }
            for (Goal g : s.goals()) {
                if (rules.has("explain-wrong-choices") && g.isCheck() && g.feedback().isBlank()) {
                    out.add(Diagnostic.error(g.position(), "this @check says nothing when it fires"
                            + rules.because("explain-wrong-choices"), "add '  > what the player should know' under it"));
                }
            }
        }
        quizzes(story, rules, out);
        totals(story, rules, out);
        return out;
    }

    private static void quizzes(Story story, StoryRules rules, List<Diagnostic> out) {
        int want = rules.number("quiz-per-chapter");
        if (want < 0) {
            return;
        }
        Map<String, Integer> count = new LinkedHashMap<>();
        Map<String, Position> first = new LinkedHashMap<>();
        for (Scene s : story.scenes().values()) {
            count.merge(s.chapter(), s.quiz() ? 1 : 0, Integer::sum);
            first.putIfAbsent(s.chapter(), s.position());
            if (s.quiz()) {
                boolean right = s.choices().stream().anyMatch(c -> c.target() != null && !c.feedback().isBlank());
                boolean wrong = s.choices().stream().anyMatch(c -> c.target() == null && !c.feedback().isBlank());
                if (!right || !wrong) {
                    out.add(Diagnostic.error(s.position(), "the @quiz scene '" + s.id() + "' needs a right answer"
                            + " and a wrong one, each with '>' feedback" + rules.because("quiz-per-chapter"),
                            "explain both: a knowledge check teaches through its answers"));
                }
            }
        }
        List<String> exempt = rules.exceptions("quiz-per-chapter");
        count.forEach((chapter, n) -> {
            if (n < want && exempt.stream().noneMatch(chapter::startsWith)) {
                out.add(Diagnostic.error(first.get(chapter), "the chapter '" + (chapter.isEmpty() ? "(none)" : chapter)
                        + "' has " + n + " @quiz scene" + (n == 1 ? "" : "s") + ", the rules want " + want
                        + rules.because("quiz-per-chapter"), "add a knowledge-check scene marked @quiz, or list the"
                        + " chapter after 'except' in the rule"));
            }
        });
    }

    private static void totals(Story story, StoryRules rules, List<Diagnostic> out) {
        int endings = rules.number("endings");
        long have = story.scenes().values().stream().filter(Scene::ending).count();
        if (endings > 0 && have < endings) {
            out.add(Diagnostic.error(rules.position("endings"), "the story has " + have + " @ending scene"
                    + (have == 1 ? "" : "s") + ", this rule wants at least " + endings, "add endings, or lower it"));
        }
        int badges = rules.number("badges");
        if (badges > 0) {
            Set<String> names = new LinkedHashSet<>();
            for (Scene s : story.scenes().values()) {
                List<Effect> all = new ArrayList<>(s.onEnter());
                s.choices().forEach(c -> all.addAll(c.effects()));
                s.goals().forEach(g -> all.addAll(g.effects()));
                s.reactions().forEach(r -> all.addAll(r.effects()));
                all.stream().filter(e -> e instanceof Effect.Badge).forEach(e -> names.add(((Effect.Badge) e).name()));
            }
            if (names.size() < badges) {
                out.add(Diagnostic.error(rules.position("badges"), "the story awards " + names.size() + " badge"
                        + (names.size() == 1 ? "" : "s") + ", this rule wants at least " + badges,
                        "award more with '~ badge NAME', or lower it"));
            }
        }
    }
}
