package coop.steward.vendor.publicregistry;

import coop.steward.common.validation.Language;
import io.micronaut.core.annotation.Nullable;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The public registry as plain HTML: readable without JavaScript, styled by the app's own stylesheet, no request to
 * anyone else, every value escaped. The same views the JSON API answers, so the page can never show more.
 */
final class RegistryPages {

    private static final Map<Language, String> LANGUAGE_NAMES = Map.of(
            Language.EN, "English", Language.FR, "Français", Language.ES, "Español", Language.SW, "Kiswahili");

    private RegistryPages() {
    }

    static String list(List<RegistryEntry> entries, RegistryWords words) {
        Html html = start(words, words.get("list.title"), "/registry");
        html.el("h1", words.get("list.title"));
        html.el("p", words.get("list.intro"));
        if (entries.isEmpty()) {
            html.el("p", words.get("list.none"), "class", "notice");
        } else {
            html.open("table").el("caption", words.get("list.caption"), "class", "sr-only").open("thead").open("tr")
                    .el("th", words.get("list.vendor"), "scope", "col")
                    .el("th", words.get("list.kind"), "scope", "col")
                    .el("th", words.get("list.certification"), "scope", "col")
                    .close("tr").close("thead").open("tbody");
            for (RegistryEntry entry : entries) {
                html.open("tr").open("th", "scope", "row").el("a", entry.name(), "href", entry.page(),
                        "data-vendor", entry.id().toString());
                if (!entry.aliases().isEmpty()) {
                    html.el("div", words.get("list.alsoKnownAs", "names", String.join(", ", entry.aliases())),
                            "class", "muted");
                }
                html.close("th").el("td", kind(entry.kind().name(), entry.country(), words));
                if (entry.certifiedAgainst() == null || entry.attestedAt() == null) {
                    html.el("td", words.get("list.notCertified"), "class", "muted");
                } else {
                    html.el("td", words.get("list.attested", "date", words.date(entry.attestedAt()),
                            "guideline", entry.certifiedAgainst()));
                }
                html.close("tr");
            }
            html.close("tbody").close("table");
        }
        return end(html, words);
    }

    static String vendor(RegistryVendor vendor, RegistryWords words) {
        String path = "/registry/" + vendor.id();
        Html html = start(words, vendor.name() + " · " + words.get("list.title"), path);
        html.open("p").el("a", words.get("vendor.back"), "href", "/registry?lang=" + words.language().code())
                .close("p");
        html.el("h1", vendor.name());
        html.open("p").text(kind(vendor.kind().name(), vendor.country(), words));
        if (vendor.website() != null) {
            html.raw(" · ").el("a", vendor.website(), "href", vendor.website(), "rel", "nofollow noopener noreferrer");
        }
        html.close("p");
        names(html, vendor, words);
        records(html, vendor.records(), words);
        html.el("h2", words.get("certs.title"), "id", "certifications");
        if (vendor.certifications().isEmpty()) {
            html.el("p", words.get("certs.none"), "class", "notice");
        }
        for (RegistryVendor.Certification certification : vendor.certifications()) {
            certification(html, vendor, certification, words);
        }
        return end(html, words);
    }

    /** A page that says what went wrong, in the page's own shape: an unknown or malformed vendor id. */
    static String problem(String key, RegistryWords words) {
        Html html = start(words, words.get(key + ".title"), "/registry");
        html.el("h1", words.get(key + ".title"));
        html.el("p", words.get(key));
        html.open("p").el("a", words.get("vendor.back"), "href", "/registry?lang=" + words.language().code())
                .close("p");
        return end(html, words);
    }

    private static void names(Html html, RegistryVendor vendor, RegistryWords words) {
        html.el("h2", words.get("vendor.names"));
        if (vendor.aliases().isEmpty() && vendor.codeNames().isEmpty()) {
            html.el("p", words.get("vendor.noNames"), "class", "muted");
            return;
        }
        html.open("dl", "class", "fields");
        if (!vendor.aliases().isEmpty()) {
            html.el("dt", words.get("vendor.aliases")).open("dd").open("ul", "class", "plain");
            vendor.aliases().forEach(alias -> html.el("li", alias));
            html.close("ul").close("dd");
        }
        if (!vendor.codeNames().isEmpty()) {
            html.el("dt", words.get("vendor.codeNames")).open("dd").open("ul", "class", "plain");
            vendor.codeNames().forEach(code -> html.el("li", code.client() == null ? code.name()
                    : words.get("vendor.codeNameFor", "name", code.name(), "client", code.client())));
            html.close("ul").close("dd");
        }
        html.close("dl");
    }

    private static void records(Html html, RegistryVendor.Records records, RegistryWords words) {
        html.el("h2", words.get("records.title"), "id", "records");
        String from = records.window().isEmpty() ? "" : words.month(YearMonth.parse(records.window().get(0)));
        String to = records.window().isEmpty() ? "" : words.month(YearMonth.parse(records.window().get(records.window().size() - 1)));
        html.el("p", words.get("records.intro", "from", from, "to", to, "currency", records.reportingCurrency(),
                "k", records.k()));
        if (records.cells().isEmpty()) {
            html.el("p", words.get("records.none"), "class", "notice");
        } else {
            html.open("div", "class", "scroll", "role", "region", "tabindex", "0", "aria-labelledby", "records");
            html.open("table", "class", "figures").el("caption", words.get("records.caption"), "class", "sr-only")
                    .open("thead").open("tr").el("th", words.get("records.figure"), "scope", "col");
            for (RegistryVendor.Column cell : records.cells()) {
                html.el("th", cell.jurisdiction() == null ? words.get("records.all") : cell.jurisdiction(),
                        "scope", "col", "class", "num");
            }
            html.close("tr").close("thead").open("tbody");
            html.open("tr").el("th", words.get("records.workers"), "scope", "row");
            for (RegistryVendor.Column cell : records.cells()) {
                if (cell.published()) {
                    html.el("td", cell.workers() == null ? "" : cell.workers(), "class", "num");
                } else {
                    html.el("td", words.get("records.notEnough"), "class", "num suppressed");
                }
            }
            html.close("tr");
            List<String> metrics = records.cells().stream().filter(RegistryVendor.Column::published)
                    .flatMap(cell -> cell.figures().stream()).map(RegistryVendor.Figure::metric).distinct().toList();
            for (String metric : metrics) {
                html.open("tr").el("th", words.get("metric." + metric), "scope", "row");
                for (RegistryVendor.Column cell : records.cells()) {
                    String value = cell.figures().stream().filter(f -> f.metric().equals(metric)).findFirst()
                            .map(RegistryVendor.Figure::value).orElse(null);
                    html.el("td", value == null ? words.get("records.notShown") : value, "class", "num");
                }
                html.close("tr");
            }
            html.close("tbody").close("table").close("div");
        }
        html.open("details").el("summary", words.get("records.method")).el("p", records.method()).close("details");
    }

    private static void certification(Html html, RegistryVendor vendor, RegistryVendor.Certification certification,
                                      RegistryWords words) {
        html.open("section", "class", "card certification", "data-certification", certification.id().toString(),
                "aria-labelledby", "c-" + certification.id());
        html.open("h3", "id", "c-" + certification.id())
                .text(words.get("cert.heading", "guideline", certification.guidelineId(),
                        "version", certification.guidelineVersion()))
                .raw(" ").el("span", words.get(certification.current() ? "cert.current" : "cert.superseded"),
                        "class", "tag")
                .close("h3");
        html.el("p", words.get("cert.attested", "date", words.date(certification.attestedAt()),
                "name", certification.attestedBy(), "title", certification.attesterTitle()));
        RegistryVendor.Certificate certificate = certification.certificate();
        html.open("dl", "class", "fields")
                .el("dt", words.get("cert.id")).open("dd").el("code", certificate.documentId()).close("dd")
                .el("dt", words.get("cert.sha256")).open("dd").el("code", certificate.sha256()).close("dd")
                .close("dl");
        html.open("p").el("a", words.get("cert.verify"), "href", certificate.verify(), "data-verify", "")
                .close("p");
        for (RegistryVendor.Claim claim : certification.claims()) {
            claim(html, vendor, certification, claim, words);
        }
        html.close("section");
    }

    private static void claim(Html html, RegistryVendor vendor, RegistryVendor.Certification certification,
                              RegistryVendor.Claim claim, RegistryWords words) {
        String id = "q-" + certification.id() + "-" + claim.criterionId();
        html.open("article", "class", claim.contested() ? "claim contested" : "claim", "aria-labelledby", id,
                "data-criterion", claim.criterionId(), "data-contested", String.valueOf(claim.contested()));
        html.el("h4", claim.question(), "id", id);
        html.open("p").text(words.get("claim.answer")).raw(": ")
                .el("strong", words.get("claim." + claim.answer()), "class", "answer");
        if (claim.contested()) {
            html.raw(" ").el("strong", words.get("claim.contested"), "class", "tag contested");
        }
        html.close("p");
        if (claim.contested()) {
            html.el("p", words.get("claim.contestedWhy"), "class", "notice");
        }
        if (!claim.explanation().isBlank()) {
            html.el("p", claim.explanation(), "class", "explanation");
        }
        if (!claim.evidence().isEmpty()) {
            html.el("h5", words.get("claim.evidence")).open("ul", "class", "plain evidence");
            for (RegistryVendor.Evidence evidence : claim.evidence()) {
                html.open("li").text(evidence.fileName()).raw(" ").el("span", evidence.mediaType(), "class", "muted")
                        .raw("<br>").el("code", "SHA-256 " + evidence.sha256()).close("li");
            }
            html.close("ul");
        }
        findings(html, claim, words);
        responses(html, vendor, claim, words);
        if (!claim.notes().isEmpty()) {
            html.el("h5", words.get("claim.notes")).open("ul", "class", "plain notes");
            for (RegistryVendor.Note note : claim.notes()) {
                html.open("li").el("p", note.body()).el("p", words.get("claim.noteBy", "organization",
                        note.organization(), "date", words.date(note.postedAt())), "class", "muted").close("li");
            }
            html.close("ul");
        }
        html.close("article");
    }

    private static void findings(Html html, RegistryVendor.Claim claim, RegistryWords words) {
        if (claim.records().isEmpty()) {
            html.el("p", words.get("claim.noRecords"), "class", "muted");
            return;
        }
        html.open("table", "class", "findings").el("caption", words.get("claim.records"))
                .open("thead").open("tr")
                .el("th", words.get("finding.cell"), "scope", "col")
                .el("th", words.get("finding.shows"), "scope", "col")
                .el("th", words.get("finding.threshold"), "scope", "col")
                .el("th", words.get("finding.status"), "scope", "col")
                .close("tr").close("thead").open("tbody");
        for (RegistryVendor.Finding finding : claim.records()) {
            String cell = finding.jurisdiction() == null ? words.get("records.all") : finding.jurisdiction();
            html.open("tr").el("th", cell, "scope", "row");
            if (!finding.published()) {
                html.el("td", words.get("records.notEnough"), "colspan", "3", "class", "suppressed");
            } else {
                html.el("td", blankIfNull(finding.figure()))
                        .el("td", blankIfNull(finding.threshold()))
                        .open("td", "data-status", blankIfNull(finding.status()))
                        .el("strong", words.get("status." + finding.status()),
                                "class", "BREACHED".equals(finding.status()) ? "bad" : "");
                if (finding.formula() != null && !finding.formula().isBlank()) {
                    html.raw("<br>").el("span", finding.formula(), "class", "formula");
                }
                html.close("td");
            }
            html.close("tr");
        }
        html.close("tbody").close("table");
    }

    private static void responses(Html html, RegistryVendor vendor, RegistryVendor.Claim claim, RegistryWords words) {
        if (claim.responses().isEmpty()) {
            return;
        }
        RegistryVendor.Response latest = claim.responses().get(0);
        html.open("div", "class", "response").el("h5", words.get("claim.response", "vendor", vendor.name()))
                .open("blockquote").el("p", latest.body()).close("blockquote")
                .el("p", words.get("claim.responseVersion", "version", latest.version(),
                        "date", words.date(latest.postedAt())), "class", "muted");
        if (claim.responses().size() > 1) {
            html.open("details").el("summary", words.get("claim.earlier"));
            for (RegistryVendor.Response earlier : claim.responses().subList(1, claim.responses().size())) {
                html.open("blockquote").el("p", earlier.body()).close("blockquote")
                        .el("p", words.get("claim.responseVersion", "version", earlier.version(),
                                "date", words.date(earlier.postedAt())), "class", "muted");
            }
            html.close("details");
        }
        html.close("div");
    }

    private static String kind(String kind, @Nullable String country, RegistryWords words) {
        String text = words.get("kind." + kind);
        return country == null ? text : text + " · " + country;
    }

    private static String blankIfNull(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static Html start(RegistryWords words, String title, String path) {
        Html html = new Html();
        html.raw("<!doctype html>\n").open("html", "lang", words.language().code()).raw("\n<head>")
                .raw("<meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .open("meta", "name", "description", "content", words.get("list.intro"))
                .el("title", title + " · Steward")
                .raw("<link rel=\"icon\" href=\"/assets/icons/icon-192.png\" type=\"image/png\">")
                .raw("<link rel=\"stylesheet\" href=\"/assets/app.css\">")
                .raw("</head>\n<body>")
                .el("a", words.get("page.skip"), "class", "skip", "href", "#main")
                .open("header", "class", "bar").el("a", "Steward", "class", "title", "href", "/").close("header")
                .open("main", "id", "main", "tabindex", "-1", "class", "registry");
        html.open("nav", "class", "lang", "aria-label", words.get("page.language"));
        for (Language language : Language.values()) {
            if (language == words.language()) {
                html.el("a", LANGUAGE_NAMES.get(language), "href", path + "?lang=" + language.code(),
                        "lang", language.code(), "hreflang", language.code(), "aria-current", "page");
            } else {
                html.el("a", LANGUAGE_NAMES.get(language), "href", path + "?lang=" + language.code(),
                        "lang", language.code(), "hreflang", language.code());
            }
        }
        html.close("nav");
        return html;
    }

    private static String end(Html html, RegistryWords words) {
        html.close("main").open("footer", "class", "registry-footer")
                .open("p", "class", "muted").text(words.get("page.footer")).raw(" ")
                .el("a", words.get("page.api"), "href", "/api/registry/vendors").close("p")
                .close("footer").raw("</body>\n</html>\n");
        return html.toString();
    }
}
