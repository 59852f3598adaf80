package org.diplograph.extract.relate;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.diplograph.extract.read.Text;
import org.diplograph.facts.Entity;

/**
 * Relate, across the article: "the Turkmenistan-Afghanistan-Pakistan (TAP) power transmission line ... the TAP power
 * transmission line": a corridor named by its acronym and kind is the one the article named with the chain and that
 * acronym, and becomes it, relations and all.
 */
public final class CorridorAcronyms {
    /** The acronym in brackets and the words after it: "... (TAP) power transmission line". */
    private static final Pattern ACRONYM = Pattern.compile("\\(([A-Z]{2,6})\\)\\s+(.+)$");

    private CorridorAcronyms() {}

    public static void apply(DocBuilder b) {
        Set<String> corridors = b.entities().stream().filter(e -> e.label().equals("Corridor")).map(Entity::id)
                .collect(Collectors.toSet());
        Map<String, String> renamed = new HashMap<>();
        for (Entity e : b.entities()) {
            if (!e.label().equals("Corridor") || e.name() == null) continue;
            Matcher m = ACRONYM.matcher(e.name());
            if (!m.find()) continue;
            String shortId = "corridor:" + Text.slug(m.group(1) + " " + m.group(2).toLowerCase(Locale.ROOT));
            if (!shortId.equals(e.id()) && corridors.contains(shortId)) renamed.put(shortId, e.id());
        }
        b.rename(renamed);
    }
}
