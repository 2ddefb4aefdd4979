package de.pflegeregion.network.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox over SMTP when mail is on: each due row is claimed (so two app nodes never send the same
 * row), sent, and marked; a failure waits with doubling backoff and is tried again, without end, so no mail is
 * lost; rows left by a stopped node are picked up when its claim runs out. The Message-ID is fixed per row so
 * a receiving server can drop a duplicate after a crash between sending and marking.
 */
@Component
public class MailDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);

    private final MailOutbox outbox;
    private final MailSettings settings;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;

    MailDelivery(MailOutbox outbox, MailSettings settings, ObjectProvider<JavaMailSender> sender, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.sender = sender;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${pflegeregion.mail.poll:PT15S}", initialDelayString = "${pflegeregion.mail.poll:PT15S}")
    void poll() {
        if (settings.enabled()) {
            deliverDue(clock.instant());
        }
    }

    /** Attempts every row due at {@code now}; returns how many were sent. */
    public int deliverDue(Instant now) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            LOG.warn("pflegeregion.mail.enabled is true but spring.mail.host is not set: mails wait in the outbox");
            return 0;
        }
        int sent = 0;
        for (long id : outbox.due(now, 50)) {
            if (!outbox.claim(id, now, now.plus(5, ChronoUnit.MINUTES))) {
                continue;
            }
            MailOutbox.Row row = outbox.row(id).orElseThrow();
            try {
                smtp.send(message(row));
                outbox.sent(id, clock.instant());
                sent++;
            } catch (RuntimeException | MessagingException e) {
                int attempts = row.attempts() + 1;
                outbox.failed(id, attempts, now.plus(settings.backoff(attempts)), e.getMessage());
                LOG.info("Mail {} not sent (attempt {}): {}", id, attempts, e.getMessage());
            }
        }
        return sent;
    }

    MimeMessage message(MailOutbox.Row row) throws MessagingException {
        MimeMessage message = new FixedIdMessage(Session.getInstance(new Properties()), "<outbox-" + row.id() + "@pflegeregion>");
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(row.recipient()));
        message.setSubject(row.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(java.util.Date.from(clock.instant()));
        if (row.calendar() == null) {
            message.setText(row.body(), StandardCharsets.UTF_8.name());
        } else {
            MimeMultipart parts = new MimeMultipart("mixed");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(row.body(), StandardCharsets.UTF_8.name());
            parts.addBodyPart(text);
            String method = row.calendar().contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
            MimeBodyPart ics = new MimeBodyPart();
            ics.setDataHandler(new DataHandler(new ByteArrayDataSource(row.calendar().getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=" + method)));
            ics.setFileName(method.equals("CANCEL") ? "absage.ics" : "einladung.ics");
            parts.addBodyPart(ics);
            message.setContent(parts);
        }
        message.saveChanges();
        return message;
    }

    private static final class FixedIdMessage extends MimeMessage {

        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
