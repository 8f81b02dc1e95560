package computequest.story.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.story.Choice;
import computequest.story.Diagnostic;
import computequest.story.Scene;
import computequest.story.Story;
import computequest.story.StoryParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoteImporterTest {

    /** Imports and parses; fails on any parser error. */
    static Story story(String markdown) throws ImportException {
        Draft d = NoteImporter.importNote("note.md", markdown);
        StoryParser.Parsed p = StoryParser.parse(d.storyFiles());
        assertFalse(p.hasErrors(), () -> p.diagnostics() + "\n" + String.join("\n", d.files().values()));
        return p.story();
    }

    static String chapter(String markdown) throws ImportException {
        Draft d = NoteImporter.importNote("note.md", markdown);
        return d.storyFiles().entrySet().stream().filter(e -> !e.getKey().equals(NoteImporter.STORY_FILE))
                .findFirst().orElseThrow().getValue();
    }

    static Choice target(Scene s) {
        return s.choices().stream().filter(c -> c.target() != null).findFirst().orElseThrow();
    }

    @Test
    void headingsBecomeScenesInOrderLinkedByContinueWithTheNotesWords() throws Exception {
        Story s = story("""
                # Compute
                There are three kinds.

                ## Virtual machines
                A VM runs a whole *operating system*.
                It boots slowly.

                ### Same name
                One.

                ### Same name
                Two.
                """);
        assertEquals(List.of("compute", "virtual-machines", "same-name", "same-name-2", "end"),
                List.copyOf(s.scenes().keySet()));
        assertEquals("compute", s.start());
        assertEquals("Virtual machines", s.scenes().get("virtual-machines").title());
        assertEquals("A VM runs a whole operating system. It boots slowly.", s.scenes().get("virtual-machines").text());
        Choice c = target(s.scenes().get("compute"));
        assertEquals("Continue", c.text());
        assertEquals("virtual-machines", c.target());
        assertEquals("end", target(s.scenes().get("same-name-2")).target());
        assertTrue(s.scenes().get("end").ending());
        assertEquals("Draft: Compute", s.title());
        assertEquals("Draft: Compute", s.scenes().get("compute").chapter());
        s.scenes().values().forEach(sc -> assertFalse(sc.hints().isEmpty(), sc.id() + " has no hint"));
        assertTrue(chapter("# A\ntext\n").startsWith("// DRAFT generated from note.md"));
    }

    @Test
    void textBeforeTheFirstHeadingIsAnOpeningSceneNamedAfterTheFrontMatterTitle() throws Exception {
        Story s = story("""
                ---
                title: "My ECS notes"
                date: 07/09/23
                ---
                Some words first.

                ## Tasks
                A task runs containers.
                """);
        assertEquals("Draft: My ECS notes", s.title());
        assertEquals("my-ecs-notes", s.start());
        assertEquals("Some words first.", s.scenes().get("my-ecs-notes").text());
        assertFalse(s.scenes().values().stream().anyMatch(sc -> sc.text().contains("date:")));
    }

    @Test
    void highlightedDefinitionsBecomeGlossaryEntriesAndQuizzesWithOtherTermsAsWrongAnswers() throws Exception {
        Story s = story("""
                ## Lightsail
                Amazon Lightsail is the ==managed virtual server service.== It is friendly.

                ## Registry
                ==ECR== is a private registry for container images. More text.

                ## Lambda
                AWS Lambda is a ==serverless functions service==.
                """);
        assertEquals("managed virtual server service", s.glossary().get("Amazon Lightsail"));
        assertEquals("a private registry for container images", s.glossary().get("ECR"));
        assertEquals("serverless functions service", s.glossary().get("AWS Lambda"));
        assertEquals("Amazon Lightsail is the managed virtual server service. It is friendly.",
                s.scenes().get("lightsail").text(), "the highlight marks go, the words stay");
        assertEquals("check-amazon-lightsail", target(s.scenes().get("lightsail")).target());
        Scene quiz = s.scenes().get("check-amazon-lightsail");
        assertTrue(quiz.quiz());
        assertEquals("What is Amazon Lightsail?", quiz.text());
        assertEquals(3, quiz.choices().size());
        Choice right = target(quiz);
        assertEquals("managed virtual server service", right.text());
        assertEquals("registry", right.target());
        for (Choice c : quiz.choices()) {
            if (c != right) {
                assertNull(c.target(), "a wrong answer keeps the player in the question");
            }
        }
        Choice wrong = quiz.choices().stream().filter(c -> c.text().equals("serverless functions service"))
                .findFirst().orElseThrow();
        assertEquals("Not quite: that describes AWS Lambda.", wrong.feedback());
        assertFalse(quiz.hints().isEmpty());
    }

    @Test
    void boldTermsFollowedByIsOrEqualsAreDefinitionsButOtherBoldIsNot() throws Exception {
        Story s = story("""
                # ECS
                1. **ECS** = ELASTIC CONTAINER SERVICE.
                2. **Launch Docker** containers on AWS.
                3. **Fargate** is a serverless engine for containers. It scales.
                4. Uses **secure, resizable compute capacity** in the cloud.
                """);
        assertEquals(2, s.glossary().size(), s.glossary().toString());
        assertEquals("ELASTIC CONTAINER SERVICE", s.glossary().get("ECS"));
        assertEquals("a serverless engine for containers", s.glossary().get("Fargate"));
        // a list stays a list: one verbatim block, an item a line (issue 19 item 11)
        assertEquals("  1. ECS = ELASTIC CONTAINER SERVICE.\n  2. Launch Docker containers on AWS.\n"
                + "  3. Fargate is a serverless engine for containers. It scales.\n"
                + "  4. Uses secure, resizable compute capacity in the cloud.", s.scenes().get("ecs").text());
        assertTrue(s.scenes().containsKey("check-ecs"));
        assertTrue(s.scenes().containsKey("check-fargate"));
    }

    @Test
    void aTermIsOneTermWithOrWithoutItsArticleAndCodeKeepsItsLines() throws Exception {
        Story s = story("""
                # Pricing
                A **Savings Plan** is a commitment to an amount of compute per hour. ==A Savings Plan== is cheaper.

                ```
                aws ec2 describe-instances \\
                    --query 'Reservations[].Instances[].InstanceId'
                ```
                """);
        assertEquals(List.of("Savings Plan"), List.copyOf(s.glossary().keySet()), s.glossary().toString());
        assertTrue(s.scenes().get("pricing").text().endsWith("\n\n  aws ec2 describe-instances \\\n"
                + "      --query 'Reservations[].Instances[].InstanceId'"), s.scenes().get("pricing").text());
    }

    @Test
    void eachTableRowBecomesAMatchingQuestion() throws Exception {
        Story s = story("""
                ## Orchestrate

                | Term | ECS | EKS |
                | --- | --- | --- |
                | Agent host | container instance | worker node |
                | ECS Container | task | pod |
                | technology | AWS native technology | Kubernetes |
                """);
        assertEquals(List.of("orchestrate", "match-orchestrate", "match-orchestrate-2", "match-orchestrate-3", "end"),
                List.copyOf(s.scenes().keySet()));
        assertTrue(s.scenes().get("orchestrate").text().contains("Term: ECS Container; ECS: task; EKS: pod"));
        Scene q = s.scenes().get("match-orchestrate-2");
        assertTrue(q.quiz());
        assertEquals("Which Term matches ECS: task; EKS: pod?", q.text());
        assertEquals("ECS Container", target(q).text());
        assertEquals("match-orchestrate-3", target(q).target());
        Choice wrong = q.choices().stream().filter(c -> c.text().equals("technology")).findFirst().orElseThrow();
        assertNull(wrong.target());
        assertEquals("Not quite: for technology the table gives ECS: AWS native technology; EKS: Kubernetes.",
                wrong.feedback());
    }

    @Test
    void theDraftComesWithAWalkthroughThatTakesContinueAndEachRightAnswer() throws Exception {
        Draft d = NoteImporter.importNote("n.md", """
                # A
                Lambda is a ==function service==.

                # B
                ECS is a ==container orchestrator==.
                """);
        assertEquals("""
                // DRAFT walkthrough generated from n.md: takes Continue and each right answer to the end.
                // Keep it passing as you finish the draft (./play author test <draft folder>).
                @title Draft path through A
                expect scene a
                > 1
                expect scene check-lambda
                > function service
                expect scene b
                > 1
                expect scene check-ecs
                > container orchestrator
                expect scene end
                expect ended
                """, d.files().get(NoteImporter.WALK_FILE));
        Scene q = story("# A\nLambda is a ==function service==.\n\n# B\nECS is a ==container orchestrator==.\n")
                .scenes().get("check-ecs");
        assertEquals("container orchestrator", q.choices().get(1).text());
        assertEquals("end", q.choices().get(1).target());
    }

    @Test
    void aOneRowTableMakesNoQuestionAndSaysSo() throws Exception {
        Draft d = NoteImporter.importNote("n.md", "# T\n\n| a | b |\n|---|---|\n| x | y |\n");
        assertEquals(0, d.quizzes());
        assertTrue(d.notes().get(0).contains("fewer than two rows"), d.notes().toString());
    }

    @Test
    void embedsEmptyImagesLinksTagsAndHtmlAreKeptOrDroppedWithoutBreakingTheDraft() throws Exception {
        Story s = story("""
                ## Containers
                \\#aws-service
                ![35](../icons/ecs.png)  ECS runs <span style="color:#b3b3b3">docker containers</span>.

                ![[Pasted image 2025.png]]
                ![]()
                See the [ECS page](https://aws.amazon.com/ecs/) and ![[diagram.png|300]].
                """);
        Scene c = s.scenes().get("containers");
        assertEquals("ECS runs docker containers.\n\nSee the ECS page and .\n\n"
                + "See also: image ../icons/ecs.png\n\nSee also: image Pasted image 2025.png\n\n"
                + "See also: ECS page (https://aws.amazon.com/ecs/)\n\nSee also: image diagram.png", c.text());
        assertTrue(chapter("## Containers\n\\#aws-service\ntext\n").contains("// tags in the note: aws-service"));
        Story w = story("""
                # Links
                See [[ECS notes|the ECS page]] and [[Lambda]].

                <div class="box">
                <b>Boxed</b> words
                </div>
                """);
        assertEquals("See the ECS page and Lambda.\n\nBoxed words", w.scenes().get("links").text());
    }

    @Test
    void aHeadingNamingASimulatedServiceGetsACommentedGoalTemplateThatParsesOnceUncommented() throws Exception {
        String ch = chapter("""
                ## Amazon EC2 and Fargate
                Text.

                ## Next
                More.
                """);
        assertTrue(ch.contains("// @goal instance state=running -> next\n"), ch);
        assertTrue(ch.contains("// @goal task launch-type=FARGATE status=RUNNING -> next\n"), ch);
        assertTrue(ch.contains("@hint Draft: this section names EC2"), ch);
        StoryParser.Parsed commented = StoryParser.parse(java.util.Map.of("c.story", ch));
        assertTrue(commented.story().scenes().get("amazon-ec2-and-fargate").goals().isEmpty());
        for (Services.Service sv : Services.ALL) {
            String uncommented = ":: a\n@goal " + sv.condition() + " -> a\n";
            StoryParser.Parsed p = StoryParser.parse(java.util.Map.of("t.story", uncommented));
            assertFalse(p.hasErrors(), sv.name() + ": " + p.diagnostics());
        }
        assertEquals(List.of("ECS", "EKS"), Services.named("ECS vs Elastic Kubernetes Service").stream()
                .map(Services.Service::name).toList());
        // an EC2 heading's goal fits its topic, with or without the word EC2 in it
        assertEquals(List.of("image owner=self"), Services.named("Amazon Machine Image (AMI)").stream()
                .map(Services.Service::condition).toList());
        assertEquals(List.of("instance hibernated=true state=stopped"), Services.named("EC2: hibernating an instance")
                .stream().map(Services.Service::condition).toList());
        assertEquals(List.of("instance state=terminated"), Services.named("Terminate EC2 instances").stream()
                .map(Services.Service::condition).toList());
        for (Services.Service sv : Services.EC2_TOPICS) {
            StoryParser.Parsed p = StoryParser.parse(java.util.Map.of("t.story", ":: a\n@goal " + sv.condition()
                    + " -> a\n"));
            assertFalse(p.hasErrors(), sv.condition() + ": " + p.diagnostics());
        }
        assertTrue(Services.named("Specs").isEmpty(), "S3 must match as a word only");
    }

    @Test
    void proseThatLooksLikeStoryMarkupStaysProse() throws Exception {
        Story s = story("""
                # Odd lines
                > a quote
                
                @someone said so

                ~ tilde first

                ? question first

                :: colons first

                // slashes first

                Arrows -> are fine in prose.
                """);
        assertEquals("a quote\n\n@someone said so\n\n~ tilde first\n\n? question first\n\n:: colons first\n\n"
                + "// slashes first\n\nArrows -> are fine in prose.", s.scenes().get("odd-lines").text());
    }

    @Test
    void anEmptyNoteIsAClearErrorNotACrash() {
        ImportException e = assertThrows(ImportException.class, () -> NoteImporter.importNote("n.md", " \n\n"));
        assertEquals("n.md is empty: there is nothing to import. Write a '# heading' and some text first",
                e.getMessage());
        ImportException fm = assertThrows(ImportException.class,
                () -> NoteImporter.importNote("n.md", "---\ntitle: x\n---\n\\#tag\n![]()\n"));
        assertTrue(fm.getMessage().startsWith("n.md has no headings or text to import"), fm.getMessage());
        ImportException bin = assertThrows(ImportException.class, () -> NoteImporter.importNote("n.md", "a\0b"));
        assertTrue(bin.getMessage().contains("not a text note"), bin.getMessage());
    }

    @Test
    void malformedMarkdownStillGivesAParsingDraft() throws Exception {
        Draft d = NoteImporter.importNote("m.md", """
                ---
                title: never closed
                ==unbalanced highlight
                **bold never closed
                | a | b
                |---
                ```
                code fence never closed: * -> @
                """);
        assertTrue(d.notes().get(0).contains("never closed"), d.notes().toString());
        StoryParser.Parsed p = StoryParser.parse(d.storyFiles());
        assertFalse(p.hasErrors(), p.diagnostics().toString());
        assertTrue(p.story().scenes().values().stream().anyMatch(sc -> sc.text().contains("* -> @")));
        assertTrue(p.diagnostics().stream().noneMatch(Diagnostic::isError));
    }

    @Test
    void theImporterStaysInTheStoryLayer() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("cq.projectDir", "."),
                "src/main/java/computequest/story/importer");
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path f : files.toList()) {
                String src = java.nio.file.Files.readString(f);
                assertFalse(src.matches("(?s).*import computequest\\.(sim|engine|ui|app|save)\\..*"), f.toString());
            }
        }
    }

    /** Cut-up notes and markup debris: every one either imports into a draft with no parser error or is refused. */
    @Test
    void cutUpNotesAndMarkupDebrisNeverCrashAndNeverGiveABrokenDraft() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("cq.projectDir", "."), "src/test/resources/notes");
        List<String> lines = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path f : files.sorted().toList()) {
                lines.addAll(java.nio.file.Files.readAllLines(f));
            }
        }
        String[] debris = {"---", "==", "**", "|", "| a | b |", "|---|---|", "![[", "]]", "![](", "<span>", "```",
            "# ", "* ", "> ", "@", "::", "//", "~", "?", "->", "\\#tag", "[x](", "1.", "    ", "\t", "=="};
        java.util.Random rnd = new java.util.Random(42);
        int drafts = 0;
        for (int round = 0; round < 300; round++) {
            StringBuilder md = new StringBuilder();
            int n = rnd.nextInt(12);
            for (int i = 0; i < n; i++) {
                String line = rnd.nextInt(3) == 0 ? debris[rnd.nextInt(debris.length)]
                        + (rnd.nextBoolean() ? lines.get(rnd.nextInt(lines.size())) : "")
                        : lines.get(rnd.nextInt(lines.size()));
                md.append(line).append('\n');
            }
            try {
                Draft d = NoteImporter.importNote("fuzz.md", md.toString());
                StoryParser.Parsed p = StoryParser.parse(d.storyFiles());
                assertFalse(p.hasErrors(), () -> md + "\n=>\n" + p.diagnostics());
                assertTrue(p.story().scenes().values().stream().anyMatch(Scene::ending));
                drafts++;
            } catch (ImportException e) {
                assertTrue(e.getMessage().startsWith("fuzz.md "), e.getMessage());
            }
        }
        assertTrue(drafts > 200, "most cut-ups have text: " + drafts);
    }
}
