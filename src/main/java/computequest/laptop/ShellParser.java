package computequest.laptop;

import computequest.laptop.Syntax.AndList;
import computequest.laptop.Syntax.Assignment;
import computequest.laptop.Syntax.Command;
import computequest.laptop.Syntax.Part;
import computequest.laptop.Syntax.Pipeline;
import computequest.laptop.Syntax.Redirect;
import computequest.laptop.Syntax.Script;
import computequest.laptop.Syntax.Subst;
import computequest.laptop.Syntax.Text;
import computequest.laptop.Syntax.Var;
import computequest.laptop.Syntax.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a command line the way bash does, for the part of bash that AWS tutorials use: words with '…', "…" and
 * backslash quoting, {@code NAME=value}, {@code $NAME}, {@code ${NAME}}, {@code $(…)}, {@code |}, {@code &&},
 * {@code ;}, {@code >} and {@code >>}. Anything else (loops, other redirects, background jobs) is refused with a
 * message that says so, never run half-understood.
 */
final class ShellParser {

    static final String KNOWS = "It runs the game's commands one at a time or joined with |, && and ;, and knows"
            + " NAME=value, export, $NAME, ${NAME}, $(command), > FILE and >> FILE.";
    private static final Set<String> RESERVED = Set.of("for", "while", "until", "if", "then", "else", "elif", "fi",
            "case", "esac", "do", "done", "function", "select", "{", "}", "[[", "]]", "!", "time", "coproc");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.*)", Pattern.DOTALL);

    private final String src;
    private int pos;

    private ShellParser(String src) {
        this.src = src;
    }

    /** @throws ShellException when the line uses something the game's shell does not do, or is malformed */
    static Script parse(String line) {
        ShellParser p = new ShellParser(line);
        return p.script(false);
    }

    static ShellException refuse(String what) {
        return new ShellException("The game's shell does not do that: " + what + ". " + KNOWS);
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < src.length() ? src.charAt(i) : '\0';
    }

    /** The deepest nesting of $( … ) read: a pasted line of thousands of them must not overflow the stack. */
    static final int MAX_NESTED = 64;

    /** How many $( … ) enclose the current position. */
    private int nested;

    private boolean atEnd() {
        return pos >= src.length();
    }

    private Script script(boolean inSubst) {
        List<AndList> lists = new ArrayList<>();
        List<Pipeline> pipelines = new ArrayList<>();
        List<Command> commands = new ArrayList<>();
        CommandBuilder cmd = new CommandBuilder();
        while (true) {
            skipBlanks();
            if (atEnd()) {
                if (inSubst) {
                    throw new ShellException("$( is never closed: add the ) that ends the command inside it.");
                }
                break;
            }
            char c = peek(0);
            if (c == ')') {
                if (!inSubst) {
                    throw refuse("( … ) subshells");
                }
                pos++;
                break;
            }
            if (c == '#') {
                if (inSubst) {
                    throw refuse("comments inside $( … )");
                }
                pos = src.length();
                continue;
            }
            if (c == '|') {
                if (peek(1) == '|') {
                    throw refuse("|| (run the next command when one fails)");
                }
                pos++;
                commands.add(cmd.build("|"));
                cmd = new CommandBuilder();
                continue;
            }
            if (c == '&') {
                if (peek(1) != '&') {
                    throw refuse(peek(1) == '>' ? "&> redirects" : "background jobs (&)");
                }
                pos += 2;
                commands.add(cmd.build("&&"));
                pipelines.add(new Pipeline(commands));
                commands = new ArrayList<>();
                cmd = new CommandBuilder();
                continue;
            }
            if (c == ';' || c == '\n') {
                if (peek(1) == ';') {
                    throw refuse(";; (case)");
                }
                pos++;
                if (cmd.isEmpty() && commands.isEmpty() && pipelines.isEmpty()) {
                    continue;
                }
                commands.add(cmd.build(";"));
                pipelines.add(new Pipeline(commands));
                lists.add(new AndList(pipelines));
                pipelines = new ArrayList<>();
                commands = new ArrayList<>();
                cmd = new CommandBuilder();
                continue;
            }
            if (c == '>') {
                boolean append = peek(1) == '>';
                pos += append ? 2 : 1;
                if (peek(0) == '&' || peek(0) == '|') {
                    throw refuse(">" + peek(0) + " redirects");
                }
                skipBlanks();
                if (atEnd() || "|&;<>()\n".indexOf(peek(0)) >= 0) {
                    throw new ShellException((append ? ">>" : ">") + " needs a file name after it, e.g. echo hi > note.txt");
                }
                cmd.redirects.add(new Redirect(append, word()));
                continue;
            }
            if (c == '<') {
                throw refuse(peek(1) == '<' ? "here-documents (<<)" : "input redirects (<)");
            }
            if (c == '(') {
                throw refuse("( … ) subshells");
            }
            if (c == '`') {
                throw refuse("`backquotes`; write $(command) instead");
            }
            int start = pos;
            Word w = word();
            if ((peek(0) == '>' || peek(0) == '<') && src.substring(start, pos).matches("\\d+")) {
                throw refuse("redirecting a numbered stream (" + src.substring(start, pos) + peek(0) + ")");
            }
            cmd.add(w);
        }
        if (!cmd.isEmpty() || !commands.isEmpty() || !pipelines.isEmpty()) {
            commands.add(cmd.build(""));
            pipelines.add(new Pipeline(commands));
            lists.add(new AndList(pipelines));
        }
        return new Script(lists);
    }

    private void skipBlanks() {
        while (!atEnd() && (peek(0) == ' ' || peek(0) == '\t' || (peek(0) == '\\' && peek(1) == '\n'))) {
            pos += peek(0) == '\\' ? 2 : 1;
        }
    }

    /**
     * A backslash at the very end of the input, or one standing alone before a blank ({@code x \ --y}, a command
     * pasted onto one line): the line continuation of a shown command that did not continue.
     */
    private void strayBackslash(boolean wordStart) {
        if (pos + 1 >= src.length()) {
            throw new ShellException("The line ends in '\\', which continues a command on the next line, and nothing"
                    + " followed. Type the rest of the command after it, or remove the '\\'.");
        }
        if (wordStart && (peek(1) == ' ' || peek(1) == '\t')) {
            throw new ShellException("A lone '\\' at column " + (pos + 1) + ": a backslash continues a command only"
                    + " at the very end of a line. Remove it and type the command on one line, or press Enter right"
                    + " after the '\\' and type the rest.");
        }
    }

    /** Reads one word, up to an unquoted blank or operator. */
    private Word word() {
        List<Part> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        while (!atEnd()) {
            char c = peek(0);
            if (c == ' ' || c == '\t' || "|&;<>()\n".indexOf(c) >= 0) {
                break;
            }
            if (c == '`') {
                throw refuse("`backquotes`; write $(command) instead");
            }
            if (c == '\\') {
                strayBackslash(lit.length() == 0 && parts.isEmpty());
                pos++;
                if (!atEnd()) {
                    if (peek(0) != '\n') {
                        lit.append(peek(0));
                    }
                    pos++;
                } else {
                    lit.append('\\');
                }
            } else if (c == '\'') {
                flush(lit, parts, false);
                int close = src.indexOf('\'', pos + 1);
                if (close < 0) {
                    throw new ShellException("The quote ' at column " + (pos + 1) + " is never closed. Close it, or"
                            + " remove it.");
                }
                parts.add(new Text(src.substring(pos + 1, close), true));
                pos = close + 1;
            } else if (c == '"') {
                flush(lit, parts, false);
                doubleQuoted(parts);
            } else if (c == '$') {
                Part p = dollar(true);
                if (p == null) {
                    lit.append('$');
                } else {
                    flush(lit, parts, false);
                    parts.add(p);
                }
            } else {
                lit.append(c);
                pos++;
            }
        }
        flush(lit, parts, false);
        return new Word(parts);
    }

    private void doubleQuoted(List<Part> parts) {
        int open = pos;
        pos++;
        StringBuilder lit = new StringBuilder();
        boolean any = false;
        while (true) {
            if (atEnd()) {
                throw new ShellException("The quote \" at column " + (open + 1) + " is never closed. Close it, or"
                        + " remove it.");
            }
            char c = peek(0);
            if (c == '"') {
                pos++;
                break;
            }
            if (c == '`') {
                throw refuse("`backquotes`; write $(command) instead");
            }
            if (c == '\\' && "$`\"\\\n".indexOf(peek(1)) >= 0 && peek(1) != '\0') {
                if (peek(1) != '\n') {
                    lit.append(peek(1));
                }
                pos += 2;
            } else if (c == '$') {
                Part p = dollar(false);
                if (p == null) {
                    lit.append('$');
                } else {
                    any |= flush(lit, parts, true);
                    parts.add(withQuoted(p));
                    any = true;
                }
            } else {
                lit.append(c);
                pos++;
            }
        }
        if (lit.length() > 0 || !any) {
            parts.add(new Text(lit.toString(), true));
        }
    }

    private static Part withQuoted(Part p) {
        if (p instanceof Var v) {
            return new Var(v.name(), true);
        }
        Subst s = (Subst) p;
        return new Subst(s.script(), true);
    }

    /** At a '$': a variable or a command substitution, or null when the '$' is just a dollar sign. */
    private Part dollar(boolean unquoted) {
        char next = peek(1);
        if (next == '(') {
            if (peek(2) == '(') {
                throw refuse("arithmetic $(( … ))");
            }
            pos += 2;
            if (++nested > MAX_NESTED) {
                throw new ShellException("$( … ) nested more than " + MAX_NESTED + " deep: the laptop's shell stops"
                        + " there.");
            }
            Script inside = script(true);
            nested--;
            return new Subst(inside, false);
        }
        if (next == '{') {
            int close = src.indexOf('}', pos + 2);
            String inside = close < 0 ? "" : src.substring(pos + 2, close);
            if (close < 0 || !NAME.matcher(inside).matches()) {
                throw refuse("${" + (close < 0 ? "…" : inside) + "}; only ${NAME} works here");
            }
            pos = close + 1;
            return new Var(inside, false);
        }
        if (next == '?') {
            pos += 2;
            return new Var("?", false);
        }
        if (Character.isDigit(next) || "#@*!$-".indexOf(next) >= 0 && next != '\0') {
            throw refuse("the special parameter $" + next);
        }
        if (next == '_' || (next < 128 && Character.isLetter(next))) {
            int start = pos + 1;
            int end = start;
            while (end < src.length() && (src.charAt(end) == '_' || (src.charAt(end) < 128
                    && Character.isLetterOrDigit(src.charAt(end))))) {
                end++;
            }
            pos = end;
            return new Var(src.substring(start, end), false);
        }
        pos++;
        return null;
    }

    private static boolean flush(StringBuilder lit, List<Part> parts, boolean quoted) {
        if (lit.length() == 0) {
            return false;
        }
        parts.add(new Text(lit.toString(), quoted));
        lit.setLength(0);
        return true;
    }

    /** Collects one simple command's assignments, words and redirects. */
    private static final class CommandBuilder {
        final List<Assignment> assignments = new ArrayList<>();
        final List<Word> words = new ArrayList<>();
        final List<Redirect> redirects = new ArrayList<>();

        boolean isEmpty() {
            return assignments.isEmpty() && words.isEmpty() && redirects.isEmpty();
        }

        void add(Word w) {
            if (words.isEmpty() && !w.parts().isEmpty() && w.parts().get(0) instanceof Text t && !t.quoted()) {
                var m = ASSIGNMENT.matcher(t.text());
                if (m.matches()) {
                    List<Part> value = new ArrayList<>();
                    if (!m.group(2).isEmpty()) {
                        value.add(new Text(m.group(2), false));
                    }
                    value.addAll(w.parts().subList(1, w.parts().size()));
                    assignments.add(new Assignment(m.group(1), new Word(value)));
                    return;
                }
                if (RESERVED.contains(t.text()) && w.parts().size() == 1) {
                    throw refuse("'" + t.text() + "' (loops, conditionals and functions)");
                }
            }
            words.add(w);
        }

        Command build(String before) {
            if (isEmpty()) {
                throw new ShellException("There is no command before " + (before.isEmpty() ? "the end" : "'" + before
                        + "'") + ". Write a command on each side, e.g. aws ecr get-login-password | docker login ...");
            }
            return new Command(assignments, words, redirects);
        }
    }
}
