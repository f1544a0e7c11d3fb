package no.ipt.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every domain rule the UI can show has a text in English and in Bokmål ({@code violations*.properties}),
 * the English and Bokmål bundles have the same keys, and {@link Texts#violation(ResourceBundle, String)}
 * falls back from the code to its family to the last resort.
 */
class ViolationTextsTest {

    /** The sources whose rules reach the UI, relative to the repository's root. */
    private static final List<String> SOURCES = List.of("ipt-domain/src/main/java", "ipt-workflow/src/main/java",
            "ipt-web/src/main/java/no/ipt/web/ui");

    private static final String CODE = "\"([a-z0-9]+(?:-[a-z0-9]+)*)\"";
    /** {@code new DomainRuleViolation("code", …}, the code possibly on the next line. */
    private static final Pattern LITERAL = Pattern.compile("DomainRuleViolation\\(\\s*" + CODE + "\\s*,");
    /** {@code new DomainRuleViolation(open ? "code-a" : "code-b", …}. */
    private static final Pattern CHOICE = Pattern.compile(
            "DomainRuleViolation\\([^;\"]*\\?\\s*" + CODE + "\\s*:\\s*" + CODE + "\\s*,");
    /** {@code new DocumentRefusedException(Reason.EMPTY, "code", …}. */
    private static final Pattern REFUSED = Pattern.compile("DocumentRefusedException\\([\\w.]+,\\s*" + CODE);
    /** A {@code CompletedElsewhereForm}'s {@code super(FORM_KEY, "code", …}. */
    private static final Pattern ELSEWHERE = Pattern.compile("super\\(FORM_KEY,\\s*" + CODE + "\\s*,");
    /** {@code "missing-" + kebab(field)}: a family by its first word. */
    private static final Pattern PREFIX = Pattern.compile("DomainRuleViolation\\(\\s*\"([a-z0-9]+)-\"\\s*\\+");
    /** {@code kebab(field) + "-too-long"}: a family by its ending. */
    private static final Pattern SUFFIX = Pattern.compile("DomainRuleViolation\\([^;,\"]*\\+\\s*\"-([a-z0-9-]+)\"");

    private static final Properties ENGLISH = load("violations.properties");
    private static final Properties BOKMAAL = load("violations_nb.properties");

    @Test
    void everyRuleThrownWithALiteralCodeHasATextInBothLanguages() {
        SortedSet<String> codes = scan(LITERAL, CHOICE, REFUSED, ELSEWHERE);
        assertThat(codes).as("codes found in " + SOURCES + " (is the scan still finding them?)").hasSizeGreaterThan(200)
                .contains("missing-title", "decision-point-open", "decision-point-concluded", "empty-document",
                        "decided-by-votes", "unknown-offer", "malformed-form");
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(codes.stream().filter(c -> !ENGLISH.containsKey("violation." + c)))
                    .as("codes without violation.<code> in violations.properties").isEmpty();
            softly.assertThat(codes.stream().filter(c -> !BOKMAAL.containsKey("violation." + c)))
                    .as("codes without violation.<code> in violations_nb.properties").isEmpty();
        });
    }

    @Test
    void everyFamilyOfCodesBuiltFromAFieldHasATextInBothLanguages() {
        SortedSet<String> keys = new TreeSet<>();
        scan(PREFIX).forEach(word -> keys.add("violation.prefix." + word));
        scan(SUFFIX).forEach(ending -> keys.add("violation.suffix." + ending));
        assertThat(keys).contains("violation.prefix.missing", "violation.prefix.invalid",
                "violation.prefix.duplicate", "violation.suffix.too-long");
        keys.add("violation.other");
        assertThat(ENGLISH.stringPropertyNames()).containsAll(keys);
        assertThat(BOKMAAL.stringPropertyNames()).containsAll(keys);
    }

    @Test
    void englishAndBokmaalHaveTheSameKeys() {
        assertThat(BOKMAAL.stringPropertyNames()).as("violations_nb.properties against violations.properties")
                .containsExactlyInAnyOrderElementsOf(ENGLISH.stringPropertyNames());
        Properties messages = load("messages.properties");
        assertThat(load("messages_nb.properties").stringPropertyNames())
                .as("messages_nb.properties against messages.properties")
                .containsExactlyInAnyOrderElementsOf(messages.stringPropertyNames());
        assertThat(messages.stringPropertyNames()).as("the rules' texts are in violations*.properties only")
                .noneMatch(key -> key.startsWith("violation.") || key.startsWith("taskForm.violation."));
        assertThat(load("violations_en.properties")).as("violations_en.properties only makes en the base").isEmpty();
        assertThat(load("messages_en.properties")).as("messages_en.properties only makes en the base").isEmpty();
    }

    @Test
    void noKeyIsGivenTwiceInAFile() {
        for (String file : List.of("violations.properties", "violations_nb.properties", "messages.properties",
                "messages_nb.properties")) {
            List<String> keys = new ArrayList<>();
            Pattern entry = Pattern.compile("^([^#!\\s][^=:\\s]*)\\s*[=:]", Pattern.MULTILINE);
            Matcher m = entry.matcher(text(file));
            while (m.find()) {
                keys.add(m.group(1));
            }
            assertThat(keys).as(file).doesNotHaveDuplicates();
        }
    }

    @Test
    void theBokmaalTextsAreTranslatedAndNoneIsBlank() {
        for (String file : List.of("violations.properties", "violations_nb.properties", "messages.properties",
                "messages_nb.properties")) {
            Properties texts = load(file);
            assertThat(texts.stringPropertyNames()).as("blank texts in " + file)
                    .noneMatch(key -> texts.getProperty(key).isBlank());
        }
        List<String> same = ENGLISH.stringPropertyNames().stream()
                .filter(key -> ENGLISH.getProperty(key).equals(BOKMAAL.getProperty(key))).sorted().toList();
        assertThat(same).as("Bokmål texts that are the English ones").hasSizeLessThan(ENGLISH.size() / 50 + 1);
    }

    @Test
    void aRuleIsToldByItsCodeElseByItsFamilyElseByTheLastResort() {
        ResourceBundle bundle = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {
                    {"violation.missing-title", "title"}, {"violation.prefix.missing", "missing"},
                    {"violation.suffix.too-long", "too long"}, {"violation.suffix.long", "long"},
                    {"violation.other", "other"}};
            }
        };
        assertThat(Texts.violation(bundle, "missing-title")).isEqualTo("title");
        assertThat(Texts.violation(bundle, "missing-street")).isEqualTo("missing");
        assertThat(Texts.violation(bundle, "missing-too-long")).as("the first word before the ending")
                .isEqualTo("missing");
        assertThat(Texts.violation(bundle, "post-town-too-long")).as("the longest ending first").isEqualTo("too long");
        assertThat(Texts.violation(bundle, "far-too-very-long")).isEqualTo("long");
        assertThat(Texts.violation(bundle, "invalid-street")).isEqualTo("other");
        assertThat(Texts.violation(bundle, "frobnicated")).isEqualTo("other");
        assertThat(Texts.violation(bundle, "-")).isEqualTo("other");
        assertThat(Texts.violation(bundle, null)).isEqualTo("other");
    }

    @Test
    void theBundleGivesBokmaalByDefaultAndEnglishWhenChosen() {
        ResourceBundle bokmaal = ResourceBundle.getBundle(Texts.VIOLATIONS, UserSession.LANGUAGES.get(0));
        assertThat(Texts.violation(bokmaal, "missing-service-area")).isEqualTo("Velg tjenesteområde.");
        assertThat(Texts.violation(bokmaal, "missing-street"))
                .isEqualTo(BOKMAAL.getProperty("violation.prefix.missing"));
        assertThat(Texts.violation(bokmaal, "street-too-long"))
                .isEqualTo(BOKMAAL.getProperty("violation.suffix.too-long"));
        assertThat(Texts.violation(bokmaal, "no-such-rule")).isEqualTo(BOKMAAL.getProperty("violation.other"));
        ResourceBundle english = ResourceBundle.getBundle(Texts.VIOLATIONS, Locale.ENGLISH);
        assertThat(Texts.violation(english, "missing-service-area")).isEqualTo("Choose the service area.");
        assertThat(Texts.violation(english, "no-such-rule")).isEqualTo(ENGLISH.getProperty("violation.other"));
    }

    /** The codes (first group; both groups of {@link #CHOICE}) the patterns find in {@link #SOURCES}. */
    private static SortedSet<String> scan(Pattern... patterns) {
        Path root = repositoryRoot();
        SortedSet<String> found = new TreeSet<>();
        for (String source : SOURCES) {
            try (Stream<Path> files = Files.walk(root.resolve(source))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String java = Files.readString(file);
                    for (Pattern pattern : patterns) {
                        if (pattern == ELSEWHERE && !java.contains("extends CompletedElsewhereForm")) {
                            continue;
                        }
                        Matcher m = pattern.matcher(java);
                        while (m.find()) {
                            for (int group = 1; group <= m.groupCount(); group++) {
                                found.add(m.group(group));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    /** The directory holding ipt-domain and ipt-workflow: the working directory (ipt-web) or one above it. */
    private static Path repositoryRoot() {
        Set<String> modules = Set.of("ipt-domain/src/main/java", "ipt-workflow/src/main/java");
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir;
            if (modules.stream().allMatch(m -> Files.isDirectory(candidate.resolve(m)))) {
                return dir;
            }
        }
        return fail("No ipt-domain/src/main/java and ipt-workflow/src/main/java in " + Path.of("").toAbsolutePath()
                + " or above it: run the test from the repository or its ipt-web module");
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (InputStream in = resource(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String text(String file) {
        try (InputStream in = resource(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = ViolationTextsTest.class.getResourceAsStream(file);
        if (in == null) {
            fail("No " + file + " beside " + ViolationTextsTest.class.getName() + " on the class path");
        }
        return in;
    }
}
