package coop.steward.guideline;

import com.fasterxml.jackson.databind.JsonNode;
import coop.steward.guideline.model.Comparator;
import coop.steward.guideline.model.Criterion;
import coop.steward.guideline.model.FxRate;
import coop.steward.common.validation.Language;
import coop.steward.guideline.model.Guideline;
import coop.steward.guideline.model.Localized;
import coop.steward.guideline.model.Metric;
import coop.steward.guideline.model.Severity;
import coop.steward.guideline.model.Source;
import coop.steward.guideline.model.Threshold;
import coop.steward.guideline.model.Precision;
import coop.steward.guideline.model.WageArea;
import coop.steward.guideline.model.WageEntry;
import coop.steward.guideline.model.WageKind;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The rules a JSON Schema cannot say (known metrics and comparators, dates that do not overlap), and the mapping to the model. */
final class TemplateRules {

    private TemplateRules() {
    }

    static Guideline guideline(YamlDocument document, boolean questionsRequired) {
        JsonNode root = document.root();
        List<Criterion> criteria = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode items = root.get("criteria");
        for (int i = 0; i < items.size(); i++) {
            String at = "/criteria/" + i;
            JsonNode item = items.get(i);
            String id = item.get("id").asText();
            if (!ids.add(id)) {
                throw document.refuse(at + "/id", "criterion id '" + id + "' is used twice");
            }
            if (questionsRequired && !item.path("question").isObject()) {
                throw document.refuse(item.has("question") ? at + "/question" : at,
                        "criterion '" + id + "' needs the question a vendor answers, in en, fr, es and sw");
            }
            boolean measurable = item.path("measurable").asBoolean(true);
            criteria.add(measurable ? measurable(document, at, item) : unmeasurable(document, at, item));
        }
        return new Guideline(root.get("id").asText(), root.get("version").asText(), root.get("title").asText(),
                root.get("publisher").asText(), text(root, "summary"), source(document, "/source", root.get("source")),
                criteria);
    }

    private static Criterion measurable(YamlDocument document, String at, JsonNode item) {
        for (String field : List.of("metric", "comparator", "threshold")) {
            if (!item.has(field)) {
                throw document.refuse(at, "a measurable criterion needs a " + field + " (or measurable: false)");
            }
        }
        String metricKey = item.get("metric").asText();
        Metric metric = Metric.fromKey(metricKey).orElseThrow(() -> document.refuse(at + "/metric",
                "unknown metric '" + metricKey + "'; known metrics are " + keys(Metric.values())));
        String comparatorKey = item.get("comparator").asText();
        Comparator comparator = Comparator.fromKey(comparatorKey).orElseThrow(() -> document.refuse(at + "/comparator",
                "unknown comparator '" + comparatorKey + "'; use at-least or at-most"));
        JsonNode thresholdNode = item.get("threshold");
        Threshold threshold;
        if (thresholdNode.isNumber()) {
            threshold = Threshold.of(thresholdNode.decimalValue());
        } else {
            String key = thresholdNode.asText();
            WageKind wage = WageKind.fromThresholdKey(key).orElseThrow(() -> document.refuse(at + "/threshold",
                    "threshold must be a number, minimum-wage or living-wage, not '" + key + "'"));
            if (!metric.acceptsWageThreshold()) {
                throw document.refuse(at + "/threshold", "metric " + metric.key() + " cannot be held to a wage table");
            }
            threshold = Threshold.of(wage);
        }
        return criterion(item, true, metric, comparator, threshold);
    }

    private static Criterion unmeasurable(YamlDocument document, String at, JsonNode item) {
        for (String field : List.of("metric", "comparator", "threshold")) {
            if (item.has(field)) {
                throw document.refuse(at + "/" + field, "a criterion with measurable: false has no " + field);
            }
        }
        return criterion(item, false, null, null, null);
    }

    private static Criterion criterion(JsonNode item, boolean measurable, Metric metric, Comparator comparator,
                                       Threshold threshold) {
        return new Criterion(item.get("id").asText(), localized(item.get("principle")), localized(item.get("text")),
                item.get("source").asText(), item.get("section").asText(), measurable, metric, comparator, threshold,
                item.hasNonNull("unit") ? localized(item.get("unit")) : null, Severity.valueOf(item.get("severity").asText().toUpperCase(Locale.ROOT)),
                question(item.get("question")));
    }

    /** A question given as one text (an organization's upload) reads the same in every language. */
    private static Localized question(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            Map<Language, String> texts = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                texts.put(language, node.asText().strip());
            }
            return new Localized(texts);
        }
        return localized(node);
    }

    static PolicyTemplate.WageTemplate wages(YamlDocument document) {
        JsonNode root = document.root();
        String jurisdiction = root.get("jurisdiction").asText();
        String currency = currency(document, "/currency", root.get("currency").asText());
        List<WageEntry> entries = new ArrayList<>(entries(document, "/entries", root.get("entries"), jurisdiction, null,
                currency));
        JsonNode areas = root.path("areas");
        Set<String> areaIds = new HashSet<>();
        for (int i = 0; i < areas.size(); i++) {
            String at = "/areas/" + i;
            JsonNode item = areas.get(i);
            WageArea area = new WageArea(item.get("id").asText(), item.get("name").asText());
            if (!areaIds.add(area.id())) {
                throw document.refuse(at + "/id", "area id '" + area.id() + "' is used twice");
            }
            entries.addAll(entries(document, at + "/entries", item.get("entries"), jurisdiction, area, currency));
        }
        return new PolicyTemplate.WageTemplate(document.name(), jurisdiction, entries);
    }

    private static List<WageEntry> entries(YamlDocument document, String path, JsonNode items, String jurisdiction,
                                           WageArea area, String currency) {
        List<WageEntry> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = path + "/" + i;
            JsonNode item = items.get(i);
            LocalDate from = date(document, at + "/effective-from", item.get("effective-from").asText());
            LocalDate to = item.hasNonNull("effective-to") ? date(document, at + "/effective-to", item.get("effective-to").asText()) : null;
            if (to != null && to.isBefore(from)) {
                throw document.refuse(at + "/effective-to", "effective-to " + to + " is before effective-from " + from);
            }
            WageEntry entry = new WageEntry(jurisdiction, area, WageKind.fromEntryType(item.get("type").asText()).orElseThrow(),
                    item.get("amount").decimalValue(), currency, item.get("per").asText(),
                    item.has("hours-per-period") ? item.get("hours-per-period").decimalValue() : null, from, to,
                    source(document, at + "/source", item.get("source")), text(item, "note"),
                    precision(item), text(item, "household"));
            for (WageEntry earlier : entries) {
                if (earlier.kind() == entry.kind() && earlier.overlaps(entry)) {
                    throw document.refuse(at + "/effective-from", "the " + entry.kind().label() + " from " + from
                            + " overlaps the one in force from " + earlier.effectiveFrom()
                            + (earlier.effectiveTo() == null ? " with no end" : " to " + earlier.effectiveTo()));
                }
            }
            entries.add(entry);
        }
        return entries;
    }

    /** The schema has already required a non-empty text in every language. */
    private static Localized localized(JsonNode node) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, node.get(language.code()).asText().strip());
        }
        return new Localized(texts);
    }

    private static Precision precision(JsonNode item) {
        return item.hasNonNull("precision") ? Precision.fromKey(item.get("precision").asText()).orElseThrow()
                : Precision.EXACT;
    }

    static PolicyTemplate.FxTemplate fx(YamlDocument document) {
        JsonNode root = document.root();
        String currency = currency(document, "/currency", root.get("currency").asText());
        List<FxRate> rates = new ArrayList<>();
        Set<LocalDate> dates = new HashSet<>();
        JsonNode items = root.get("rates");
        for (int i = 0; i < items.size(); i++) {
            String at = "/rates/" + i;
            JsonNode item = items.get(i);
            LocalDate date = date(document, at + "/date", item.get("date").asText());
            if (!dates.add(date)) {
                throw document.refuse(at + "/date", "two rates for " + currency + " on " + date);
            }
            rates.add(new FxRate(currency, date, item.get("per-usd").decimalValue(),
                    source(document, at + "/source", item.get("source")), text(item, "note")));
        }
        return new PolicyTemplate.FxTemplate(document.name(), currency, rates);
    }

    private static Source source(YamlDocument document, String at, JsonNode node) {
        return new Source(node.get("name").asText(), node.get("url").asText(),
                date(document, at + "/retrieved", node.get("retrieved").asText()));
    }

    private static LocalDate date(YamlDocument document, String at, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw document.refuse(at, "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static String currency(YamlDocument document, String at, String code) {
        try {
            Currency.getInstance(code);
            return code;
        } catch (IllegalArgumentException e) {
            throw document.refuse(at, "'" + code + "' is not an ISO 4217 currency");
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static String keys(Metric[] metrics) {
        return java.util.Arrays.stream(metrics).map(Metric::key).toList().toString();
    }
}
