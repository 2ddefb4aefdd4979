package de.pflegeregion.network.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.pflegeregion.network.IllegalStateChange;
import de.pflegeregion.network.Meeting;
import de.pflegeregion.network.internal.Gremien;

/** The minutes forms (discussion, decision, task per TOP), shared by the coordinator and a member with the Protokoll role. */
final class MinutesForms {

    private MinutesForms() {
    }

    interface Page {
        String render(Model model);
    }

    static String discussion(Gremien gremien, Meeting m, long itemId, String text, String back, RedirectAttributes redirect) {
        try {
            gremien.writeDiscussion(m.tenantId(), m.id(), itemId, text == null || text.isBlank() ? null : text.strip());
            redirect.addFlashAttribute("done", "Die Diskussion ist gespeichert.");
        } catch (IllegalStateChange e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + back + "#top-" + itemId;
    }

    static String decision(Gremien gremien, Meeting m, long itemId, NetworkForms.DecisionForm form, BindingResult result,
                           Map<String, String> sent, Model model, HttpServletResponse response, RedirectAttributes redirect, String back,
                           Page page) {
        if (result.hasErrors()) {
            return rejected("beschluss-" + itemId, result, sent, model, response, page);
        }
        try {
            gremien.addDecision(m.tenantId(), m.id(), itemId, form.text().strip(), form.result(), form.yes(), form.no(), form.abstain());
            redirect.addFlashAttribute("done", "Der Beschluss ist eingetragen.");
        } catch (IllegalStateChange e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + back + "#top-" + itemId;
    }

    static String task(Gremien gremien, Meeting m, long itemId, NetworkForms.TaskForm form, BindingResult result,
                       Map<String, String> sent, Model model, HttpServletResponse response, RedirectAttributes redirect, String back, Page page) {
        if (NetworkForms.bound(form, result) && form.ownerPersonId() != null && gremien.store().person(m.tenantId(), form.ownerPersonId()).filter(p -> !p.deleted()).isEmpty()) {
            result.rejectValue("ownerPersonId", "unknown", "Verantwortlich: Diese Person gibt es nicht.");
        }
        if (result.hasErrors()) {
            return rejected("aufgabe-" + itemId, result, sent, model, response, page);
        }
        try {
            gremien.addTask(m.tenantId(), m.id(), itemId, form.title().strip(), form.ownerPersonId(), form.due());
            redirect.addFlashAttribute("done", "Die Aufgabe ist eingetragen; sie steht bis zur Erledigung auf der nächsten Tagesordnung.");
        } catch (IllegalStateChange e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + back + "#top-" + itemId;
    }

    static String rejected(String formName, BindingResult result, Map<String, String> sent, Model model, HttpServletResponse response,
                           Page page) {
        response.setStatus(400);
        model.addAttribute("errors", NetworkForms.errors(result));
        model.addAttribute("values", sent);
        model.addAttribute("errorForm", formName);
        return page.render(model);
    }
}
