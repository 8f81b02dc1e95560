package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** author lsp, driven by a scripted client over the protocol (JSON-RPC through pipes), as an editor would. */
class StoryLanguageServerTest {

    static final String TEXT = """
            @glossary AMI: the template an instance boots from
            :: a
            @hint Pick an AMI.
            * Go -> b
            :: b
            @hint h
            @goal instance state=running -> end
            :: end
            @ending
            """;

    @Test
    void diagnosticsCompletionDefinitionAndHoverOverTheProtocol(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.story");
        Files.writeString(file, TEXT);
        String uri = file.toUri().toString();
        BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
        LanguageClient client = new LanguageClient() {
            @Override
            public void telemetryEvent(Object object) {
            }

            @Override
            public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
                published.add(diagnostics);
            }

            @Override
            public void showMessage(MessageParams messageParams) {
            }

            @Override
            public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public void logMessage(MessageParams message) {
            }
        };
        PipedInputStream serverIn = new PipedInputStream();
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream();
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        StoryLanguageServer server = new StoryLanguageServer(null);
        Launcher<LanguageClient> serverSide = LSPLauncher.createServerLauncher(server, serverIn, serverOut);
        server.connect(serverSide.getRemoteProxy());
        serverSide.startListening();
        Launcher<LanguageServer> clientSide = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
        clientSide.startListening();
        LanguageServer remote = clientSide.getRemoteProxy();

        InitializeParams init = new InitializeParams();
        init.setRootUri(dir.toUri().toString());
        assertTrue(remote.initialize(init).get(10, TimeUnit.SECONDS).getCapabilities().getHoverProvider().getLeft());
        remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "cq-story", 1,
                TEXT)));
        assertEquals(List.of(), published.poll(10, TimeUnit.SECONDS).getDiagnostics());

        String typo = TEXT.replace("* Go -> b", "* Go -> bb");
        remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri,
                2), List.of(new TextDocumentContentChangeEvent(typo))));
        var ds = published.poll(10, TimeUnit.SECONDS).getDiagnostics();
        assertEquals(1, ds.stream().filter(d -> d.getMessage().startsWith("no scene is called 'bb'")).count(), ds.toString());
        var d = ds.stream().filter(x -> x.getMessage().startsWith("no scene is called 'bb'")).findFirst().orElseThrow();
        assertEquals(new Position(3, 8), d.getRange().getStart());

        TextDocumentIdentifier doc = new TextDocumentIdentifier(uri);
        List<String> scenes = remote.getTextDocumentService().completion(new CompletionParams(doc, new Position(3, 9)))
                .get(10, TimeUnit.SECONDS).getLeft().stream().map(CompletionItem::getLabel).toList();
        assertEquals(List.of("a", "b", "end"), scenes);
        List<String> attrs = remote.getTextDocumentService().completion(new CompletionParams(doc, new Position(6, 15)))
                .get(10, TimeUnit.SECONDS).getLeft().stream().map(CompletionItem::getLabel).toList();
        assertTrue(attrs.contains("state") && attrs.contains("type"), attrs.toString());

        List<? extends Location> def = remote.getTextDocumentService().definition(new DefinitionParams(doc,
                new Position(6, 33))).get(10, TimeUnit.SECONDS).getLeft();
        assertEquals(1, def.size(), def.toString());
        assertEquals(7, def.get(0).getRange().getStart().getLine(), "':: end' is line 8");

        var hover = remote.getTextDocumentService().hover(new HoverParams(doc, new Position(2, 14))).get(10,
                TimeUnit.SECONDS);
        assertEquals("**AMI**: the template an instance boots from", hover.getContents().getRight().getValue());
        remote.shutdown().get(10, TimeUnit.SECONDS);
    }
}
