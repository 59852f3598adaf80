package org.diplograph.extract.resolve;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.extract.read.Text;
import org.diplograph.extract.recognize.Gazetteer;
import org.diplograph.extract.recognize.Mention;
import org.diplograph.extract.recognize.Recognizer;

/**
 * Resolve: a ministry the article names without its state ("the Ministry of Foreign Affairs said", "the Ministry of
 * Planning") is, in a national outlet's article, the outlet's own state's: the state whose ISO code is the address's
 * country domain (suchtv.pk, thestandard.com.pk: Pakistan). Its id takes that state ({@code org:pak-foreign-ministry});
 * on a .com, .org or .net site nothing changes.
 */
public final class HomeOrgans {
    private HomeOrgans() {}

    private static final Pattern DOMAIN = Pattern.compile("(?:https?://)?(?:www\\.)?([a-z0-9.-]+\\.([a-z]{2}))(?:[/:]|$)");
    private static final Pattern IN_SOURCE = Pattern.compile("\\(([a-z0-9.-]+\\.([a-z]{2}))\\)\\s*$");

    /** The state of the outlet's country domain, from its address or its source line's "(domain)", else null. */
    static String homeState(Gazetteer g, String url, String source) {
        String iso2 = null;
        if (url != null) {
            Matcher m = DOMAIN.matcher(url.strip().toLowerCase(Locale.ROOT));
            if (m.lookingAt()) iso2 = m.group(2);
        }
        if (iso2 == null && source != null) {
            Matcher m = IN_SOURCE.matcher(source.strip().toLowerCase(Locale.ROOT));
            if (m.find()) iso2 = m.group(2);
        }
        if (iso2 == null) return null;
        for (Gazetteer.StateInfo s : g.states().values()) {
            if (s.iso2() != null && s.iso2().equalsIgnoreCase(iso2)) return s.id();
        }
        return null;
    }

    /** Gives the outlet's state to every ministry named without one. */
    public static void apply(Gazetteer g, String url, String source, List<List<Mention>> mentions) {
        String home = homeState(g, url, source);
        if (home == null) return;
        String prefix = "org:" + home.substring("state:".length()).toLowerCase(Locale.ROOT) + "-";
        for (List<Mention> ms : mentions) {
            ms.replaceAll(m -> {
                if (m.type != Mention.Type.ORG || !"org-pattern".equals(m.rule) || m.id.matches("org:[a-z]{3}-.*")
                        || m.name == null || !m.name.startsWith("Ministry of ")) return m;
                return m.with(Recognizer.canonicalOrgan(prefix + Text.slug(m.name)), m.name);
            });
        }
    }
}
