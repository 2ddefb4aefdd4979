package de.pflegeregion.web.benefits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/** Renders a Thymeleaf template to a tagged PDF (PDF/UA) with an embedded font, for people to keep or print. */
@Component
class SummaryPdf {

    private final ITemplateEngine templates;

    SummaryPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(String template, Map<String, Object> variables) {
        Context context = new Context(java.util.Locale.GERMANY, variables);
        String html = templates.process(template, context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> SummaryPdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans");
            builder.useFont(() -> SummaryPdf.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
