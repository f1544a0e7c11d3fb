package no.ipt.application.modeling;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import no.ipt.workflow.forms.AdminFormSchema;
import no.ipt.workflow.forms.AdminForms;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * IPT's checks of a BPMN or DMN model before it is deployed. Nothing here touches the engine or the
 * database: the model is parsed with Camunda's model API (XML and schema) – a DMN model also with
 * Camunda's DMN engine – and then:
 * <ul>
 *   <li>every user task has a candidate group and a form key that the application resolves to a form (a
 *       typed form in code, or {@code ipt-form:<id>} for a deployed admin form);</li>
 *   <li>an admin's form ({@code .form}) is a usable form-js schema ({@link AdminFormSchema});</li>
 *   <li>every expression ({@code ${...}} or {@code #{...}}) starts with a name the model may use: a
 *       bean of the application, a variable the application knows, or one the model itself declares
 *       (result and element variables, input/output parameters, call activity mappings, form fields,
 *       {@code execution.setVariable('name', ...)}).</li>
 * </ul>
 * Camunda's own BPMN parser (run by the deployment itself) adds its findings after these.
 */
public final class ModelChecks {

    static final String CAMUNDA_BPMN = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern ROOT = Pattern.compile("^[\\s(!]*(?:(?:not|empty)\\s+)*([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern SET_VARIABLE = Pattern.compile("setVariable(?:Local)?\\(\\s*'([A-Za-z_][A-Za-z0-9_]*)'");
    /** Camunda attributes that name a variable the process sets. */
    private static final Set<String> VARIABLE_ATTRIBUTES = Set.of("resultVariable", "elementVariable", "variableName",
            "errorCodeVariable", "errorMessageVariable", "escalationCodeVariable");
    /** Camunda elements whose attribute (name, target or id) declares a variable. */
    private static final Set<String> DECLARING_ELEMENTS = Set.of("inputParameter", "outputParameter", "in", "out", "formField");
    static final Set<String> DIAGRAM_NAMESPACES = Set.of("http://www.omg.org/spec/BPMN/20100524/DI",
            "http://www.omg.org/spec/DD/20100524/DC", "http://www.omg.org/spec/DD/20100524/DI",
            "https://www.omg.org/spec/DMN/20191111/DMNDI/");

    private static volatile DmnEngine dmnEngine;

    private ModelChecks() {
    }

    public static boolean isBpmn(String resourceName) {
        String name = resourceName.toLowerCase(Locale.ROOT);
        return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
    }

    public static boolean isDmn(String resourceName) {
        String name = resourceName.toLowerCase(Locale.ROOT);
        return name.endsWith(".dmn") || name.endsWith(".dmn11.xml");
    }

    public static boolean isForm(String resourceName) {
        return resourceName.toLowerCase(Locale.ROOT).endsWith(".form");
    }

    /** The problems of one resource; empty when it may be deployed. Other resources are not checked. */
    public static List<ModelProblem> check(String resourceName, byte[] xml, ModelVocabulary vocabulary) {
        if (isBpmn(resourceName)) {
            return checkBpmn(xml, vocabulary);
        }
        if (isDmn(resourceName)) {
            return checkDmn(xml);
        }
        if (isForm(resourceName)) {
            return checkForm(xml);
        }
        return List.of();
    }

    /** An admin's form-js schema: it parses, has an id and fields with keys IPT can send and store. */
    static List<ModelProblem> checkForm(byte[] json) {
        return AdminFormSchema.parse(new String(json, StandardCharsets.UTF_8)).findings().stream()
                .map(f -> ModelProblem.of(f.componentId(), f.code(), f.message())).toList();
    }

    /** The id of a usable form schema, else null. */
    public static String formIdOf(byte[] json) {
        AdminFormSchema schema = AdminFormSchema.parse(new String(json, StandardCharsets.UTF_8));
        return schema.usable() ? schema.id() : null;
    }

    static List<ModelProblem> checkBpmn(byte[] xml, ModelVocabulary vocabulary) {
        BpmnModelInstance model;
        Document dom;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
            dom = dom(xml);
        } catch (RuntimeException | IOException | SAXException e) {
            return List.of(ModelProblem.of(null, "invalid-bpmn", "Not a valid BPMN model: " + message(e)));
        }
        List<ModelProblem> problems = new ArrayList<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String label = describe(task.getId(), task.getName());
            if (blank(task.getCamundaCandidateGroups())) {
                problems.add(ModelProblem.of(task.getId(), "no-candidate-group",
                        "The user task " + label + " has no candidate group: say which role does it (e.g. procurement-officer)"));
            }
            String formKey = task.getCamundaFormKey();
            if (blank(formKey)) {
                problems.add(ModelProblem.of(task.getId(), "no-form-key",
                        "The user task " + label + " has no form key: nobody could complete it"));
            } else if (AdminForms.isAdminFormKey(formKey.trim()) && !vocabulary.formKeys().contains(formKey.trim())) {
                problems.add(ModelProblem.of(task.getId(), "unknown-admin-form",
                        "The user task " + label + " has the form key '" + formKey + "', but no form with the id '"
                                + AdminForms.formIdOf(formKey.trim()) + "' is deployed: deploy the form first (form editor)"
                                + " or together with the model"));
            } else if (!vocabulary.formKeys().contains(formKey.trim())) {
                problems.add(ModelProblem.of(task.getId(), "unknown-form-key",
                        "The user task " + label + " has the form key '" + formKey + "', which names no form of the application"));
            }
        }
        Set<String> declared = declaredVariables(dom.getDocumentElement());
        for (Expression expression : expressions(dom.getDocumentElement())) {
            if (expression.root() != null && !vocabulary.knowsName(expression.root()) && !declared.contains(expression.root())) {
                problems.add(ModelProblem.of(expression.elementId(), "unknown-name", "The expression " + expression.text()
                        + " names '" + expression.root() + "', which is neither a bean of the application nor a variable"
                        + " the process knows"));
            }
        }
        return problems;
    }

    static List<ModelProblem> checkDmn(byte[] xml) {
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(xml));
        } catch (RuntimeException e) {
            return List.of(ModelProblem.of(null, "invalid-dmn", "Not a valid DMN model: " + message(e)));
        }
        try {
            dmnEngine().parseDecisionRequirementsGraph(model);
        } catch (RuntimeException e) {
            return List.of(ModelProblem.of(elementIdIn(e.getMessage()), "invalid-dmn", "Camunda's DMN engine refuses the model: " + message(e)));
        }
        return List.of();
    }

    /** The first names of every expression of a BPMN model (for the application's own models' vocabulary). */
    public static Set<String> expressionRoots(byte[] bpmn) {
        try {
            Set<String> roots = new LinkedHashSet<>();
            Element root = dom(bpmn).getDocumentElement();
            expressions(root).forEach(e -> {
                if (e.root() != null) {
                    roots.add(e.root());
                }
            });
            roots.addAll(declaredVariables(root));
            return roots;
        } catch (IOException | SAXException e) {
            throw new IllegalArgumentException("Not a BPMN model: " + e.getMessage(), e);
        }
    }

    record Expression(String elementId, String text, String root) {
    }

    private static List<Expression> expressions(Element root) {
        List<Expression> found = new ArrayList<>();
        walk(root, null, found);
        return found;
    }

    private static void walk(Element element, String enclosingId, List<Expression> found) {
        if (DIAGRAM_NAMESPACES.contains(element.getNamespaceURI())) {
            return;
        }
        String id = element.hasAttribute("id") ? element.getAttribute("id") : enclosingId;
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            collect(attributes.item(i).getNodeValue(), id, found);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                walk(e, id, found);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                collect(child.getNodeValue(), id, found);
            }
        }
    }

    private static void collect(String value, String elementId, List<Expression> found) {
        if (value == null) {
            return;
        }
        Matcher m = EXPRESSION.matcher(value);
        while (m.find()) {
            Matcher root = ROOT.matcher(m.group(1));
            found.add(new Expression(elementId, m.group(), root.find() ? root.group(1) : null));
        }
    }

    private static Set<String> declaredVariables(Element root) {
        Set<String> declared = new LinkedHashSet<>();
        declare(root, declared);
        return declared;
    }

    private static void declare(Element element, Set<String> declared) {
        if (CAMUNDA_BPMN.equals(element.getNamespaceURI()) && DECLARING_ELEMENTS.contains(element.getLocalName())) {
            for (String attribute : List.of("name", "target", "id")) {
                if (element.hasAttribute(attribute) && !element.getAttribute(attribute).isBlank()) {
                    declared.add(element.getAttribute(attribute).trim());
                }
            }
        }
        for (String attribute : VARIABLE_ATTRIBUTES) {
            String value = element.getAttributeNS(CAMUNDA_BPMN, attribute);
            if (!value.isBlank() && !value.contains("{")) {
                declared.add(value.trim());
            }
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Matcher m = SET_VARIABLE.matcher(attributes.item(i).getNodeValue());
            while (m.find()) {
                declared.add(m.group(1));
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                declare(e, declared);
            } else if (child.getNodeType() == Node.TEXT_NODE) {
                Matcher m = SET_VARIABLE.matcher(child.getNodeValue());
                while (m.find()) {
                    declared.add(m.group(1));
                }
            }
        }
    }

    /** A namespace-aware DOM of the model, refusing DTDs and external entities. */
    static Document dom(byte[] xml) throws IOException, SAXException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DmnEngine dmnEngine() {
        DmnEngine engine = dmnEngine;
        if (engine == null) {
            synchronized (ModelChecks.class) {
                if (dmnEngine == null) {
                    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
                }
                engine = dmnEngine;
            }
        }
        return engine;
    }

    /** Camunda's DMN messages name the element as {@code 'id'}; the first quoted word is the best guess. */
    private static String elementIdIn(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = Pattern.compile("'([A-Za-z_][\\w.-]*)'").matcher(message);
        return m.find() ? m.group(1) : null;
    }

    /** The innermost message, which says what is wrong (a SAX message names line and column). */
    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String inner = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        if (t instanceof org.xml.sax.SAXParseException sax) {
            return "line " + sax.getLineNumber() + ", column " + sax.getColumnNumber() + ": " + inner;
        }
        return inner;
    }

    private static String describe(String id, String name) {
        return name == null || name.isBlank() ? "'" + id + "'" : "'" + name + "' (" + id + ")";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
