package de.pflegeregion.network;

/** A step a meeting or minutes may not take from where they are; the message is German, for the page. */
public class IllegalStateChange extends RuntimeException {

    public IllegalStateChange(String message) {
        super(message);
    }
}
