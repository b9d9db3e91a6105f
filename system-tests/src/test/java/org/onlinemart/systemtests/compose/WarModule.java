package org.onlinemart.systemtests.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A *-war module: compose service {@code name}, Liberty server {@code server}, its server.xml defaults. */
record WarModule(String name, Path dir, String server, int httpPort, String dbUrl, String warLocation) {

    String folder() {
        return dir.getFileName().toString();
    }

    /** The module as its own files describe it: the side the compose file must agree with. */
    static WarModule read(Path root, Path dir) throws Exception {
        String folder = dir.getFileName().toString();
        String name = folder.substring(0, folder.length() - "-war".length());
        Path serverXml = dir.resolve("src/main/liberty/config/server.xml");
        assertTrue(Files.isRegularFile(serverXml), folder + " has no " + root.relativize(serverXml));
        Document server = parse(serverXml);
        Map<String, String> variables = new LinkedHashMap<>();
        NodeList nodes = server.getElementsByTagName("variable");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element variable = (Element) nodes.item(i);
            String value = variable.hasAttribute("defaultValue")
                    ? variable.getAttribute("defaultValue")
                    : variable.getAttribute("value");
            variables.put(variable.getAttribute("name"), value);
        }
        assertNotNull(variables.get("HTTP_PORT"), serverXml + ": no HTTP_PORT variable");
        assertNotNull(variables.get("DB_URL"), serverXml + ": no DB_URL variable");
        NodeList apps = server.getElementsByTagName("webApplication");
        assertEquals(1, apps.getLength(), serverXml + ": expected one webApplication");
        String location = ((Element) apps.item(0)).getAttribute("location");

        // the Liberty server is named after the module unless its pom sets mart.service
        String serverName = name;
        Path pom = dir.resolve("pom.xml");
        if (Files.exists(pom)) {
            NodeList property = parse(pom).getElementsByTagName("mart.service");
            if (property.getLength() > 0) {
                serverName = property.item(0).getTextContent().trim();
            }
        }
        return new WarModule(
                name,
                dir,
                serverName,
                Integer.parseInt(variables.get("HTTP_PORT").trim()),
                variables.get("DB_URL").trim(),
                location);
    }

    private static Document parse(Path xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newDocumentBuilder().parse(xml.toFile());
    }
}
