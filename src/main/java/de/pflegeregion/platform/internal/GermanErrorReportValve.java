package de.pflegeregion.platform.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * The container's last word for errors no application code saw, such as a request line Tomcat refuses
 * (invalid UTF-8 or an encoded slash in the path, an oversized header): a short German page, or
 * problem+json under /api, instead of Tomcat's English report. Never shows the server or an exception.
 */
public final class GermanErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String uri = request.getRequestURI();
        boolean api = uri != null && (uri.startsWith("/api/") || uri.startsWith("/oparl/"));
        String detail = status >= 500 ? "Die Anfrage konnte nicht bearbeitet werden. Bitte versuchen Sie es später erneut."
                : "Die Adresse oder der Kopf der Anfrage ist ungültig.";
        String title = status >= 500 ? "Interner Fehler" : "Ungültige Anfrage";
        try {
            response.setContentType(api ? "application/problem+json" : "text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(api
                        ? "{\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}"
                        : "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>" + title + " – Pflegeregion</title>"
                                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body><main>"
                                + "<h1>" + title + "</h1><p>" + detail + " Bitte prüfen Sie die Adresse.</p>"
                                + "<p><a href=\"/\">Zur Startseite</a></p><p>Fehlercode " + status + "</p></main></body></html>");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client is gone or the response was already committed: nothing more to say
        }
    }
}
