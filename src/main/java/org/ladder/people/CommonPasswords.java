package org.ladder.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 100,000 most common passwords, shipped with the application ({@code security/common-passwords.txt}, see
 * the README beside it), loaded once on first use. Compared case-insensitively.
 */
final class CommonPasswords {

    static final String RESOURCE = "/security/common-passwords.txt";

    private CommonPasswords() {
    }

    private static final class Holder {
        static final Set<String> LIST = load();
    }

    static boolean contains(String password) {
        return password != null && Holder.LIST.contains(password.toLowerCase(Locale.ROOT));
    }

    static int size() {
        return Holder.LIST.size();
    }

    private static Set<String> load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The common-password list " + RESOURCE + " is missing.");
            }
            Set<String> list = new HashSet<>(200_000);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    list.add(line.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
