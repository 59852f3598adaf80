package org.diplograph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How far two annotators agree: a second gold folder (the same articles annotated again, blind to the first gold) is
 * scored against the first as if it were the extractor's output, with the {@link Scorer}'s table. Ids may carry
 * {@code *} on both sides here: two ids are one when either one's pattern matches the other (a wildcard id read with
 * its stars taken out). MET is undirected. Each gold item is matched at most once.
 *
 * <p>{@code java ... GoldAgreement first-folder second-folder [-Derrors]}: the second folder needs only the JSON files.
 */
public final class GoldAgreement {
    private GoldAgreement() {}

    /** The second folder's golds scored against the first's, file by file (only the files both have). */
    public static Scorer.Report compare(Path first, Path second) throws IOException {
        ObjectMapper om = new ObjectMapper();
        Scorer.Report r = new Scorer.Report();
        List<Path> files;
        try (Stream<Path> s = Files.list(second)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path b : files) {
            Path a = first.resolve(b.getFileName().toString());
            if (!Files.exists(a)) continue;
            JsonNode ga = om.readTree(a.toFile());
            JsonNode gb = om.readTree(b.toFile());
            String file = ga.get("file").asText();
            r.passages++;
            for (String label : Scorer.LABELS) {
                match(r, file, label, items(ga.get("entities"), label), items(gb.get("entities"), label));
            }
            TreeSet<String> types = new TreeSet<>();
            for (JsonNode n : ga.get("relations")) types.add(n.asText().split(" ")[0]);
            for (JsonNode n : gb.get("relations")) types.add(n.asText().split(" ")[0]);
            for (String t : types) match(r, file, t, items(ga.get("relations"), t), items(gb.get("relations"), t));
        }
        return r;
    }

    private static List<String[]> items(JsonNode list, String kind) {
        List<String[]> out = new ArrayList<>();
        for (JsonNode n : list) {
            String[] p = n.asText().split(" ");
            if (p[0].equals(kind)) out.add(Arrays.copyOfRange(p, 1, p.length));
        }
        return out;
    }

    private static void match(Scorer.Report r, String file, String kind, List<String[]> first, List<String[]> second) {
        List<String[]> left = new ArrayList<>(second);
        for (String[] g : first) {
            int hit = -1;
            for (int i = 0; i < left.size() && hit < 0; i++) {
                if (same(kind, g, left.get(i))) hit = i;
            }
            if (hit >= 0) {
                left.remove(hit);
                r.get(kind).tp++;
            } else {
                r.get(kind).fn++;
                r.errors.add(file + " FIRST-ONLY " + kind + " " + String.join(" ", g));
            }
        }
        for (String[] p : left) {
            r.get(kind).fp++;
            r.errors.add(file + " SECOND-ONLY " + kind + " " + String.join(" ", p));
        }
    }

    private static boolean same(String kind, String[] a, String[] b) {
        if (a.length != b.length) return false;
        boolean direct = true;
        for (int i = 0; i < a.length; i++) direct &= sameId(a[i], b[i]);
        if (direct) return true;
        return kind.equals("MET") && a.length == 2 && sameId(a[0], b[1]) && sameId(a[1], b[0]);
    }

    /** One id, or one entity under two conventions: either id's pattern matches the other with its stars taken out. */
    static boolean sameId(String a, String b) {
        if (a.equals(b)) return true;
        return pattern(a).matcher(b.replace("*", "")).matches() || pattern(b).matcher(a.replace("*", "")).matches();
    }

    private static Pattern pattern(String id) {
        return Pattern.compile(Pattern.quote(id).replace("*", "\\E.*\\Q"));
    }

    /** Prints the table of the second folder against the first (and the differences with -Derrors). */
    public static void main(String[] args) throws IOException {
        Scorer.Report r = compare(Path.of(args[0]), Path.of(args[1]));
        System.out.println(r.table(args[1] + " against " + args[0]));
        if (System.getProperty("errors") != null) r.errors.forEach(System.out::println);
    }
}
