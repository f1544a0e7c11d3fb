package no.ipt.application.modeling;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What changed between two versions of a model, element by element (by id): added, removed, and
 * changed – a different name, type, attribute or content (its own, not that of child elements with
 * ids of their own, which count for themselves). Diagram layout is left out.
 */
public final class ModelDiff {

    private ModelDiff() {
    }

    /** One element as the diff shows it; for a changed one, its name before and after. */
    public record ElementChange(String id, String type, String nameBefore, String nameAfter) {
    }

    /** The summary; {@code from} is null for a first version. */
    public record Summary(Integer fromVersion, int toVersion, List<ElementChange> added, List<ElementChange> removed,
                          List<ElementChange> changed) {
    }

    record Snapshot(String type, String name, String signature) {
    }

    public static Summary between(Integer fromVersion, byte[] from, int toVersion, byte[] to) {
        Map<String, Snapshot> before = from == null ? Map.of() : elements(from);
        Map<String, Snapshot> after = elements(to);
        List<ElementChange> added = new ArrayList<>();
        List<ElementChange> removed = new ArrayList<>();
        List<ElementChange> changed = new ArrayList<>();
        after.forEach((id, now) -> {
            Snapshot then = before.get(id);
            if (then == null) {
                added.add(new ElementChange(id, now.type(), null, now.name()));
            } else if (!then.equals(now)) {
                changed.add(new ElementChange(id, now.type(), then.name(), now.name()));
            }
        });
        before.forEach((id, then) -> {
            if (!after.containsKey(id)) {
                removed.add(new ElementChange(id, then.type(), then.name(), null));
            }
        });
        return new Summary(fromVersion, toVersion, added, removed, changed);
    }

    static Map<String, Snapshot> elements(byte[] xml) {
        Map<String, Snapshot> found = new LinkedHashMap<>();
        try {
            collect(ModelChecks.dom(xml).getDocumentElement(), found);
        } catch (IOException | SAXException e) {
            throw new IllegalArgumentException("Not a model: " + e.getMessage(), e);
        }
        return found;
    }

    private static void collect(Element element, Map<String, Snapshot> found) {
        if (ModelChecks.DIAGRAM_NAMESPACES.contains(element.getNamespaceURI())) {
            return;
        }
        if (element.hasAttribute("id")) {
            found.put(element.getAttribute("id"), new Snapshot(element.getLocalName(),
                    element.hasAttribute("name") ? element.getAttribute("name") : null, signature(element, true)));
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                collect(e, found);
            }
        }
    }

    /** The element's own content: tag, attributes, text and the children that have no id of their own. */
    private static String signature(Element element, boolean self) {
        if (!self && element.hasAttribute("id") || ModelChecks.DIAGRAM_NAMESPACES.contains(element.getNamespaceURI())) {
            return "";
        }
        StringBuilder s = new StringBuilder("<").append(element.getNamespaceURI()).append(':').append(element.getLocalName());
        Map<String, String> attributes = new TreeMap<>();
        NamedNodeMap all = element.getAttributes();
        for (int i = 0; i < all.getLength(); i++) {
            Node a = all.item(i);
            if (!"http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
                attributes.put(a.getNamespaceURI() + ":" + a.getLocalName(), a.getNodeValue());
            }
        }
        attributes.forEach((k, v) -> s.append(' ').append(k).append("=\"").append(v).append('"'));
        s.append('>');
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                s.append(signature(e, false));
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                s.append(child.getNodeValue().strip());
            }
        }
        return s.append("</>").toString();
    }
}
