package de.pflegeregion.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.network.OutgoingMail;
import de.pflegeregion.network.internal.MailDelivery;
import de.pflegeregion.network.internal.MailOutbox;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/**
 * The outbox against a real SMTP server in this JVM (GreenMail): while the server is down every mail waits and is
 * retried with backoff; once it is up every mail arrives exactly once, with its calendar attachment; a row a
 * stopped node had claimed is sent after its claim runs out.
 */
@IntegrationTest
class MailOutboxIT {

    static final int PORT = freePort();

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("pflegeregion.mail.enabled", () -> "true");
        registry.add("pflegeregion.mail.poll", () -> "PT1H");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> Integer.toString(PORT));
    }

    @Autowired
    MailOutbox outbox;
    @Autowired
    MailDelivery delivery;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Tenants tenants;

    GreenMail smtp;

    @AfterEach
    void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void mailsWaitWhileSmtpIsDownAndArriveExactlyOnceWhenItIsUp() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 8);
        Tenant county = tenants.create("mail-" + s, "Landkreis Mail " + s, "09186");
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
        transactions.executeWithoutResult(t -> events.publishEvent(new OutgoingMail(county.id(), "EINLADUNG",
                List.of("a-" + s + "@example.org", "b-" + s + "@example.org", "c-" + s + "@example.org"), "Einladung " + s, "Text", ics)));
        assertThat(outbox.open(county.id())).hasSize(3).allSatisfy(r -> assertThat(r.state()).isEqualTo(MailOutbox.State.PENDING));

        Instant now = Instant.now();
        assertThat(delivery.deliverDue(now)).isZero();
        assertThat(outbox.open(county.id())).allSatisfy(r -> {
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(r.nextAttempt()).isAfter(now);
            assertThat(r.lastError()).isNotBlank();
        });
        // not due again before the backoff has passed
        assertThat(delivery.deliverDue(now.plusSeconds(1))).isZero();
        assertThat(outbox.open(county.id())).allSatisfy(r -> assertThat(r.attempts()).isEqualTo(1));

        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Instant later = now.plus(1, ChronoUnit.DAYS);
        delivery.deliverDue(later);
        delivery.deliverDue(later.plusSeconds(60));
        assertThat(outbox.open(county.id())).isEmpty();
        MimeMessage[] received = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).equals("Einladung " + s)).toArray(MimeMessage[]::new);
        assertThat(received).hasSize(3);
        assertThat(Arrays.stream(received).map(m -> address(m)).distinct()).hasSize(3);
        Multipart parts = (Multipart) received[0].getContent();
        assertThat(parts.getBodyPart(1).getContentType()).contains("text/calendar").contains("method=REQUEST");
        assertThat(received[0].getMessageID()).startsWith("<outbox-");
    }

    @Test
    void aRowClaimedByAStoppedNodeIsSentWhenTheClaimRunsOut() throws Exception {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String s = UUID.randomUUID().toString().substring(0, 8);
        Tenant county = tenants.create("mail2-" + s, "Landkreis Mail " + s, "09186");
        transactions.executeWithoutResult(t -> events.publishEvent(new OutgoingMail(county.id(), "ERINNERUNG",
                List.of("d-" + s + "@example.org"), "Erinnerung " + s, "Text", null)));
        long id = outbox.open(county.id()).get(0).id();
        Instant now = Instant.now();
        // another node claimed the row and stopped before sending
        assertThat(claim(id, now)).isTrue();
        assertThat(delivery.deliverDue(now)).isZero();
        assertThat(delivery.deliverDue(now.plus(6, ChronoUnit.MINUTES))).isEqualTo(1);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).equals("Erinnerung " + s))).hasSize(1);
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    boolean claim(long id, Instant now) {
        return jdbc.sql("UPDATE network_mail_outbox SET claimed_until = ? WHERE id = ? AND claimed_until IS NULL")
                .params(java.sql.Timestamp.from(now.plus(5, ChronoUnit.MINUTES)), id).update() == 1;
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String address(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
