package de.pflegeregion.network;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The ten Handlungsfelder of seed 000 (KPMG/BBSR guide for rural counties), shipped as data with their source;
 * a county may add its own (code "E" + its number), which the network stores.
 */
public final class Handlungsfelder {

    /** One Handlungsfeld: code "1".."10" for the shipped ones. */
    public record Handlungsfeld(String code, String title, String source) {
    }

    private static final List<Handlungsfeld> SHIPPED = read();

    private Handlungsfelder() {
    }

    public static List<Handlungsfeld> shipped() {
        return SHIPPED;
    }

    public static Optional<Handlungsfeld> shipped(String code) {
        return SHIPPED.stream().filter(h -> h.code().equals(code)).findFirst();
    }

    private static List<Handlungsfeld> read() {
        try (Reader in = new InputStreamReader(Handlungsfelder.class.getResourceAsStream("handlungsfelder.csv"), StandardCharsets.UTF_8)) {
            List<Handlungsfeld> list = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                list.add(new Handlungsfeld(r.get("number"), r.get("title"), r.get("source")));
            }
            return List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
