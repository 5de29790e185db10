package coop.steward.guideline.model;

import coop.steward.common.money.Money;

import java.math.BigDecimal;

/**
 * One ISO week of a back-pay computation: all hours, what the threshold owes for them (converted at the week's
 * FX rate when the wage is in another currency), the net pay attributed to the week, and the shortfall.
 */
public record WeekBackPay(String week, BigDecimal hours, Money threshold, Money netPay, Money owed, FxCitation fx) {
}
