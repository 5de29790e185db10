package coop.steward.guideline;

import coop.steward.common.money.Money;
import coop.steward.guideline.model.Assessment;
import coop.steward.guideline.model.BackPay;
import coop.steward.guideline.model.Finding;
import coop.steward.guideline.model.FxCitation;
import coop.steward.guideline.model.PendingWeek;
import coop.steward.guideline.model.Source;
import coop.steward.guideline.model.ThresholdView;
import coop.steward.guideline.model.WageCitation;
import coop.steward.guideline.model.WeekBackPay;
import io.micronaut.serde.annotation.SerdeImport;

/** Lets the engine's pure result records go on the wire as they are, without a framework annotation on them. */
@SerdeImport(Assessment.class)
@SerdeImport(Finding.class)
@SerdeImport(ThresholdView.class)
@SerdeImport(WageCitation.class)
@SerdeImport(BackPay.class)
@SerdeImport(WeekBackPay.class)
@SerdeImport(FxCitation.class)
@SerdeImport(PendingWeek.class)
@SerdeImport(Money.class)
@SerdeImport(Source.class)
final class GuidelineSerdeImports {

    private GuidelineSerdeImports() {
    }
}
