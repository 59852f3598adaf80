package org.diplograph.extract.relate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.diplograph.facts.Evidence;
import org.diplograph.facts.Relation;

/**
 * Relate, at the level of the article: a signer's state is a party to what he signed, when his office was settled
 * only after the signing's sentence was read ("The agreement ... was signed by Minister for Information A and Uzbek
 * Minister for Culture B", A's office of Pakistan coming from the article's pair). Rule {@code party-signer-office},
 * quoting the signing. Only offices of states count; a company's chairman signs for his company, not his state.
 */
public final class SignerParties {
    private SignerParties() {}

    public static void apply(DocBuilder b, String docId) {
        List<Relation> all = b.relations(docId);
        Map<String, String> office = new HashMap<>();
        Set<String> parties = new HashSet<>();
        for (Relation r : all) {
            if (r.type().equals("HOLDS_OFFICE") && r.target().startsWith("state:")) office.putIfAbsent(r.source(), r.target());
            if (r.type().equals("PARTY_TO")) parties.add(r.source() + "|" + r.target());
        }
        for (Relation r : all) {
            if (!r.type().equals("SIGNED")) continue;
            String state = office.get(r.source());
            if (state == null || !parties.add(state + "|" + r.target())) continue;
            Evidence e = r.evidence().get(0);
            b.relation("PARTY_TO", state, r.target(), new TreeMap<>(r.properties()),
                    new Evidence(e.quote(), e.start(), e.end(), "party-signer-office"));
        }
    }
}
