package computequest.app;

import computequest.story.Diagnostic;
import computequest.story.Scene;
import computequest.story.Story;
import computequest.story.StoryParser;
import computequest.story.StoryValidator;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The language server behind {@code ./play author lsp}: the checker's diagnostics as you type (the open files'
 * unsaved text with the rest of the story folder from disk), completion of scene ids, resource kinds, attributes and
 * {@code aws} commands, go-to-definition for scene ids, and hover for glossary terms and scene ids.
 */
final class StoryLanguageServer implements LanguageServer, LanguageClientAware, TextDocumentService,
        WorkspaceService {

    private final Map<String, String> open = new LinkedHashMap<>();
    private Path root;
    private LanguageClient client;
    private Story story;

    StoryLanguageServer(Path root) {
        this.root = root;
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        if (root == null && params.getRootUri() != null) {
            Path r = Path.of(URI.create(params.getRootUri()));
            root = r.resolve("story").toFile().isDirectory() ? r.resolve("story") : r;
        }
        ServerCapabilities caps = new ServerCapabilities();
        caps.setTextDocumentSync(TextDocumentSyncKind.Full);
        caps.setCompletionProvider(new CompletionOptions(false, List.of(" ", ">", "=")));
        caps.setDefinitionProvider(true);
        caps.setHoverProvider(true);
        return CompletableFuture.completedFuture(new InitializeResult(caps));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return this;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return this;
    }

    // ---- documents ----

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        open.put(params.getTextDocument().getUri(), params.getTextDocument().getText());
        check();
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        var changes = params.getContentChanges();
        open.put(params.getTextDocument().getUri(), changes.get(changes.size() - 1).getText());
        check();
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        open.remove(params.getTextDocument().getUri());
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        check();
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        check();
    }

    /** The story folder from disk with the open documents' text in place of theirs, checked; diagnostics published. */
    private synchronized void check() {
        Map<String, String> files;
        try {
            files = StoryParser.readFiles(root);
        } catch (IOException e) {
            return;
        }
        Map<String, String> uriOf = new LinkedHashMap<>();
        for (var e : open.entrySet()) {
            Path p = Path.of(URI.create(e.getKey()));
            if (p.toString().endsWith(StoryParser.EXTENSION) && p.startsWith(root)) {
                String name = root.relativize(p).toString().replace('\\', '/');
                files.put(name, e.getValue());
                uriOf.put(name, e.getKey());
            }
        }
        StoryParser.Parsed parsed = StoryParser.parse(files);
        story = parsed.story();
        List<Diagnostic> all = StoryValidator.check(parsed, SimVocab.INSTANCE);
        if (client == null) {
            return;
        }
        for (var e : uriOf.entrySet()) {
            List<org.eclipse.lsp4j.Diagnostic> out = new ArrayList<>();
            for (Diagnostic d : all) {
                if (d.position().file().equals(e.getKey())) {
                    Position at = new Position(d.position().line() - 1, d.position().column() - 1);
                    org.eclipse.lsp4j.Diagnostic x = new org.eclipse.lsp4j.Diagnostic(new Range(at, at),
                            d.message() + (d.hint().isEmpty() ? "" : " (" + d.hint() + ")"),
                            d.isError() ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, "author check");
                    out.add(x);
                }
            }
            client.publishDiagnostics(new PublishDiagnosticsParams(e.getValue(), out));
        }
    }

    /** The text of a line of an open document, up to the cursor. */
    private String before(String uri, Position p) {
        String[] lines = open.getOrDefault(uri, "").split("\n", -1);
        String line = p.getLine() < lines.length ? lines[p.getLine()] : "";
        return line.substring(0, Math.min(p.getCharacter(), line.length()));
    }

    /** The word (letters, digits, dashes, dots, spaces inside a term are not) under the cursor. */
    private String word(String uri, Position p) {
        String[] lines = open.getOrDefault(uri, "").split("\n", -1);
        String line = p.getLine() < lines.length ? lines[p.getLine()] : "";
        int a = Math.min(p.getCharacter(), line.length());
        int b = a;
        while (a > 0 && isWord(line.charAt(a - 1))) {
            a--;
        }
        while (b < line.length() && isWord(line.charAt(b))) {
            b++;
        }
        return line.substring(a, b);
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_';
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        String text = before(params.getTextDocument().getUri(), params.getPosition()).stripLeading();
        List<CompletionItem> items = new ArrayList<>();
        Map<String, Set<String>> kinds = SimVocab.INSTANCE.kinds();
        if (text.contains("->") || text.startsWith("@start") || text.matches(".*\\bvisited\\s+\\S*")
                || text.startsWith("expect scene") || text.startsWith("@from")) {
            if (story != null) {
                story.scenes().values().forEach(s -> items.add(item(s.id(), CompletionItemKind.Reference, s.title())));
            }
        } else if (text.matches(".*\\baws\\s+\\S*(\\s+\\S*)?")) {
            for (String cmd : computequest.sim.Vocabulary.commands().keySet()) {
                if (cmd.startsWith("aws ")) {
                    items.add(item(cmd.substring(4), CompletionItemKind.Function, cmd));
                }
            }
        } else if (text.startsWith("@goal") || text.startsWith("@check") || text.startsWith("@if")
                || text.startsWith("?") || text.startsWith("expect")) {
            String[] w = text.split("\\s+");
            String kind = w.length >= 2 && kinds.containsKey(w[1]) ? w[1] : null;
            if (kind == null || (w.length == 2 && !text.endsWith(" "))) {
                new TreeSet<>(kinds.keySet()).forEach(k -> items.add(item(k, CompletionItemKind.Class, "resource kind")));
            } else {
                new TreeSet<>(kinds.get(kind)).forEach(a -> items.add(item(a, CompletionItemKind.Field, kind
                        + " attribute")));
            }
        }
        return CompletableFuture.completedFuture(Either.forLeft(items));
    }

    private static CompletionItem item(String label, CompletionItemKind kind, String detail) {
        CompletionItem i = new CompletionItem(label);
        i.setKind(kind);
        i.setDetail(detail);
        return i;
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        String w = word(params.getTextDocument().getUri(), params.getPosition());
        Scene s = story == null ? null : story.scenes().get(w);
        if (s == null) {
            return CompletableFuture.completedFuture(Either.forLeft(List.of()));
        }
        Position at = new Position(s.position().line() - 1, s.position().column() - 1);
        String uri = root.resolve(s.position().file()).toUri().toString();
        for (String u : open.keySet()) {
            if (Path.of(URI.create(u)).equals(root.resolve(s.position().file()))) {
                uri = u;
            }
        }
        return CompletableFuture.completedFuture(Either.forLeft(List.of(new Location(uri, new Range(at, at)))));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        String w = word(params.getTextDocument().getUri(), params.getPosition()).replaceAll("\\.+$", "");
        if (story == null || w.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        for (var g : story.glossary().entrySet()) {
            if (g.getKey().equalsIgnoreCase(w)) {
                return CompletableFuture.completedFuture(new Hover(new MarkupContent("markdown", "**" + g.getKey()
                        + "**: " + g.getValue())));
            }
        }
        Scene s = story.scenes().get(w);
        if (s != null) {
            return CompletableFuture.completedFuture(new Hover(new MarkupContent("markdown", "scene **" + s.id()
                    + "**: " + s.title() + (s.chapter().isEmpty() ? "" : " (chapter " + s.chapter() + ")"))));
        }
        return CompletableFuture.completedFuture(null);
    }
}
