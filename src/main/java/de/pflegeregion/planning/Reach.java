package de.pflegeregion.planning;

/** Share of residents aged 80+ and 65+ whose area lies within the threshold of an offer of the type; null without residents. */
public record Reach(Double share80plusWithinThreshold, Double share65plusWithinThreshold) {
}
