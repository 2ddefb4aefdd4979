package de.pflegeregion.network;

import java.time.Instant;

/** A Beschluss under a TOP with its result and optional votes. */
public record Decision(long id, long agendaItemId, String text, DecisionResult result, Integer yes, Integer no,
                       Integer abstain, Instant created) {

    public String votes() {
        return yes == null && no == null && abstain == null ? ""
                : "Ja " + n(yes) + ", Nein " + n(no) + ", Enthaltung " + n(abstain);
    }

    private static String n(Integer v) {
        return v == null ? "–" : v.toString();
    }
}
