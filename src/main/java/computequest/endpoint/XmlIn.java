package computequest.endpoint;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import computequest.sim.model.Shape;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * XML request bodies (S3's), read into the input shape as botocore's REST-XML serializer writes them: member names by
 * locationName, lists wrapped (or repeated when flattened), maps as entry/key/value. No DTDs, no entities.
 */
final class XmlIn {

    private XmlIn() {
    }

    static Element root(byte[] body) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(true);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(body)).getDocumentElement();
        } catch (Exception e) {
            throw new WireException("MalformedXML", "The XML you provided was not well-formed.");
        }
    }

    /** An element's children read as the shape. */
    static JsonElement value(Element e, Shape shape, int depth) {
        if (depth > JsonIn.MAX_DEPTH) {
            throw new WireException("MalformedXML", "The XML nests too deeply.");
        }
        if (shape.isStructure()) {
            JsonObject out = new JsonObject();
            for (String m : shape.memberNames()) {
                Shape ms = shape.member(m);
                String name = shape.memberTrait(m, "locationName") != null ? shape.memberTrait(m, "locationName") : m;
                boolean flat = ms.isList() && ("true".equals(shape.memberTrait(m, "flattened"))
                        || "true".equals(ms.trait("flattened")));
                if (flat) {
                    String item = ms.partName("member") != null ? ms.partName("member") : name;
                    JsonArray a = new JsonArray();
                    for (Element c : children(e, item)) {
                        a.add(value(c, ms.listMember(), depth + 1));
                    }
                    if (!a.isEmpty()) {
                        out.add(m, a);
                    }
                    continue;
                }
                List<Element> c = children(e, name);
                if (!c.isEmpty()) {
                    out.add(m, value(c.get(0), ms, depth + 1));
                }
            }
            return out;
        }
        if (shape.isList()) {
            JsonArray a = new JsonArray();
            for (Element c : children(e, null)) {
                a.add(value(c, shape.listMember(), depth + 1));
            }
            return a;
        }
        if (shape.isMap()) {
            JsonObject o = new JsonObject();
            String k = shape.partName("key") != null ? shape.partName("key") : "key";
            String v = shape.partName("value") != null ? shape.partName("value") : "value";
            for (Element entry : children(e, null)) {
                List<Element> ks = children(entry, k);
                List<Element> vs = children(entry, v);
                if (!ks.isEmpty() && !vs.isEmpty()) {
                    o.add(ks.get(0).getTextContent(), value(vs.get(0), shape.mapValue(), depth + 1));
                }
            }
            return o;
        }
        return Scalars.fromText(shape, e.getTextContent(), e.getLocalName());
    }

    /** Child elements with this local name (any name when null). */
    static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && (name == null || name.equals(c.getLocalName()))) {
                out.add(c);
            }
        }
        return out;
    }
}
