package computequest.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./play author lsp}: a language server for .story files over standard input and output, for editors that
 * speak the Language Server Protocol. The story folder is {@code --story DIR}, else the workspace's story/ folder,
 * else the workspace itself.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "A language server (LSP over stdin/stdout) for .story files: diagnostics, completion,"
                + " go-to-definition, hover.")
final class AuthorLspCommand implements Callable<Integer> {

    @Option(names = "--story", paramLabel = "DIR", description = "The story folder (default: from the editor's"
            + " workspace).")
    Path storyDir;

    @Override
    public Integer call() throws Exception {
        StoryLanguageServer server = new StoryLanguageServer(storyDir == null ? null
                : storyDir.toAbsolutePath().normalize());
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, System.in, System.out);
        server.connect(launcher.getRemoteProxy());
        launcher.startListening().get();
        return 0;
    }
}
