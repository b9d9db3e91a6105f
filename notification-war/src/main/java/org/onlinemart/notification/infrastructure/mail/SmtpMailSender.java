package org.onlinemart.notification.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onlinemart.notification.application.MailNotSentException;
import org.onlinemart.notification.application.MailSender;
import org.onlinemart.notification.domain.Mail;

/**
 * Sends over SMTP with Jakarta Mail, configured by SMTP_HOST, SMTP_PORT, SMTP_FROM and, for real providers,
 * SMTP_USER, SMTP_PASSWORD and SMTP_STARTTLS (then required, not merely tried). Every mail is
 * multipart/alternative: plain text first, HTML second. Timeouts are short: a row stays locked while we wait.
 */
@ApplicationScoped
public class SmtpMailSender implements MailSender {

    private static final String TIMEOUT_MS = "10000";

    private Session session;
    private String from;

    protected SmtpMailSender() {}

    @Inject
    public SmtpMailSender(
            @ConfigProperty(name = "smtp.host", defaultValue = "127.0.0.1") String host,
            @ConfigProperty(name = "smtp.port", defaultValue = "3025") int port,
            @ConfigProperty(name = "smtp.user") Optional<String> user,
            @ConfigProperty(name = "smtp.password") Optional<String> password,
            @ConfigProperty(name = "smtp.from", defaultValue = "shop@onlinemart.local") String from,
            @ConfigProperty(name = "smtp.starttls", defaultValue = "false") boolean startTls) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", String.valueOf(port));
        properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MS);
        properties.setProperty("mail.smtp.timeout", TIMEOUT_MS);
        properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MS);
        if (startTls) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        }
        Optional<String> login = user.filter(name -> !name.isBlank());
        Authenticator authenticator = null;
        if (login.isPresent()) {
            properties.setProperty("mail.smtp.auth", "true");
            String secret = password.orElse("");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(login.get(), secret);
                }
            };
        }
        this.session = Session.getInstance(properties, authenticator);
        this.from = from;
    }

    @Override
    public Connection connect() {
        return new SmtpConnection();
    }

    private MimeMessage message(Mail mail) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setContent(new MimeMultipart("alternative", text, html));
        message.saveChanges(); // what Transport.send does first: the MIME headers of the parts
        return message;
    }

    /**
     * Connects on the first mail and keeps the connection for the next ones, saving a handshake per mail. A dropped
     * connection is opened again for the next mail; a server that cannot be reached is not tried again by this
     * connection, so a batch does not wait out one connect timeout per mail.
     */
    private final class SmtpConnection implements Connection {

        private Transport transport;
        private MailNotSentException unreachable;

        @Override
        public void send(Mail mail) {
            if (unreachable != null) {
                throw new MailNotSentException(unreachable.getMessage(), unreachable);
            }
            try {
                MimeMessage message = message(mail);
                connected().sendMessage(message, message.getAllRecipients());
            } catch (MessagingException e) {
                if (transport != null && !transport.isConnected()) {
                    close();
                }
                throw new MailNotSentException(e.toString(), e);
            }
        }

        private Transport connected() {
            if (transport == null) {
                try {
                    Transport opened = session.getTransport("smtp");
                    opened.connect();
                    transport = opened;
                } catch (MessagingException e) {
                    unreachable = new MailNotSentException(e.toString(), e);
                    throw unreachable;
                }
            }
            return transport;
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    // the mails it took are sent; a QUIT that fails changes nothing for them
                }
                transport = null;
            }
        }
    }
}
