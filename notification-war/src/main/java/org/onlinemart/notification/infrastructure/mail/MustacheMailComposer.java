package org.onlinemart.notification.infrastructure.mail;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import com.github.mustachejava.MustacheResolver;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.onlinemart.commons.events.OrderNotificationRaised;
import org.onlinemart.commons.events.PaymentNotificationRaised;
import org.onlinemart.notification.application.MailComposer;
import org.onlinemart.notification.domain.Mail;

/**
 * Writes mails from the Mustache templates under {@code mail/}: a plain-text and an HTML body per event, and the
 * subjects and summaries per status in {@code mail/wording.properties}. Values are escaped in HTML only.
 */
@ApplicationScoped
public class MustacheMailComposer implements MailComposer {

    /** Templates come from this WAR, whatever the calling thread's context class loader is. */
    private static final MustacheResolver TEMPLATES = name -> {
        InputStream in = MustacheMailComposer.class.getResourceAsStream("/mail/" + name);
        return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
    };

    private final MustacheFactory html = new DefaultMustacheFactory(TEMPLATES);
    private final MustacheFactory text = new DefaultMustacheFactory(TEMPLATES) {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };
    private final Properties wording = load("mail/wording.properties");

    @Override
    public Mail compose(OrderNotificationRaised event) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("order_id", event.orderId());
        model.put("name", event.userName());
        model.put("status", event.status());
        model.put("message", event.message());
        model.put(
                "items",
                event.items().stream()
                        .map(item -> Map.of(
                                "product_name", item.productName(),
                                "quantity", item.quantity(),
                                "unit_price", money(item.unitPrice()),
                                "line_total", money(item.unitPrice().multiply(BigDecimal.valueOf(item.quantity())))))
                        .toList());
        model.put("total", money(event.totalPrice()));
        return mail(event.userEmail(), "order", event.status(), model);
    }

    @Override
    public Mail compose(PaymentNotificationRaised event) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("payment_id", event.paymentId());
        model.put("order_id", event.orderId());
        model.put("name", event.userName());
        model.put("status", event.status());
        model.put("amount", money(event.amount()));
        model.put("card_last4", event.cardLast4());
        model.put("summary", render(text, wordingFor("payment", event.status(), "summary"), model));
        return mail(event.userEmail(), "payment", event.status(), model);
    }

    private Mail mail(String recipient, String kind, String status, Map<String, Object> model) {
        String subject = render(text, wordingFor(kind, status, "subject"), model);
        return new Mail(
                recipient,
                subject,
                render(text.compile(kind + ".txt.mustache"), model),
                render(html.compile(kind + ".html.mustache"), model));
    }

    /** The key of the wording for this status, else of the kind's general one. */
    private String wordingFor(String kind, String status, String part) {
        String specific = kind + "." + status + "." + part;
        return wording.containsKey(specific) ? specific : kind + ".other." + part;
    }

    private String render(MustacheFactory factory, String wordingKey, Map<String, Object> model) {
        return render(factory.compile(new StringReader(wording.getProperty(wordingKey)), wordingKey), model);
    }

    private static String render(Mustache template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        template.execute(out, model);
        return out.toString();
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MustacheMailComposer.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
