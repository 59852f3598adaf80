package org.diplograph.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSP allows the page's inline import map, and only it, by the SHA-256 of its exact text. */
class ImportMapHashTest {
    @Test
    void theHashIsOfTheMapsTextBetweenItsTags() throws Exception {
        String map = "\n  { \"imports\": { \"a\": \"/vendor/a.js\" } }\n  ";
        String html = "<head><script type=\"importmap\">" + map + "</script><script type=\"module\" src=\"/js/app.js\"></script>";
        String expected = "'sha256-" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(map.getBytes(StandardCharsets.UTF_8))) + "'";
        assertThat(ImportMapHash.sourcesOf(html)).containsExactly(expected);
        assertThat(ImportMapHash.sourcesOf("<script>alert(1)</script>")).isEmpty();
    }

    @Test
    void theServedPolicyAllowsTheUisImportMap() {
        assertThat(ImportMapHash.sources("/web/index.html")).hasSize(1);
        assertThat(HttpServer.CSP).contains("script-src 'self' " + ImportMapHash.sources("/web/index.html").get(0) + ";")
                .doesNotContain("unsafe");
    }
}
