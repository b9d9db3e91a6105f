package org.onlinemart.devstack.liberty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onlinemart.devstack.StackPaths;
import org.onlinemart.devstack.StackPorts;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class OneServerUserDirTest {

    @TempDir
    Path repoRoot;

    @Test
    void theServerFolderHoldsItsOwnConfigurationAndWhatTheSixServersShare() throws Exception {
        StackPaths paths = new StackPaths(repoRoot);
        Path built = paths.wlp().resolve("usr/servers/user");
        Files.createDirectories(built.resolve("lib"));
        for (String file : List.of("mart-base.xml", "bootstrap.properties", "server.env", "lib/postgresql.jar")) {
            Files.writeString(built.resolve(file), "built " + file);
        }

        Path userDir = OneServerUserDir.prepare(paths);

        Path server = userDir.resolve("servers").resolve(LibertyServer.ONE_SERVER);
        assertEquals(repoRoot.resolve(".devstack/liberty/mart"), userDir);
        assertEquals("built mart-base.xml", Files.readString(server.resolve("mart-base.xml")));
        assertEquals("built server.env", Files.readString(server.resolve("server.env")));
        assertEquals("built lib/postgresql.jar", Files.readString(server.resolve("lib/postgresql.jar")));
        assertTrue(Files.readString(server.resolve("jvm.options")).contains("-XX:TieredStopAtLevel=1"));
        assertTrue(Files.readString(server.resolve("server.xml")).contains("<include location=\"mart-base.xml\"/>"));
    }

    @Test
    void eachServiceRunsItsBuiltWarOnItsOwnPortWithItsOwnDatabase() throws Exception {
        Document xml;
        try (var in = OneServerUserDir.class.getResourceAsStream("/one-server/server.xml")) {
            xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        List<String> applications = new ArrayList<>();
        NodeList webApplications = xml.getElementsByTagName("webApplication");
        for (int i = 0; i < webApplications.getLength(); i++) {
            Element application = (Element) webApplications.item(i);
            String service = application.getAttribute("name");
            applications.add(service);
            assertEquals(
                    "${wlp.install.dir}/usr/servers/" + service + "/apps/" + service + "-war.war",
                    application.getAttribute("location"));
            Element binding =
                    (Element) application.getElementsByTagName("resource-ref").item(0);
            assertEquals("jdbc/mart", binding.getAttribute("name"));
            assertEquals("jdbc/mart_" + service, binding.getAttribute("binding-name"));
            Element dataSource = byAttribute(xml, "dataSource", "jndiName", "jdbc/mart_" + service);
            Element properties = (Element)
                    dataSource.getElementsByTagName("properties.postgresql").item(0);
            assertEquals("${POSTGRES_URL}/mart_" + service, properties.getAttribute("URL"));
            int port = StackPorts.servicePort(service);
            if (service.equals("user")) {
                continue; // default_host, on mart-base.xml's endpoint at HTTP_PORT (8081)
            }
            String host =
                    ((Element) application.getElementsByTagName("virtual-host").item(0)).getAttribute("name");
            Element virtualHost = byAttribute(xml, "virtualHost", "id", host);
            assertEquals(
                    "*:" + port,
                    virtualHost.getElementsByTagName("hostAlias").item(0).getTextContent());
            Element endpoint = byAttribute(xml, "httpEndpoint", "id", virtualHost.getAttribute("allowFromEndpointRef"));
            assertEquals(String.valueOf(port), endpoint.getAttribute("httpPort"));
        }
        assertEquals(List.copyOf(StackPorts.SERVICES.keySet()), applications);
        Element userPort = byAttribute(xml, "variable", "name", "HTTP_PORT");
        assertEquals(String.valueOf(StackPorts.servicePort("user")), userPort.getAttribute("defaultValue"));
    }

    private static Element byAttribute(Document xml, String tag, String attribute, String value) {
        NodeList elements = xml.getElementsByTagName(tag);
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (element.getAttribute(attribute).equals(value)) {
                return element;
            }
        }
        throw new AssertionError("no <" + tag + " " + attribute + "=\"" + value + "\">");
    }
}
