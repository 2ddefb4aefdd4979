package de.pflegeregion.planning;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Opens an uploaded file as text without reading it whole: unpacks a ZIP holding one file, and tells
 * UTF-8 (with or without BOM) from Windows-1252 by the first 64 KiB, where GENESIS labels already
 * carry umlauts ("Bevölkerung").
 */
final class TextDecoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF = 1 << 16;

    private TextDecoding() {
    }

    static Reader open(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, SNIFF);
        if (startsWith(in, new byte[] {'P', 'K', 3, 4})) {
            ZipInputStream zip = new ZipInputStream(in);
            ZipEntry entry = zip.getNextEntry();
            while (entry != null && entry.isDirectory()) {
                entry = zip.getNextEntry();
            }
            if (entry == null) {
                throw new RejectedFile(java.util.List.of(new ImportError(1, "datei", "Die ZIP-Datei enthält keine Datei.")));
            }
            in = new BufferedInputStream(zip, SNIFF);
        }
        if (startsWith(in, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            in.skipNBytes(3);
            return reader(in, StandardCharsets.UTF_8);
        }
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        return reader(in, isUtf8(head) ? StandardCharsets.UTF_8 : WINDOWS_1252);
    }

    private static Reader reader(InputStream in, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    private static boolean startsWith(BufferedInputStream in, byte[] magic) throws IOException {
        in.mark(magic.length);
        byte[] head = in.readNBytes(magic.length);
        in.reset();
        return Arrays.equals(head, magic);
    }

    /** Valid UTF-8, allowing a sequence cut off at the end of the sample. */
    static boolean isUtf8(byte[] head) {
        int end = head.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = head[end - back] & 0xFF;
            if ((b & 0xC0) == 0xC0) {
                int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                if (back < needed) {
                    end -= back;
                }
                break;
            }
            if ((b & 0x80) == 0) {
                break;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
